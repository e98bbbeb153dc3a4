/**
 * Deterministic time and inode numbers. lib/fs never reads the wall clock: whoever builds a
 * filesystem injects a `Clock` (the engine may pass `Date.now`), so tests replay exactly.
 */

/** Milliseconds since the epoch. */
export type Clock = () => number;

/** Hands out inode numbers; share one source between filesystems that must not collide. */
export interface InodeSource {
  next(): number;
}

/** 2024-01-01T00:00:00Z, the default start of logical time. */
export const EPOCH_2024 = 1_704_067_200_000;

/** A clock that advances by `stepMs` on every reading, so each change gets a new mtime. */
export function logicalClock(startMs = EPOCH_2024, stepMs = 1000): Clock {
  let now = startMs - stepMs;
  return () => (now += stepMs);
}

/** A clock that always returns the same instant. */
export function fixedClock(ms = EPOCH_2024): Clock {
  return () => ms;
}

export function inodeCounter(first = 1): InodeSource {
  let n = first - 1;
  return { next: () => ++n };
}
