/**
 * The Dockerfile's word processing (moby shell lexer, simplified): quotes removed, `\` escapes,
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}` (and `-`/`+` without the colon) expanded
 * from the build's environment. Unset variables expand to "".
 */
export type Vars = ReadonlyMap<string, string>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function processWord(word: string, vars: Vars): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (quote === "'") {
      if (ch === "'") quote = '';
      else out += ch;
      continue;
    }
    if (ch === '\\' && i + 1 < word.length) {
      const next = word[i + 1]!;
      if (quote === '"' && !'"$\\`'.includes(next)) out += ch;
      else i++;
      out += word[i];
      continue;
    }
    if (quote === '' && (ch === '"' || ch === "'")) {
      quote = ch;
      continue;
    }
    if (ch === '"' && quote === '"') {
      quote = '';
      continue;
    }
    if (ch === '$') {
      const { text, end } = variable(word, i + 1, vars);
      out += text;
      i = end - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Expands the variable reference starting after `$` at `at`; returns the text and where it ends. */
function variable(word: string, at: number, vars: Vars): { text: string; end: number } {
  if (word[at] === '{') {
    const close = word.indexOf('}', at);
    if (close < 0) return { text: '$', end: at };
    const body = word.slice(at + 1, close);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-+])?([\s\S]*)$/.exec(body);
    if (!m) return { text: '', end: close + 1 };
    const value = vars.get(m[1]!);
    const op = m[2];
    const alt = processWord(m[3] ?? '', vars);
    let text = value ?? '';
    if (op === ':-') text = value ? value : alt;
    else if (op === '-') text = value ?? alt;
    else if (op === ':+') text = value ? alt : '';
    else if (op === '+') text = value !== undefined ? alt : '';
    return { text, end: close + 1 };
  }
  const m = NAME.exec(word.slice(at));
  if (!m) return { text: '$', end: at };
  return { text: vars.get(m[0]) ?? '', end: at + m[0].length };
}

/** `K=V` words (ENV, LABEL, ARG) or the legacy `K V` form; keys and values processed. */
export function keyValues(
  words: readonly string[],
  rest: string,
  vars: Vars,
): { key: string; value: string }[] {
  if (words.length > 0 && !words[0]!.includes('=')) {
    const m = /^(\S+)\s+([\s\S]*)$/.exec(rest);
    return [{ key: processWord(m?.[1] ?? rest, vars), value: processWord(m?.[2] ?? '', vars) }];
  }
  return words.map((w) => {
    const eq = w.indexOf('=');
    return { key: processWord(w.slice(0, eq), vars), value: processWord(w.slice(eq + 1), vars) };
  });
}
