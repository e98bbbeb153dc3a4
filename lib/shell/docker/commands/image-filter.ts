/**
 * Which images `docker images [REPOSITORY[:TAG]] [--filter …]` lists: a reference pattern
 * (path.Match globs: `*` stops at `/`), `dangling=`, `reference=`, `before=`, `since=`,
 * `label=`. Unknown keys give the daemon's error.
 */
import { DaemonError, type Image, type ImageStore } from '../../../engine';

/** Go's path.Match for the patterns people type: `*`, `?` and literal text. */
export function globMatch(pattern: string, text: string): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(text);
}

/** Splits a stored tag `127.0.0.1:5000/tools:1` into repository and tag. */
export function splitTag(tagged: string): [string, string] {
  const i = tagged.lastIndexOf(':');
  return [tagged.slice(0, i), tagged.slice(i + 1)];
}

/** A reference pattern matches a tag when its repository (and tag, if given) match. */
export function matchesReference(pattern: string, tagged: string): boolean {
  const [repo, tag] = splitTag(tagged);
  const slash = pattern.lastIndexOf('/');
  const colon = pattern.lastIndexOf(':');
  if (colon > slash)
    return globMatch(pattern.slice(0, colon), repo) && globMatch(pattern.slice(colon + 1), tag);
  return globMatch(pattern, repo);
}

export function filterImages(
  store: ImageStore,
  list: Image[],
  filters: string[],
  ref?: string,
): Image[] {
  let out = list;
  const byRef = (pattern: string) => (i: Image) =>
    i.repoTags.some((t) => matchesReference(pattern, t));
  if (ref !== undefined) out = out.filter(byRef(ref));
  for (const f of filters) {
    const eq = f.indexOf('=');
    const key = eq < 0 ? f : f.slice(0, eq);
    const value = eq < 0 ? '' : f.slice(eq + 1);
    if (key === 'reference') out = out.filter(byRef(value));
    else if (key === 'dangling') {
      if (value !== 'true' && value !== 'false')
        throw new DaemonError(`Invalid filter 'dangling=${value}'`, 'invalid');
      out = out.filter((i) => (i.repoTags.length === 0) === (value === 'true'));
    } else if (key === 'before' || key === 'since') {
      const pivot = store.get(value);
      out = out.filter((i) =>
        key === 'before' ? i.created < pivot.created : i.created > pivot.created,
      );
    } else if (key === 'label') {
      const [name, want] = value.split('=');
      out = out.filter((i) => {
        const labels = i.config.Labels ?? {};
        return name! in labels && (want === undefined || labels[name!] === want);
      });
    } else throw new DaemonError(`invalid filter '${key}'`, 'invalid');
  }
  return out;
}
