/**
 * Reads EngineJson (serialize.ts) back into a fresh Engine, checking every value as it goes:
 * a saved state comes from browser storage or a link and is never trusted.
 */
import {
  UnionFs,
  type Layer,
  type TreeReader,
  absPath,
  arr,
  bool,
  fail,
  int,
  nullable,
  num,
  obj,
  oneOf,
  optional,
  str,
  strRecord,
} from '../fs';
import type { Container, LogEntry, MountPoint } from './container';
import { initLayer } from './etc-files';
import { freshTmpfs } from './mounts';
import type { Engine } from './engine';
import type { Image } from './image';
import { readContainerConfig, readHostConfig, readImageConfig, readHistory } from './read-config';
import type { Preloaded } from './serialize';
import { isValidVolumeName, type Volume } from './volume';

/** Fills `engine` (new: no images, volumes or containers) from saved state. */
export function readEngine(
  v: unknown,
  at: string,
  engine: Engine,
  preloaded: Preloaded,
  r: TreeReader,
): void {
  const f = obj(v, at);
  const clock = () => engine.scheduler.now();
  const ctx = { clock, inodes: engine.inodes };
  const layers = arr(f.layers, `${at}.layers`).map((l, i) => r.layer(l, `${at}.layers[${i}]`, ctx));
  const layer = (ref: unknown, where: string): Layer => {
    const found = typeof ref === 'string' ? preloaded.layers.get(ref) : layers[int(ref, where)];
    return found ?? fail(where, 'a known layer');
  };

  const images = arr(f.images, `${at}.images`).map((raw, i) => {
    const here = `${at}.images[${i}]`;
    const g = obj(raw, here);
    const id = str(g.id, `${here}.id`);
    const tags = arr(g.tags, `${here}.tags`).map((t, k) => str(t, `${here}.tags[${k}]`));
    let image: Image;
    if (g.preloaded === true) {
      image = preloaded.images.get(id) ?? fail(`${here}.id`, 'a preloaded image');
      image.repoTags = tags;
    } else {
      image = {
        id,
        repoTags: tags,
        layers: arr(g.layers, `${here}.layers`).map((l, k) => layer(l, `${here}.layers[${k}]`)),
        config: readImageConfig(g.config, `${here}.config`),
        history: readHistory(g.history, `${here}.history`),
        created: num(g.created, `${here}.created`),
      };
    }
    if (g.digests !== undefined)
      image.repoDigests = arr(g.digests, `${here}.digests`).map((t, k) =>
        str(t, `${here}.digests[${k}]`),
      );
    if (g.stored === undefined) engine.images.add(image);
    else if (g.stored !== false) fail(`${here}.stored`, 'false');
    return image;
  });

  const volumes = arr(f.volumes, `${at}.volumes`).map((raw, i): Volume => {
    const here = `${at}.volumes[${i}]`;
    const g = obj(raw, here);
    const name = str(g.name, `${here}.name`);
    if (!isValidVolumeName(name)) fail(`${here}.name`, 'a volume name');
    const stored = optional(g.stored, `${here}.stored`, bool) ?? true;
    const saved: Volume = {
      name,
      anonymous: bool(g.anonymous, `${here}.anonymous`),
      createdAt: num(g.createdAt, `${here}.createdAt`),
      labels: nullable(g.labels, `${here}.labels`, strRecord),
      options: nullable(g.options, `${here}.options`, strRecord),
      data: r.memFs(g.data, `${here}.data`, ctx),
    };
    if (!stored) return saved;
    if (engine.volumes.find(name)) fail(`${here}.name`, 'a volume name not yet used');
    return Object.assign(engine.volumes.create(name, { anonymous: false, labels: null }), saved);
  });

  arr(f.containers, `${at}.containers`).forEach((raw, i) => {
    const here = `${at}.containers[${i}]`;
    const g = obj(raw, here);
    const id = str(g.id, `${here}.id`);
    if (!/^[0-9a-f]{64}$/.test(id)) fail(`${here}.id`, 'a 64-digit hex container ID');
    if (engine.containers.has(id)) fail(`${here}.id`, 'a container ID not yet used');
    const image = images[int(g.image, `${here}.image`)] ?? fail(`${here}.image`, 'a saved image');
    const upper = layer(int(g.upper, `${here}.upper`), `${here}.upper`);
    const lowers =
      g.lowers === undefined
        ? image.layers
        : arr(g.lowers, `${here}.lowers`).map((l, k) => layer(l, `${here}.lowers[${k}]`));
    const created = num(g.created, `${here}.created`);
    const init = initLayer(id, lowers, created);
    const container: Container = {
      id,
      name: str(g.name, `${here}.name`),
      image,
      imageRef: str(g.imageRef, `${here}.imageRef`),
      created,
      config: readContainerConfig(g.config, `${here}.config`),
      hostConfig: readHostConfig(g.hostConfig, `${here}.hostConfig`),
      upper,
      rootfs: new UnionFs({ layers: [...lowers, init], upper, clock, inodes: engine.inodes }),
      mounts: arr(g.mounts, `${here}.mounts`).map((m, k) =>
        readMount(m, `${here}.mounts[${k}]`, volumes, r, ctx),
      ),
      state: readState(g.state, `${here}.state`),
      logs: arr(g.logs, `${here}.logs`).map((l, k) => readLog(l, `${here}.logs[${k}]`)),
    };
    engine.containers.set(id, container);
  });
}

