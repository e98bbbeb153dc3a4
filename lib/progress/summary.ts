/** Counting for the home page and the sidebar. */
import type { Progress } from './record';
import { exerciseProgress } from './update';

/** How many of the exercises `ids` were completed. */
export function completedCount(progress: Progress, ids: readonly string[]): number {
  return ids.filter((id) => exerciseProgress(progress, id)?.completed === true).length;
}
