/**
 * sed script parser (GNU sed 4.9 syntax, the commonly used part): addresses (N, $, /re/,
 * \cREc, first~step, 0,/re/, addr,+N, !), commands s y p P d D n N q Q = a i c { } h H g G
 * x b t T : r w and #comments (no l, e, F, z, W, R, s///w, s///e). Errors carry GNU's text and char position plus BusyBox's text.
 */
import { translateRegex } from './text-regex';
import { SedError, countGroups, parseReplacement, type Addr, type SedCmd } from './text-sed-types';

export { SedError, type SedCmd } from './text-sed-types';

const WS = /[ \t]/;

export function parseSed(script: string, extended: boolean, gnu: boolean): SedCmd[] {
  const cmds: SedCmd[] = [];
  const blocks: number[] = [];
  let i = 0;
  const fail = (gnuText: string, bbText = gnuText, pos = i): never => {
    throw new SedError(pos, gnuText, bbText);
  };
  const peek = () => script[i];
  const skipWs = () => {
    while (i < script.length && WS.test(script[i] as string)) i++;
  };
  const compile = (src: string, flags: string): RegExp | null => {
    if (src === '') return null;
    const r = translateRegex(src, { extended, sed: true });
    if (!r.ok) fail(r.error, `bad regex '${src}': ${r.error}`);
    const ok = r as { source: string };
    return new RegExp(ok.source, `gs${flags}`);
  };
  /** Reads up to an unescaped `delim`; `\delim` becomes delim. null at end of script. */
  const delimited = (delim: string, regex: boolean): string | null => {
    let out = '';
    while (i < script.length) {
      const c = script[i++] as string;
      if (c === delim) return out;
      if (c === '\\' && i < script.length) {
        const n = script[i++] as string;
        if (n === delim) out += delim;
        else if (n === '\n' && !regex) out += '\n';
        else out += `\\${n}`;
      } else if (c === '\n' && regex) return null;
      else out += c;
    }
    return null;
  };
  const number = (): number => {
    const m = /^\d+/.exec(script.slice(i)) as RegExpExecArray;
    i += m[0].length;
    return Number(m[0]);
  };
  const address = (): Addr | undefined => {
    const c = peek();
    if (c !== undefined && /\d/.test(c)) {
      const n = number();
      if (peek() === '~' && gnu) {
        i++;
        const step = /\d/.test(peek() ?? '') ? number() : 0;
        return { kind: 'step', first: n, step };
      }
      return { kind: 'line', n };
    }
    if (c === '$') {
      i++;
      return { kind: 'last' };
    }
    if (c === '/' || c === '\\') {
      i++;
      const delim = c === '/' ? '/' : (script[i++] ?? '');
      const src = delimited(delim, true);
      if (src === null) fail('unterminated address regex', `unmatched '${delim}'`);
      let flags = '';
      while (peek() === 'I' || peek() === 'M') flags += script[i++] === 'I' ? 'i' : 'm';
      return { kind: 're', re: compile(src as string, flags) };
    }
    return undefined;
  };
  const endOfCommand = () => {
    skipWs();
    const c = peek();
    if (c === undefined || c === '\n' || c === ';') {
      if (c !== undefined) i++;
      return;
    }
    if (c === '}' || c === '#') return;
    i++;
    fail('extra characters after command', `extra characters after command`);
  };
  const readText = (): string => {
    skipWs();
    if (peek() === '\\') {
      i++;
      if (peek() === '\n') i++;
      else skipWs();
    }
    if (i >= script.length) fail("expected \\ after `a', `c' or `i'", 'missing command');
    let out = '';
    while (i < script.length) {
      const c = script[i++] as string;
      if (c === '\n') break;
      if (c === '\\' && i < script.length) out += script[i++];
      else out += c;
    }
    return out;
  };
  const label = (): string => {
    skipWs();
    const m = /^[^;\n]*/.exec(script.slice(i)) as RegExpExecArray;
    i += m[0].length;
    if (script[i] === ';' || script[i] === '\n') i++;
    return m[0].trim();
  };
  while (i < script.length) {
    while (i < script.length && /[ \t\n;]/.test(script[i] as string)) i++;
    if (i >= script.length) break;
    if (peek() === '#') {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    const cmd: SedCmd = { neg: false, name: '' };
    cmd.a1 = address();
    if (cmd.a1 !== undefined && peek() === ',') {
      i++;
      skipWs();
      if (peek() === '+' && /\d/.test(script[i + 1] ?? '')) {
        i++;
        cmd.a2 = { kind: 'plus', n: number() };
      } else cmd.a2 = address();
      if (cmd.a2 === undefined || cmd.a2.kind === 'step')
        fail("unexpected `,'", 'no address after comma');
    }
    skipWs();
    while (peek() === '!') {
      cmd.neg = true;
      i++;
      skipWs();
    }
    const name = script[i++];
    if (name === undefined || name === '\n' || name === ';') {
      fail('missing command', 'missing command', name === undefined ? i - 1 : i);
    }
    cmd.name = name as string;
    if (cmd.a1?.kind === 'line' && cmd.a1.n === 0 && cmd.a2?.kind !== 're') {
      fail('invalid usage of line address 0', 'bad address');
    }
    const oneAddr = () => cmd.a2 !== undefined && fail('command only uses one address');
    switch (name) {
      case '{':
        blocks.push(cmds.length);
        cmds.push(cmd);
        continue;
      case '}': {
        if (cmd.a1 !== undefined) fail("} doesn't want any addresses");
        const open = blocks.pop();
        if (open === undefined) fail("unexpected `}'", 'unexpected }');
        (cmds[open as number] as SedCmd).jump = cmds.length + 1;
        cmds.push(cmd);
        endOfCommand();
        continue;
      }
      case 's': {
        const delim = script[i++];
        if (delim === undefined || delim === '\n' || delim === '\\') {
          fail("unterminated `s' command", `unmatched '${delim ?? ''}'`);
        }
        const src = delimited(delim as string, true);
        const rhs = src === null ? null : delimited(delim as string, false);
        if (src === null || rhs === null) fail("unterminated `s' command", `unmatched '${delim}'`);
        let flags = '';
        for (;;) {
          const f = peek();
          if (f === undefined || !/[gpiImM\d]/.test(f)) break;
          if (/\d/.test(f)) {
            if (cmd.nth !== undefined) fail("multiple number options to `s' command", '', i + 1);
            cmd.nth = number();
            if (cmd.nth === 0) fail("number option to `s' command may not be zero");
            continue;
          }
          i++;
          if (f === 'g')
            cmd.global = cmd.global ? fail("multiple `g' options to `s' command") : true;
          else if (f === 'p')
            cmd.print = cmd.print ? fail("multiple `p' options to `s' command") : true;
          else if (f === 'i' || f === 'I') flags += flags.includes('i') ? '' : 'i';
          else flags += flags.includes('m') ? '' : 'm';
        }
        const f = peek();
        if (f !== undefined && !/[ \t\n;}#]/.test(f)) {
          i++;
          fail("unknown option to `s'", 'bad option in substitution expression');
        }
        cmd.re = compile(src as string, flags);
        cmd.repl = parseReplacement(
          rhs as string,
          (n) => gnu && fail(`invalid reference \\${n} on \`s' command's RHS`),
          cmd.re === null ? 9 : countGroups(src as string, extended),
        );
        break;
      }
      case 'y': {
        const delim = script[i++] as string;
        const a = delimited(delim, false);
        const b = a === null ? null : delimited(delim, false);
        if (a === null || b === null) fail("unterminated `y' command", `unmatched '${delim}'`);
        const un = (s: string) => [
          ...s.replace(/\\(.)/gs, (_, c: string) => (c === 'n' ? '\n' : c)),
        ];
        const from = un(a as string);
        const to = un(b as string);
        if (from.length !== to.length) fail("strings for `y' command are different lengths");
        cmd.map = new Map(from.map((c, k) => [c, to[k] as string]));
        break;
      }
      case 'a':
      case 'i':
      case 'c':
        cmd.text = readText();
        cmds.push(cmd);
        continue;
      case 'r':
      case 'w': {
        skipWs();
        const m = /^[^\n]*/.exec(script.slice(i)) as RegExpExecArray;
        i += m[0].length;
        if (m[0] === '') fail('missing filename in r/R/w/W commands', 'missing filename');
        cmd.text = m[0];
        cmds.push(cmd);
        continue;
      }
      case ':':
        if (cmd.a1 !== undefined) fail(": doesn't want any addresses");
        cmd.label = label();
        if (cmd.label === '') fail('":" lacks a label');
        cmds.push(cmd);
        continue;
      case 'b':
      case 't':
      case 'T':
        cmd.label = label();
        cmds.push(cmd);
        continue;
      case 'q':
      case 'Q':
        if (!gnu && name === 'Q') fail('', 'unsupported command Q');
        oneAddr();
        skipWs();
        if (/\d/.test(peek() ?? '')) {
          if (!gnu) fail('', 'missing command');
          cmd.exit = number();
        }
        break;
      case '=':
      case 'p':
      case 'P':
      case 'd':
      case 'D':
      case 'n':
      case 'N':
      case 'h':
      case 'H':
      case 'g':
      case 'G':
      case 'x':
        break;
      default:
        fail(`unknown command: \`${name}'`, `unsupported command ${name}`);
    }
    cmds.push(cmd);
    endOfCommand();
  }
  if (blocks.length > 0) fail("unmatched `{'", 'unterminated {', 0);
  cmds.forEach((c) => {
    if (c.name !== 'b' && c.name !== 't' && c.name !== 'T') return;
    if (c.label === '') c.jump = cmds.length;
    else {
      const at = cmds.findIndex((d) => d.name === ':' && d.label === c.label);
      if (at < 0)
        fail(
          `can't find label for jump to \`${c.label}'`,
          `can't find label for jump to '${c.label}'`,
          -1,
        );
      c.jump = at;
    }
  });
  return cmds;
}