function readMount(
  v: unknown,
  at: string,
  volumes: readonly Volume[],
  r: TreeReader,
  ctx: { clock: () => number },
): MountPoint {
  const f = obj(v, at);
  const type = oneOf(f.type, `${at}.type`, ['volume', 'bind', 'tmpfs'] as const);
  const point: MountPoint = {
    type,
    source: type === 'bind' ? absPath(f.source, `${at}.source`) : str(f.source, `${at}.source`),
    destination: absPath(f.destination, `${at}.destination`),
    mode: str(f.mode, `${at}.mode`),
    rw: bool(f.rw, `${at}.rw`),
    propagation: str(f.propagation, `${at}.propagation`),
    listed: bool(f.listed, `${at}.listed`),
  };
  if (f.name !== undefined) point.name = str(f.name, `${at}.name`);
  if (f.driver !== undefined) point.driver = oneOf(f.driver, `${at}.driver`, ['local'] as const);
  if (type === 'volume')
    point.volume = volumes[int(f.volume, `${at}.volume`)] ?? fail(`${at}.volume`, 'a saved volume');
  if (type === 'tmpfs' && f.tmpfsSize !== undefined)
    point.tmpfsSize = int(f.tmpfsSize, `${at}.tmpfsSize`, 1);
  if (type === 'tmpfs' && f.tmpfsMode !== undefined)
    point.tmpfsMode = int(f.tmpfsMode, `${at}.tmpfsMode`, 0);
  if (type === 'tmpfs')
    point.tmpfs =
      f.tmpfs === undefined
        ? freshTmpfs(point, ctx.clock)
        : r.memFs(f.tmpfs, `${at}.tmpfs`, { clock: ctx.clock });
  return point;
}

function readState(v: unknown, at: string): Container['state'] {
  const f = obj(v, at);
  return {
    status: oneOf(f.status, `${at}.status`, ['created', 'running', 'exited'] as const),
    exitCode: int(f.exitCode, `${at}.exitCode`, -1, 255),
    startedAt: nullable(f.startedAt, `${at}.startedAt`, num),
    finishedAt: nullable(f.finishedAt, `${at}.finishedAt`, num),
    error: str(f.error, `${at}.error`),
  };
}

function readLog(v: unknown, at: string): LogEntry {
  const [time, stream, text, ...rest] = arr(v, at);
  if (rest.length > 0) fail(at, 'a [time, stream, text] entry');
  return {
    time: num(time, `${at}[0]`),
    stream: oneOf(stream, `${at}[1]`, ['o', 'e'] as const) === 'o' ? 'stdout' : 'stderr',
    text: str(text, `${at}[2]`),
  };
}
