import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// lib/ must stay runnable in the browser and in Node: the lint config bans UI and Node imports there.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('lib/ purity lint rules', () => {
  it.each([
    "import { useState } from 'react';",
    "import Link from 'next/link';",
    "import { Terminal } from '@xterm/xterm';",
    "import * as monaco from 'monaco-editor';",
    "import { readFileSync } from 'node:fs';",
    "import fs from 'fs';",
    "import { Header } from '@/components/site/Header';",
  ])('rejects %s in lib/', async (line) => {
    expect(await ruleIds(`${line}\nexport const x = 1;\n`, 'lib/fs/example.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it.each(['window.alert(1);', 'document.title = "x";', 'process.exit(1);'])(
    'rejects the global in %s',
    async (line) => {
      expect(await ruleIds(`export function f() {\n  ${line}\n}\n`, 'lib/fs/example.ts')).toContain(
        'no-restricted-globals',
      );
    },
  );

  it("allows lib's own modules whose names look like Node's (../fs)", async () => {
    expect(
      await ruleIds(
        "import { MemFs } from '../fs';\nexport const x = MemFs;\n",
        'lib/shell/example.ts',
      ),
    ).toEqual([]);
  });

  it('allows the same imports outside lib/', async () => {
    expect(
      await ruleIds(
        "import { useState } from 'react';\nexport const x = useState;\n",
        'components/x.ts',
      ),
    ).toEqual([]);
  });
});

describe('function length', () => {
  const fn = (lines: number) =>
    `export function f(): number {\n  let x = 0;\n${'  x++;\n'.repeat(lines - 4)}  return x;\n}\n`;

  it('rejects a function over 100 lines in lib/ and components/', async () => {
    expect(await ruleIds(fn(101), 'lib/shell/example.ts')).toContain('max-lines-per-function');
    expect(await ruleIds(fn(101), 'components/example.ts')).toContain('max-lines-per-function');
  });

  it('allows 100 lines, and longer test files', async () => {
    expect(await ruleIds(fn(100), 'lib/shell/example.ts')).not.toContain('max-lines-per-function');
    expect(await ruleIds(fn(150), 'lib/shell/example.test.ts')).not.toContain(
      'max-lines-per-function',
    );
  });
});
