import { joinPath } from '../util/files/fs-lib';
import type { Command, CommandContext } from '../types';
import { encodeUtf8 } from '../util/files/fs-lib';
import { attempt } from '../util/files/report';

/** tree's escaping of odd names (C locale): `\ `, `\\`, `\t`, and octal for other bytes. */
function treeName(name: string): string {
  let out = '';
  for (const ch of name) {
    const code = ch.codePointAt(0) as number;
    if (ch === ' ') out += '\\ ';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else out += [...encodeUtf8(ch)].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
  }
  return out;
}

const USAGE =
  'usage: tree [-acdfghilnpqrstuvxACDFJQNSUX] [-L level [-R]] [-H  baseHREF]\n' +
  '\t[-T title] [-o filename] [-P pattern] [-I pattern] [--gitignore]\n';

/**
 * tree [-a] [-d] [-L level] [DIR]... — the Debian `tree` 2.1 package in the C locale (ASCII
 * branches). Host shell only: alpine has no tree.
 */
export const tree: Command = {
  name: 'tree',
  flavors: ['bash'],
  run(ctx: CommandContext) {
    let all = false;
    let dirsOnly = false;
    let level = Infinity;
    const roots: string[] = [];
    const args = ctx.args;
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as string;
      if (a === '-L') {
        const v = args[++i];
        if (v === undefined || !/^\d+$/.test(v) || Number(v) < 1) {
          ctx.stderr.write('tree: Invalid level, must be greater than 0.\n');
          return 1;
        }
        level = Number(v);
      } else if (/^-[ad]+$/.test(a)) {
        if (a.includes('a')) all = true;
        if (a.includes('d')) dirsOnly = true;
      } else if (a.startsWith('-') && a !== '-') {
        ctx.stderr.write(`tree: Invalid argument -\`${a.slice(1, 2)}'.\n${USAGE}`);
        return 1;
      } else roots.push(a);
    }
    let dirs = 0;
    let files = 0;
    let status = 0;
    let out = '';
    const list = (path: string, prefix: string, depth: number) => {
      const names = attempt(() => ctx.fs.readdir(path));
      if (!names.ok) return false;
      const shown = names.value.filter((n) => all || !n.startsWith('.'));
      const entries = shown
        .map((n) => ({ n, st: attempt(() => ctx.fs.lstat(joinPath(path, n))) }))
        .filter(
          (e) => !dirsOnly || (e.st.ok && isDirLike(ctx, joinPath(path, e.n), e.st.value.kind)),
        );
      entries.forEach((e, i) => {
        const last = i === entries.length - 1;
        const p = joinPath(path, e.n);
        let line = `${prefix}${last ? '`-- ' : '|-- '}${treeName(e.n)}`;
        const kind = e.st.ok ? e.st.value.kind : 'file';
        if (kind === 'symlink') {
          line += ` -> ${treeName(ctx.fs.readlink(p))}`;
          if (isDirLike(ctx, p, kind)) dirs++;
          else files++;
          out += `${line}\n`;
          return;
        }
        if (kind !== 'dir') {
          files++;
          out += `${line}\n`;
          return;
        }
        dirs++;
        if (depth + 1 >= level) {
          out += `${line}\n`;
          return;
        }
        const probe = attempt(() => ctx.fs.readdir(p));
        if (!probe.ok) {
          out += `${line}  [error opening dir]\n`;
          status = 2;
          return;
        }
        out += `${line}\n`;
        list(p, prefix + (last ? '    ' : '|   '), depth + 1);
      });
      return true;
    };
    for (const root of roots.length > 0 ? roots : ['.']) {
      const path = ctx.resolve(root);
      const st = attempt(() => ctx.fs.stat(path));
      if (!st.ok || st.value.kind !== 'dir') {
        out += `${treeName(root)}  [error opening dir]\n`;
        status = 2;
        continue;
      }
      dirs++;
      out += `${treeName(root)}\n`;
      list(path, '', 0);
    }
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    out += `\n${plural(dirs, 'directory', 'directories')}`;
    if (!dirsOnly) out += `, ${plural(files, 'file', 'files')}`;
    ctx.stdout.write(`${out}\n`);
    return status;
  },
};

function isDirLike(ctx: CommandContext, path: string, kind: string): boolean {
  if (kind === 'dir') return true;
  if (kind !== 'symlink') return false;
  const st = attempt(() => ctx.fs.stat(path));
  return st.ok && st.value.kind === 'dir';
}
