/** wait [pid ...]: waits for background jobs; the status is the last one waited for. */
import type { InterpreterBuiltin } from './types';
import { complain } from './types';

export const waitBuiltin: InterpreterBuiltin = async (sh, args, fds) => {
  if (args.length === 0) {
    for (const job of sh.jobs.splice(0)) await job.done;
    return 0;
  }
  let status = 0;
  for (const arg of args) {
    const job = sh.jobs.find((j) => String(j.pid) === arg.replace(/^%/, ''));
    if (!job) {
      complain(
        sh,
        fds,
        'wait',
        sh.flavor === 'bash'
          ? `pid ${arg} is not a child of this shell`
          : `pid ${arg} is not a child of this shell`,
      );
      status = 127;
      continue;
    }
    status = await job.done;
  }
  return status;
};
