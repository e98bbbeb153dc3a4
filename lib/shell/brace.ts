/**
 * Bash's brace expansion, the first expansion of a word: `a{b,c}d` → `abd acd`, `{1..5}`,
 * `{01..10}`, `{a..e}`, `{1..10..3}`. Only unquoted braces count; `{}` and `{a}` stay as they
 * are. BusyBox sh has no brace expansion.
 */
import type { Word, WordPart } from './ast';

type Atom = { ch: string } | { part: WordPart };

const LIMIT = 100_000;

export function braceExpand(word: Word): Word[] {
  if (!word.some((p) => p.type === 'lit' && !p.quoted && p.text.includes('{'))) return [word];
  return expandAtoms(toAtoms(word)).map(toWord);
}

function toAtoms(word: Word): Atom[] {
  const atoms: Atom[] = [];
  for (const part of word) {
    if (part.type === 'lit' && !part.quoted) for (const ch of part.text) atoms.push({ ch });
    else atoms.push({ part });
  }
  return atoms;
}

function toWord(atoms: Atom[]): Word {
  const word: Word = [];
  for (const atom of atoms) {
    const last = word[word.length - 1];
    if ('part' in atom) word.push(atom.part);
    else if (last?.type === 'lit' && !last.quoted)
      word[word.length - 1] = { ...last, text: last.text + atom.ch };
    else word.push({ type: 'lit', text: atom.ch, quoted: false });
  }
  return word;
}

const isChar = (a: Atom | undefined, ch: string) => a !== undefined && 'ch' in a && a.ch === ch;

function expandAtoms(atoms: Atom[], from = 0): Atom[][] {
  for (let open = from; open < atoms.length; open++) {
    if (!isChar(atoms[open], '{') || isChar(atoms[open - 1], '$')) continue;
    const found = alternatives(atoms, open);
    if (!found) continue;
    const prefix = atoms.slice(0, open);
    const suffix = atoms.slice(found.close + 1);
    const out: Atom[][] = [];
    for (const alt of found.alts) {
      for (const expanded of expandAtoms([...prefix, ...alt, ...suffix], prefix.length)) {
        out.push(expanded);
        if (out.length > LIMIT) return out;
      }
    }
    return out;
  }
  return [atoms];
}

/** The alternatives of the brace group opening at `open`, or null when it is not one. */
function alternatives(atoms: Atom[], open: number): { alts: Atom[][]; close: number } | null {
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < atoms.length; i++) {
    if (isChar(atoms[i], '{') && !isChar(atoms[i - 1], '$')) depth++;
    else if (isChar(atoms[i], '}') && --depth === 0) {
      if (commas.length > 0) {
        const bounds = [open, ...commas, i];
        const alts = bounds.slice(1).map((end, k) => atoms.slice(bounds[k]! + 1, end));
        return { alts, close: i };
      }
      const seq = sequence(atoms.slice(open + 1, i));
      return seq ? { alts: seq.map((s) => [...s].map((ch) => ({ ch }))), close: i } : null;
    } else if (isChar(atoms[i], ',') && depth === 1) commas.push(i);
  }
  return null;
}

function sequence(atoms: Atom[]): string[] | null {
  if (atoms.some((a) => 'part' in a)) return null;
  const text = atoms.map((a) => ('ch' in a ? a.ch : '')).join('');
  const num = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(text);
  if (num) return numbers(num[1]!, num[2]!, num[3]);
  const chars = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(text);
  if (!chars) return null;
  const a = chars[1]!.charCodeAt(0);
  const b = chars[2]!.charCodeAt(0);
  return steps(a, b, chars[3]).map((c) => String.fromCharCode(c));
}

function numbers(from: string, to: string, step: string | undefined): string[] {
  const width = /^-?0\d/.test(from) || /^-?0\d/.test(to) ? Math.max(from.length, to.length) : 0;
  return steps(Number(from), Number(to), step).map((n) => {
    const digits = String(Math.abs(n)).padStart(width - (n < 0 ? 1 : 0), '0');
    return n < 0 ? `-${digits}` : digits;
  });
}

function steps(from: number, to: number, step: string | undefined): number[] {
  const size = Math.abs(Number(step ?? 1)) || 1;
  const out: number[] = [];
  const dir = from <= to ? 1 : -1;
  for (let n = from; dir > 0 ? n <= to : n >= to; n += dir * size) {
    out.push(n);
    if (out.length > LIMIT) break;
  }
  return out;
}
