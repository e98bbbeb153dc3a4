import { parseTextArgs } from '../util/args/text-args';
import { readGroups, readPasswd } from '../util/text/users';
import { busyboxHelp } from '../util/args/usage-text';
import type { Command, CommandContext } from '../types';

/**
 * id [-u|-g|-G] [-n] [USER] — names come from the session's /etc/passwd and /etc/group.
 * The caller's supplementary groups are `identity.groups` or, when the identity lists none,
 * the /etc/group entries naming the user (what docker gives a container's process).
 */
export const id: Command = {
  name: 'id',
  run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    const r = parseTextArgs(ctx, {
      flags: 'ugGnrz',
      long: { user: 'u', group: 'g', groups: 'G', name: 'n', real: 'r', zero: 'z' },
    });
    if (!r.ok) return r.status;
    const { flags, operands } = r.opts;
    const passwd = readPasswd(ctx);
    const groups = readGroups(ctx);
    let uid = ctx.identity.uid;
    let gid = ctx.identity.gid;
    let extra = ctx.identity.groups;
    if (operands.length > 1) {
      if (!bash) {
        ctx.stderr.write(busyboxHelp('id'));
        return 1;
      }
      ctx.stderr.write(
        `id: extra operand '${operands[1]}'\nTry 'id --help' for more information.\n`,
      );
      return 1;
    }
    const who = operands[0];
    if (who !== undefined) {
      const entry =
        passwd.find((p) => p.name === who) ??
        (/^\d+$/.test(who) ? passwd.find((p) => p.uid === Number(who)) : undefined);
      if (entry === undefined) {
        ctx.stderr.write(bash ? `id: '${who}': no such user\n` : `id: unknown user ${who}\n`);
        return 1;
      }
      uid = entry.uid;
      gid = entry.gid;
      extra = undefined;
    }
    const name = passwd.find((p) => p.uid === uid)?.name;
    if (extra === undefined) {
      extra =
        name === undefined ? [] : groups.filter((g) => g.members.includes(name)).map((g) => g.gid);
    }
    // GNU lists the effective gid first, then the supplementary groups. BusyBox lists only
    // getgroups() for the caller (a docker container's process gets every /etc/group
    // membership) and omits `groups=` when there are none; for a named USER it lists the
    // primary group first, like GNU.
    const primaryFirst = [gid, ...extra.filter((g) => g !== gid)];
    const all = bash || who !== undefined ? primaryFirst : extra;
    const uName = (u: number) => passwd.find((p) => p.uid === u)?.name;
    const gName = (g: number) => groups.find((e) => e.gid === g)?.name;
    const only = ['u', 'g', 'G'].filter((l) => flags.has(l));
    if (only.length > 1 || (only.length === 0 && (flags.has('n') || flags.has('r')))) {
      if (!bash) {
        ctx.stderr.write(busyboxHelp('id'));
        return 1;
      }
      ctx.stderr.write(
        only.length > 1
          ? 'id: cannot print "only" of more than one choice\n'
          : 'id: cannot print only names or real IDs in default format\n',
      );
      return 1;
    }
    if (only.length === 1) {
      const ids = only[0] === 'u' ? [uid] : only[0] === 'g' ? [gid] : all.length > 0 ? all : [gid];
      const lookup = only[0] === 'u' ? uName : gName;
      let status = 0;
      const words = ids.map((n) => {
        if (!flags.has('n')) return String(n);
        const found = lookup(n);
        if (found !== undefined) return found;
        status = 1;
        const kind = only[0] === 'u' ? 'user' : 'group';
        ctx.stderr.write(
          bash ? `id: cannot find name for ${kind} ID ${n}\n` : `id: unknown ID ${n}\n`,
        );
        return String(n);
      });
      ctx.stdout.write(`${words.join(' ')}\n`);
      return status;
    }
    const fmt = (n: number, label: string | undefined) =>
      label === undefined ? `${n}` : `${n}(${label})`;
    const list = all.map((g) => fmt(g, gName(g))).join(',');
    const shown = bash || all.length > 0 ? ` groups=${list}` : '';
    ctx.stdout.write(`uid=${fmt(uid, uName(uid))} gid=${fmt(gid, gName(gid))}${shown}\n`);
    return 0;
  },
};
