/**
 * The learner's account and the host's well-known places, with no runtime behind them: the
 * exercise catalog imports these without pulling in the machine.
 *
 * The learner is uid/gid 1000, the first user Debian and Ubuntu create: the host's files, the
 * exercises' `--user 1000` and their hints all say so. (The file-command tests replay recordings
 * made on a machine where that user was 1001: lib/shell/util/files/fixture.ts's RECORDER.)
 */
export const LEARNER = { uid: 1000, gid: 1000 } as const;
export const HOME = '/home/learner';
/** Where a host shell starts without a scenario. */
export const START_DIR = `${HOME}/ch06`;
/** The book's repository checkout, where the book's commands are run. */
export const REPO = `${HOME}/diamol`;
