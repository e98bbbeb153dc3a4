import { gnuQuote } from '../quote';
import { joinPath } from '../util/files/fs-lib';
import type { Command, CommandContext } from '../types';
import { parseOrFail } from '../util/args/file-args';
import { attempt, why } from '../util/files/report';
import { busyboxHuman, gnuHuman, kbBlocks } from '../util/files/size';
import { dfRows, readMounts, rowFor, type DfRow } from '../util/files/df-mounts';

/**
 * Simplified df: the session's filesystem is one disk (documented numbers): 61,255,492 1K
 * blocks (a 64 GB ext4 volume), 5% reserved for root, 9,437,184 K used by the system plus
 * whatever the session's files take. The host shell calls it /dev/sda1; a container sees it
 * as `overlay` on /. Every operand shows that same line.
 */
const TOTAL_KB = 61_255_492;
const BASE_USED_KB = 9_437_184;
const RESERVED_KB = 3_062_774;
const MAX_ENTRIES = 20_000;

function usedKb(ctx: CommandContext): number {
  let kb = 0;
  let budget = MAX_ENTRIES;
  const walk = (path: string) => {
    if (budget-- <= 0) return;
    const st = attempt(() => ctx.fs.lstat(path));
    if (!st.ok) return;
    kb += kbBlocks(st.value);
    if (st.value.kind !== 'dir') return;
    const names = attempt(() => ctx.fs.readdir(path));
    if (names.ok) for (const n of names.value) walk(joinPath(path, n));
  };
  walk('/');
  return BASE_USED_KB + kb;
}

/** BusyBox's table: 20-wide source, 9-wide numbers, Use% rounded half up. */
function busyboxTable(rows: readonly DfRow[], human: boolean): string {
  const n = (kb: number) => (human ? busyboxHuman(kb * 1024) : String(kb));
  const head = human ? '      Size      Used Available' : ' 1K-blocks      Used Available';
  let out = `Filesystem          ${head} Use% Mounted on\n`;
  for (const r of rows) {
    const whole = r.usedKb + r.availKb;
    const pct = whole === 0 ? 0 : Math.floor((r.usedKb * 100 + whole / 2) / whole);
    const source = r.source.length > 20 ? `${r.source}\n${''.padEnd(20)}` : r.source.padEnd(20);
    out += `${source} ${n(r.totalKb).padStart(9)} ${n(r.usedKb).padStart(9)} ${n(r.availKb).padStart(9)} ${String(pct).padStart(3)}% ${r.target}\n`;
  }
  return out;
}

/** df [-h] [FILE]... */
export const df: Command = {
  name: 'df',
  run(ctx: CommandContext) {
    const gnu = ctx.flavor === 'bash';
    const p = parseOrFail(ctx, { flags: 'hkT', long: { 'human-readable': 'h' } });
    if ('status' in p) return p.status;
    const { flags, operands } = p.opts;
    let status = 0;
    let rows = operands.length === 0 ? 1 : 0;
    for (const arg of operands) {
      const r = attempt(() => ctx.fs.stat(ctx.resolve(arg)));
      if (r.ok) rows++;
      else {
        ctx.stderr.write(
          gnu ? `df: ${gnuQuote(arg)}: ${why(r.error)}\n` : `df: ${arg}: ${why(r.error)}\n`,
        );
        status = 1;
      }
    }
    if (rows === 0) return status;
    const used = usedKb(ctx);
    const avail = Math.max(0, TOTAL_KB - used - RESERVED_KB);
    const human = flags.has('h');
    const mounts = gnu ? null : readMounts(ctx);
    if (mounts !== null) {
      const disk = { totalKb: TOTAL_KB, usedKb: used, availKb: avail };
      const all = dfRows(ctx, mounts, () => disk);
      const shown =
        operands.length === 0
          ? all
          : operands.flatMap((a) => {
              const row = ctx.fs.exists(ctx.resolve(a)) ? rowFor(all, ctx.resolve(a)) : undefined;
              return row ? [row] : [];
            });
      ctx.stdout.write(busyboxTable(shown, human));
      return status;
    }
    const source = gnu ? '/dev/sda1' : 'overlay';
    if (gnu) {
      const pct = `${Math.ceil((used * 100) / (used + avail))}%`;
      const n = (kb: number) => (human ? gnuHuman(kb * 1024) : String(kb));
      const head = human ? ['Size', 'Used', 'Avail'] : ['1K-blocks', 'Used', 'Available'];
      const vals = [n(TOTAL_KB), n(used), n(avail)];
      const w = vals.map((v, i) => Math.max(5, v.length, (head[i] as string).length));
      const line = (a: string, cells: string[], use: string, on: string) =>
        `${a.padEnd(14)} ${cells.map((c, i) => c.padStart(w[i] as number)).join(' ')} ${use.padStart(4)} ${on}\n`;
      let out = line('Filesystem', head, 'Use%', 'Mounted on');
      for (let i = 0; i < rows; i++) out += line(source, vals, pct, '/');
      ctx.stdout.write(out);
      return status;
    }
    const pct = Math.floor((used * 100 + (used + avail) / 2) / (used + avail));
    const n = (kb: number) => (human ? busyboxHuman(kb * 1024) : String(kb));
    const head = human ? '      Size      Used Available' : ' 1K-blocks      Used Available';
    let out = `Filesystem          ${head} Use% Mounted on\n`;
    const row = `${source.padEnd(20)} ${n(TOTAL_KB).padStart(9)} ${n(used).padStart(9)} ${n(avail).padStart(9)} ${String(pct).padStart(3)}% /\n`;
    for (let i = 0; i < rows; i++) out += row;
    ctx.stdout.write(out);
    return status;
  },
};
