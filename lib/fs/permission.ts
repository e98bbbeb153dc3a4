/** Linux discretionary access checks for a caller Identity (root passes, as with CAP_DAC_OVERRIDE). */
import type { NodeAttr } from './driver';
import type { Identity } from './types';

export const MAY_READ = 4;
export const MAY_WRITE = 2;
export const MAY_EXEC = 1;
export const S_ISUID = 0o4000;
export const S_ISGID = 0o2000;
export const S_ISVTX = 0o1000;

export function isRoot(who: Identity): boolean {
  return who.uid === 0;
}

export function inGroup(who: Identity, gid: number): boolean {
  return who.gid === gid || (who.groups?.includes(gid) ?? false);
}

/** Whether `who` may access an entry with all bits of `want` (MAY_READ|MAY_WRITE|MAY_EXEC). */
export function mayAccess(attr: NodeAttr, who: Identity, want: number): boolean {
  if (isRoot(who)) return true;
  let bits: number;
  if (attr.uid === who.uid) bits = (attr.mode >> 6) & 7;
  else if (inGroup(who, attr.gid)) bits = (attr.mode >> 3) & 7;
  else bits = attr.mode & 7;
  return (bits & want) === want;
}

export function isOwner(attr: NodeAttr, who: Identity): boolean {
  return isRoot(who) || attr.uid === who.uid;
}

/** Sticky directories (like /tmp): only the owner of the entry or of the dir may delete it. */
export function mayDeleteSticky(dir: NodeAttr, victim: NodeAttr, who: Identity): boolean {
  if ((dir.mode & S_ISVTX) === 0 || isRoot(who)) return true;
  return victim.uid === who.uid || dir.uid === who.uid;
}
