import { gnuQuote } from '../quote';
import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/args/file-args';
import { loadIds } from '../util/files/ids';
import { attempt, report, why } from '../util/files/report';
import { walkTree } from '../util/files/walk';

/**
 * chown [-R] USER[:GROUP] FILE... (also `:GROUP`, `USER:`, numeric ids). Names come from
 * /etc/passwd and /etc/group of the filesystem the command runs on.
 */
export const chown: Command = {
  name: 'chown',
  run(ctx: CommandContext) {
    const p = parseOrFail(ctx, { flags: 'RhvcfHLP', long: { recursive: 'R', verbose: 'v' } });
    if ('status' in p) return p.status;
    const { flags, operands } = p.opts;
    const [spec, ...files] = operands;
    if (spec === undefined) return missingOperand(ctx);
    if (files.length === 0) return missingOperand(ctx, `missing operand after ${gnuQuote(spec)}`);
    const ids = loadIds(ctx.fs);
    const sep = spec.indexOf(':');
    const userText = sep < 0 ? spec : spec.slice(0, sep);
    const groupText = sep < 0 ? '' : spec.slice(sep + 1);
    let uid = -1;
    let gid = -1;
    if (userText !== '') {
      const u = ids.uidOf(userText);
      if (u !== undefined) uid = u.id;
      else if (/^\d+$/.test(userText)) uid = Number(userText);
      else return report(ctx, `invalid user: ${gnuQuote(spec)}`, `unknown user ${userText}`);
      // "user:" means the user's login group.
      if (sep >= 0 && groupText === '') gid = u?.gid ?? -1;
    }
    if (groupText !== '') {
      const g = ids.gidOf(groupText);
      if (g !== undefined) gid = g;
      else if (/^\d+$/.test(groupText)) gid = Number(groupText);
      else {
        const bb = userText === '' ? `unknown group ${groupText}` : `unknown user/group ${spec}`;
        return report(ctx, `invalid group: ${gnuQuote(spec)}`, bb);
      }
    }
    const name = (id: number, find: (n: number) => string | undefined) => find(id) ?? String(id);
    // -v: GNU names what changed ("from learner to root"); BusyBox prints the new ids.
    const verbose = (shown: string, oldUid: number, oldGid: number) => {
      const newUid = uid === -1 ? oldUid : uid;
      const newGid = gid === -1 ? oldGid : gid;
      if (ctx.flavor === 'busybox') {
        ctx.stdout.write(`changed ownership of '${shown}' to ${newUid}:${newGid}\n`);
        return;
      }
      const show = (u: number, g: number) =>
        userText === ''
          ? name(g, ids.group)
          : groupText === '' && sep < 0
            ? name(u, ids.user)
            : `${name(u, ids.user)}:${name(g, ids.group)}`;
      const before = show(oldUid, oldGid);
      const after = show(newUid, newGid);
      ctx.stdout.write(
        before === after
          ? `ownership of ${gnuQuote(shown)} retained as ${after}\n`
          : `changed ownership of ${gnuQuote(shown)} from ${before} to ${after}\n`,
      );
    };
    let status = 0;
    for (const file of files) {
      walkTree(
        ctx,
        file,
        ctx.resolve(file),
        flags.has('R'),
        ({ shown, path, top }) => {
          const st = attempt(() => (top ? ctx.fs.stat(path) : ctx.fs.lstat(path)));
          if (!st.ok) {
            if (flags.has('f')) return void (status = 1);
            status = report(
              ctx,
              `cannot access ${gnuQuote(shown)}: ${why(st.error)}`,
              `${shown}: ${why(st.error)}`,
            );
            return;
          }
          if (st.value.kind === 'symlink') return; // lib/fs has no lchown
          const r = attempt(() => ctx.fs.chown(path, uid, gid));
          if (r.ok && flags.has('v')) verbose(shown, st.value.uid, st.value.gid);
          if (!r.ok) {
            status = 1;
            if (flags.has('f')) return;
            report(
              ctx,
              `changing ownership of ${gnuQuote(shown)}: ${why(r.error)}`,
              `${shown}: ${why(r.error)}`,
            );
          }
        },
        (shown, text) => {
          status = report(
            ctx,
            `cannot read directory ${gnuQuote(shown)}: ${text}`,
            `${shown}: ${text}`,
          );
        },
      );
    }
    return status;
  },
};
