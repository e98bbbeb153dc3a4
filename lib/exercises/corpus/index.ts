/**
 * Further correct answers for each exercise, as learners write them (`docker run` or `docker
 * container run`, `-v` or `--mount`, their own names where the task names none, `echo >>` or
 * the editor, another order where order does not matter). corpus.test.ts replays each one; only
 * tests import these files.
 */
import { containerFilesystem } from './container-filesystem';
import { containerState } from './container-state';
import { storageTopics } from './storage-topics';
import { volumesAndMounts } from './volumes-and-mounts';

export interface CorpusAnswer {
  /** What sets this answer apart. */
  name: string;
  lines: string[];
}

export { missedPoints, type MissedPoint } from './missed-points';

export const corpus: Record<string, CorpusAnswer[]> = {
  ...containerState,
  ...volumesAndMounts,
  ...containerFilesystem,
  ...storageTopics,
};
