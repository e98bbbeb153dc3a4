import { optionError, parseTextArgs } from '../util/args/text-args';
import { TrError, parseSet, type TrSet } from '../util/text/trset';
import { busyboxHelp } from '../util/args/usage-text';
import type { Command, CommandContext } from '../types';

/** SET2 widened as GNU does: a [c*] fill takes up the slack, else the last char repeats. */
function widen(set1: TrSet, set2: TrSet): string[] {
  const out = [...set2.chars];
  const missing = set1.chars.length - out.length;
  if (missing <= 0) return out;
  if (set2.fill !== null) {
    out.splice(set2.fill, 0, ...Array<string>(missing).fill(out[set2.fill] as string));
    return out;
  }
  return out.concat(Array<string>(missing).fill(out[out.length - 1] as string));
}

/**
 * tr [-cds] SET1 [SET2] — translate, delete or squeeze stdin. With -c, every character not
 * in SET1 maps to SET2's last character (GNU maps the sorted complement onto SET2; the two
 * agree whenever SET2 is one character, the usual `tr -c 'a-z' '_'`).
 */
export const tr: Command = {
  name: 'tr',
  run(ctx: CommandContext) {
    const gnu = ctx.flavor === 'bash';
    const r = parseTextArgs(ctx, {
      flags: 'cCdst',
      long: { complement: 'c', delete: 'd', 'squeeze-repeats': 's', 'truncate-set1': 't' },
    });
    if (!r.ok) return r.status;
    const { flags, operands } = r.opts;
    const complement = flags.has('c') || flags.has('C');
    const del = flags.has('d');
    const squeeze = flags.has('s');
    const translating = !del && operands.length >= 2;
    if (operands.length === 0 || (gnu && !del && !squeeze && operands.length === 1)) {
      if (!gnu) {
        ctx.stderr.write(busyboxHelp('tr'));
        return 1;
      }
      if (operands.length === 0) return optionError(ctx, 'tr: missing operand\n');
      return optionError(
        ctx,
        `tr: missing operand after '${operands[0]}'\nTwo strings must be given when translating.\n`,
      );
    }
    const maxOperands = del && squeeze ? 2 : del ? 1 : 2;
    if (gnu && operands.length > maxOperands) {
      const why = del
        ? 'Only one string may be given when deleting without squeezing repeats.\n'
        : '';
      return optionError(ctx, `tr: extra operand '${operands[maxOperands]}'\n${why}`);
    }
    let set1: TrSet;
    let set2: TrSet | null = null;
    try {
      set1 = parseSet(operands[0] as string, gnu, false);
      if (operands[1] !== undefined && (translating || squeeze)) {
        set2 = parseSet(operands[1], gnu, true);
      }
    } catch (e) {
      if (!(e instanceof TrError)) throw e;
      ctx.stderr.write(e.message);
      return 1;
    }
    if (translating && set2 !== null) {
      if (set2.chars.length === 0 && set1.chars.length > 0) {
        ctx.stderr.write(
          gnu
            ? 'tr: when not truncating set1, string2 must be non-empty\n'
            : 'tr: STRING2 cannot be empty\n',
        );
        return 1;
      }
      if (gnu && [...set2.cases.keys()].some((at) => !set1.cases.has(at))) {
        ctx.stderr.write('tr: misaligned [:upper:] and/or [:lower:] construct\n');
        return 1;
      }
    }
    const in1 = new Set(set1.chars);
    const inSet1 = (c: string) => in1.has(c) !== complement;
    const map = new Map<string, string>();
    let fallback: string | undefined;
    if (translating && set2 !== null) {
      const to = flags.has('t') ? set2.chars : widen(set1, set2);
      if (complement) fallback = to[to.length - 1];
      else set1.chars.forEach((c, i) => map.set(c, to[Math.min(i, to.length - 1)] as string));
    }
    const squeezeSet = squeeze
      ? (c: string) => (set2 !== null && (translating || del) ? set2.chars.includes(c) : inSet1(c))
      : () => false;
    let out = '';
    let last: string | null = null;
    for (const ch of ctx.stdin) {
      if (del && inSet1(ch)) continue;
      let c = ch;
      if (translating) {
        if (complement) c = inSet1(ch) ? (fallback ?? ch) : ch;
        else c = map.get(ch) ?? ch;
      }
      if (c === last && squeezeSet(c)) continue;
      out += c;
      last = c;
    }
    ctx.stdout.write(out);
    return 0;
  },
};
