import { isFsError, strerror } from '../../fs';
import type { Command } from '../types';

/** cd [DIR|-|~]: bash `bash: cd: x: No such file or directory`, ash `sh: cd: can't cd to x: ...`. */
export const cd: Command = {
  name: 'cd',
  run(ctx) {
    const s = ctx.session;
    const args = ctx.args[0] === '--' ? ctx.args.slice(1) : ctx.args;
    const fail = (arg: string, why: string) => {
      ctx.stderr.write(
        ctx.flavor === 'bash'
          ? `bash: cd: ${arg}: ${why}\n`
          : `sh: cd: can't cd to ${arg}: ${why}\n`,
      );
      return ctx.flavor === 'bash' ? 1 : 2;
    };
    if (args.length > 1 && ctx.flavor === 'bash') {
      ctx.stderr.write('bash: cd: too many arguments\n');
      return 1;
    }
    let arg = args[0];
    if (arg === undefined || arg === '') {
      arg = s.env.get('HOME');
      if (arg === undefined) {
        ctx.stderr.write(ctx.flavor === 'bash' ? 'bash: cd: HOME not set\n' : '');
        return ctx.flavor === 'bash' ? 1 : 0;
      }
    }
    const dash = arg === '-';
    if (dash) {
      const old = s.env.get('OLDPWD') ?? s.previousCwd;
      if (!old) {
        ctx.stderr.write(ctx.flavor === 'bash' ? 'bash: cd: OLDPWD not set\n' : '');
        return ctx.flavor === 'bash' ? 1 : 0;
      }
      arg = old;
    }
    const target = ctx.resolve(arg);
    try {
      const st = ctx.fs.stat(target);
      if (st.kind !== 'dir') return fail(arg, strerror('ENOTDIR'));
      ctx.fs.readdir(target); // needs search (x) permission; readdir checks r as well
    } catch (e) {
      if (!isFsError(e)) throw e;
      return fail(arg, strerror(e.code));
    }
    s.previousCwd = s.cwd;
    s.env.set('OLDPWD', s.cwd);
    s.cwd = target;
    s.env.set('PWD', target);
    if (dash) ctx.stdout.write(`${target}\n`);
    return 0;
  },
};
