/**
 * The offline stand-in for Docker Hub: answers a reference with an image (built from the
 * catalog on first use, the same objects every time) or with the error Docker Hub gives.
 */
import { inodeCounter, type Layer } from '../../fs';
import type { Image } from '../image';
import { buildImage, imageIdOf, layerIdsOf, manifestDigestOf } from './build';
import { CATALOG } from './catalog';
import { familiarName, type Reference } from './reference';
import type { CatalogImage } from './types';

export type Resolved =
  | { kind: 'found'; image: Image; digest: string }
  /** Docker Hub: "pull access denied … repository does not exist". */
  | { kind: 'no-repo' }
  /** "manifest for alpine:nosuch not found: manifest unknown". */
  | { kind: 'no-tag' }
  /** Another registry than Docker Hub: the sandbox has no network. */
  | { kind: 'offline' };

const INODES_PER_IMAGE = 1 << 14;

export class Registry {
  private readonly built = new Map<CatalogImage, Image>();
  /** Images served as they are (the book's, preloaded): "diamol/base:latest" → image. */
  private readonly served = new Map<string, Image>();
  /** Registries the sandbox reaches: Docker Hub, and any a test serves images from. */
  private readonly domains = new Set(['docker.io']);

  constructor(private readonly catalog: readonly CatalogImage[] = CATALOG) {}

  /** Serves a preloaded image under `repo:tag` (a pull finds it up to date). */
  serve(tagged: string, image: Image): void {
    this.served.set(tagged, image);
    const slash = tagged.indexOf('/');
    const first = tagged.slice(0, slash);
    if (slash > 0 && (first.includes('.') || first.includes(':') || first === 'localhost'))
      this.domains.add(first);
  }

  /** The manifest digest a served or catalog image is pulled by. */
  digestOf(image: Image): string {
    const entry = this.catalog.find((e) => imageIdOf(e) === image.id);
    return entry ? manifestDigestOf(entry) : digestOfServed(image);
  }

  resolve(ref: Reference): Resolved {
    if (!this.domains.has(ref.domain)) return { kind: 'offline' };
    const repo = familiarName(ref);
    const served = [...this.served].filter(([t]) => t.startsWith(`${repo}:`));
    const entries = this.catalog.filter((e) => e.repo === repo);
    // Docker Hub denies an unknown repository; a plain registry only lacks the manifest
    if (served.length === 0 && entries.length === 0)
      return { kind: ref.domain === 'docker.io' ? 'no-repo' : 'no-tag' };
    for (const [tagged, image] of served) {
      const digest = digestOfServed(image);
      if (ref.digest ? ref.digest === digest : tagged === `${repo}:${ref.tag}`)
        return { kind: 'found', image, digest };
    }
    for (const entry of entries) {
      const digest = manifestDigestOf(entry);
      if (ref.digest ? ref.digest === digest : entry.tags.includes(ref.tag))
        return { kind: 'found', image: this.image(entry), digest };
    }
    return { kind: 'no-tag' };
  }

  /** Every tag of the repository that names `image` (for `--all-tags`, `search`). */
  tagsOf(repo: string): string[] {
    return this.catalog.filter((e) => e.repo === repo).flatMap((e) => e.tags);
  }

  repositories(): string[] {
    return [...new Set(this.catalog.map((e) => e.repo))];
  }

  /** A catalog image by ID, built if needed (a saved state refers to pulled images by ID). */
  imageById(id: string): Image | undefined {
    const entry = this.catalog.find((e) => imageIdOf(e) === id);
    return entry && this.image(entry);
  }

  layerById(id: string): Layer | undefined {
    const entry = this.catalog.find((e) => layerIdsOf(e).includes(id));
    return entry && this.image(entry).layers.find((l) => l.id === id);
  }

  /** Whether `image` is one this registry built (so a saved state may refer to it). */
  owns(image: Image): boolean {
    return [...this.built.values()].includes(image);
  }

  private image(entry: CatalogImage): Image {
    if (entry.base) this.image(entry.base); // the base first, with its own inode numbers
    const index = this.catalog.indexOf(entry);
    const inodes = inodeCounter((1 << 22) + index * INODES_PER_IMAGE);
    return buildImage(entry, inodes, this.built);
  }
}

/** A preloaded image's manifest digest: derived from its ID (stable across runs). */
function digestOfServed(image: Image): string {
  const hex = image.id.slice(7);
  return `sha256:${hex.slice(32)}${hex.slice(0, 32)}`;
}
