import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Code cites the rules it follows as `docs/<file>.md#<anchor>`; a citation must land on a heading.
const ROOT = process.cwd();
const CODE_DIRS = ['lib', 'components', 'app', 'scripts', 'e2e'];
const CODE_EXT = /\.(ts|tsx|mjs|js|sh|py|cmds|md)$/;
const CITATION = /docs\/([\w./-]+\.md)#([\w-]+)/g;
const CITES = /docs\/[\w./-]+\.md#[\w-]+/;
const BARE_RULE = /(?<![#\w-])(?:[RM]\d{1,2}|L[1-5]|S\d{1,2})(?![\w-])/;
const FOREIGN_SPEC = /storage-spec|spec §|\(spec [RMLS]\d/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') return [];
    return statSync(path).isDirectory() ? files(path) : CODE_EXT.test(name) ? [path] : [];
  });
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(doc: string): Set<string> {
  const text = readFileSync(join(ROOT, 'docs', doc), 'utf8');
  const headings = [...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!));
  const inline = [...text.matchAll(/<a id="([\w-]+)"/g)].map((m) => m[1]!);
  return new Set([...headings, ...inline]);
}

const codeFiles = CODE_DIRS.flatMap((d) => files(join(ROOT, d)));
const self = relative(ROOT, import.meta.filename ?? '');

describe('citations of docs/ from code', () => {
  it('slugs headings like GitHub', () => {
    expect(slug('R9 First write copies the whole file')).toBe(
      'r9-first-write-copies-the-whole-file',
    );
    expect(slug("M21 An empty volume receives the image's files")).toBe(
      'm21-an-empty-volume-receives-the-images-files',
    );
    expect(slug('M29 rm -v takes anonymous volumes')).toBe('m29-rm--v-takes-anonymous-volumes');
  });

  it('every docs/…#anchor cited in code exists', () => {
    const missing: string[] = [];
    let cited = 0;
    for (const path of codeFiles) {
      for (const m of readFileSync(path, 'utf8').matchAll(CITATION)) {
        cited++;
        const [, doc, anchor] = m;
        let known: Set<string>;
        try {
          known = anchors(doc!);
        } catch {
          known = new Set();
        }
        if (!known.has(anchor!)) missing.push(`${relative(ROOT, path)}: docs/${doc}#${anchor}`);
      }
    }
    expect(missing).toEqual([]);
    expect(cited).toBeGreaterThan(30);
  });

  it('lib/ and components/ cite rules by link, never by a bare id or a spec outside the repository', () => {
    const bare: string[] = [];
    for (const path of codeFiles) {
      const rel = relative(ROOT, path);
      if (rel === self || !/^(lib|components)\//.test(rel) || rel.endsWith('.tsx')) continue;
      const text = readFileSync(path, 'utf8');
      // A test may name rules in its titles once its header links the section they come from.
      if (rel.endsWith('.test.ts') && CITES.test(text)) continue;
      text.split('\n').forEach((line, i) => {
        const cleaned = line.replace(CITATION, '');
        if (BARE_RULE.test(cleaned) || FOREIGN_SPEC.test(cleaned)) {
          bare.push(`${rel}:${i + 1}: ${line.trim()}`);
        }
      });
    }
    expect(bare).toEqual([]);
  });
});
