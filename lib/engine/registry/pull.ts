/**
 * `docker pull` in the daemon: resolve the reference, decide per layer whether it is already
 * there, and lay out the progress messages the daemon streams (3 downloads at a time, layers
 * extracted in order), each at a simulated time (ms after the start) so a terminal can pace them.
 */
import { layerSize } from '../../fs';
import { DaemonError } from '../errors';
import type { Image, ImageStore } from '../image';
import { familiarName, familiarTagged, type Reference } from './reference';
import type { Registry } from './registry';

export interface PullMessage {
  at: number;
  /** The 12-hex layer ID a line starts with; absent for the header-less lines. */
  id?: string;
  status: string;
  /** Progress-bar data (Downloading/Extracting): shown on a terminal only. */
  progress?: { current: number; total: number };
}

export interface PullPlan {
  ref: Reference;
  image: Image;
  digest: string;
  /** The tag already names this image: nothing is downloaded. */
  upToDate: boolean;
  messages: PullMessage[];
}

/** How many layers the daemon downloads at once (dockerd --max-concurrent-downloads). */
const CONCURRENT = 3;

/** gzip shrinks a root filesystem to roughly 40 % (an estimate: docs/images.md). */
const compressed = (bytes: number) => Math.max(32, Math.round(bytes * 0.4));

const downloadMs = (bytes: number) => 40 + Math.min(300, Math.round(compressed(bytes) / 250_000));
const extractMs = (bytes: number) => 60 + Math.min(150, Math.round(bytes / 1_000_000));

/** Docker Hub's answers for a reference it does not have. */
export function pullError(ref: Reference, kind: 'no-repo' | 'no-tag' | 'offline'): DaemonError {
  if (kind === 'no-repo')
    return new DaemonError(
      `pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
      'not-found',
    );
  if (kind === 'no-tag')
    return new DaemonError(
      `manifest for ${ref.digest ? `${familiarName(ref)}@${ref.digest}` : familiarTagged(ref)} not found: manifest unknown: manifest unknown`,
      'not-found',
    );
  return new DaemonError(
    `Get "https://${ref.domain}/v2/": dial tcp: lookup ${ref.domain.replace(/:\d+$/, '')} on 10.255.255.53:53: no such host`,
    'system',
  );
}

export function planPull(registry: Registry, store: ImageStore, ref: Reference): PullPlan {
  const found = registry.resolve(ref);
  if (found.kind !== 'found') throw pullError(ref, found.kind);
  const { image, digest } = found;
  const local = store.find(familiarTagged(ref));
  const upToDate = ref.digest ? store.find(image.id) === image : local === image;
  const present = new Set(store.all().flatMap((i) => i.layers.map((l) => l.id)));
  const known = store.all().includes(image);
  const messages = upToDate || known ? [] : layerMessages(image, present);
  return { ref, image, digest, upToDate, messages };
}

function layerMessages(image: Image, present: Set<string>): PullMessage[] {
  const out: PullMessage[] = [];
  const seen = new Set<string>();
  const layers = image.layers.filter((l) => !seen.has(l.id) && seen.add(l.id));
  const fresh = layers.filter((l) => !present.has(l.id));
  for (const l of layers)
    out.push({
      at: 0,
      id: short(l.id),
      status: present.has(l.id) ? 'Already exists' : 'Pulling fs layer',
    });
  fresh.slice(CONCURRENT).forEach((l) => out.push({ at: 0, id: short(l.id), status: 'Waiting' }));
  // downloads: CONCURRENT slots, each takes the next layer in order when it frees up
  const slots = Array<number>(CONCURRENT).fill(0);
  const downloaded = new Map<string, number>();
  for (const l of fresh) {
    const slot = slots.indexOf(Math.min(...slots));
    const start = slots[slot]!;
    const size = layerSize(l);
    const end = start + downloadMs(size);
    const total = compressed(size);
    out.push({
      at: start + 1,
      id: short(l.id),
      status: 'Downloading',
      progress: { current: Math.round(total / 3), total },
    });
    out.push({ at: end - 1, id: short(l.id), status: 'Verifying Checksum' });
    out.push({ at: end, id: short(l.id), status: 'Download complete' });
    slots[slot] = end;
    downloaded.set(l.id, end);
  }
  // extraction: strictly in layer order, each once it is downloaded and the one below is done
  let ready = 0;
  for (const l of fresh) {
    const size = layerSize(l);
    const start = Math.max(ready, downloaded.get(l.id)!) + 1;
    const total = compressed(size);
    out.push({
      at: start,
      id: short(l.id),
      status: 'Extracting',
      progress: { current: Math.round(total / 2), total },
    });
    ready = start + extractMs(size);
    out.push({ at: ready, id: short(l.id), status: 'Pull complete' });
  }
  return out
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.at - b.m.at || a.i - b.i)
    .map((x) => x.m);
}

export function short(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** Stores the pulled image under the reference's tag (a digest pull adds no tag). */
export function completePull(store: ImageStore, plan: PullPlan): void {
  if (!store.all().includes(plan.image)) store.add(plan.image);
  if (!plan.ref.digest) store.tag(plan.image, familiarTagged(plan.ref));
  const repoDigest = `${familiarName(plan.ref)}@${plan.digest}`;
  const digests = (plan.image.repoDigests ??= []);
  if (!digests.includes(repoDigest)) digests.push(repoDigest);
}
