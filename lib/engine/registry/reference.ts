/**
 * Image references as distribution/reference reads them: `[domain/]path[:tag][@digest]`, with
 * Docker Hub as the default domain and `library/` as the default namespace.
 */

export interface Reference {
  /** "docker.io", "ghcr.io", "127.0.0.1:5000". */
  domain: string;
  /** "library/alpine", "diamol/ch06-todo-list". */
  path: string;
  tag: string;
  /** The user gave no tag: the CLI says "Using default tag: latest". */
  defaultTag: boolean;
  digest?: string;
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

export class ReferenceError extends Error {}

/** Parses a reference; throws ReferenceError with the CLI's text for a bad one. */
export function parseReference(text: string): Reference {
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new ReferenceError('invalid reference format');
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag = '';
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new ReferenceError('invalid reference format');
  }
  const parts = rest.split('/');
  let domain = 'docker.io';
  const first = parts[0]!;
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    domain = first;
    parts.shift();
  }
  if (parts.some((p) => p !== p.toLowerCase() && PATH_COMPONENT.test(p.toLowerCase())))
    throw new ReferenceError(
      `invalid reference format: repository name (${domain === 'docker.io' && parts.length === 1 ? 'library/' : ''}${parts.join('/')}) must be lowercase`,
    );
  if (parts.length === 0 || parts.some((p) => !PATH_COMPONENT.test(p)))
    throw new ReferenceError('invalid reference format');
  if (domain === 'docker.io' && parts.length === 1) parts.unshift('library');
  return {
    domain,
    path: parts.join('/'),
    tag: tag || 'latest',
    defaultTag: tag === '' && digest === undefined,
    digest,
  };
}

/** The short name Docker shows and stores: `alpine`, `diamol/base`, `127.0.0.1:5000/tools`. */
export function familiarName(ref: Reference): string {
  if (ref.domain !== 'docker.io') return `${ref.domain}/${ref.path}`;
  return ref.path.startsWith('library/') ? ref.path.slice('library/'.length) : ref.path;
}

/** `alpine:latest` */
export function familiarTagged(ref: Reference): string {
  return `${familiarName(ref)}:${ref.tag}`;
}

/** `docker.io/library/alpine:latest`: the last line of `docker pull`. */
export function fullTagged(ref: Reference): string {
  return `${ref.domain}/${ref.path}${ref.digest ? `@${ref.digest}` : `:${ref.tag}`}`;
}
