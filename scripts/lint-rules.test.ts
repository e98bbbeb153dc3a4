import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';

// lib/ must stay runnable in the browser and in Node: the lint config bans UI and Node imports there.
// The first lint loads every plugin: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
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

describe('the layers lint rule (layerlab/boundaries)', () => {
  const messages = async (line: string, filePath: string) => {
    const [result] = await eslint.lintText(`${line}\nexport const y = x;\n`, { filePath });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'layerlab/boundaries')
      .map((m) => m.message);
  };

  it.each([
    ["import { x } from '../engine';", 'lib/fs/example.ts', 'may not import lib/engine'],
    ["import { x } from '../engine';", 'lib/runtime/example.ts', 'may not import lib/engine'],
    ["import { x } from '../machine';", 'lib/shell/example.ts', 'may not import lib/machine'],
    ["import { x } from '../playground';", 'lib/layers/example.ts', 'may not import'],
    ["import { x } from '../layers';", 'lib/exercises/example.ts', 'may not import lib/layers'],
    ["import { x } from '../shell/session';", 'lib/machine/example.ts', 'reaches past lib/shell'],
    ["import { x } from '../../fs/serialize';", 'lib/engine/build/example.ts', 'reaches past'],
    ["import { x } from '@/lib/engine';", 'components/browser/example.ts', 'is UI'],
    ["import { x } from '../shell/docker/registry.testing';", 'lib/terminal/x.ts', 'reaches past'],
    ["import { x } from '@/lib/machine/machine';", 'components/editor/x.tsx', 'reaches past'],
    ["import { x } from '@/components/terminal/theme';", 'components/editor/x.ts', 'may not'],
    ["import { x } from '@/components/mdx/RunButton';", 'components/terminal/x.ts', 'may not'],
  ])('rejects %s in %s', async (line, file, text) => {
    const found = await messages(line, file);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(text);
  });

  it.each([
    ["import { x } from '../shell';", 'lib/machine/example.ts'],
    ["import { x } from '../runtime';", 'lib/engine/example.ts'],
    ["import { x } from './docker/cli';", 'lib/shell/example.ts'],
    ["import { x } from '../machine';", 'lib/shell/example.test.ts'],
    ["import { x } from '../shell/docker/registry.testing';", 'lib/terminal/example.test.ts'],
    ["import { x } from '@/lib/layers/empty';", 'components/layer-view/x.tsx'],
    ["import { x } from '@/lib/machine';", 'components/browser/x.tsx'],
    ["import { x } from '@/components/terminal/theme';", 'components/mdx/x.tsx'],
    ["import { x } from '@/components/mdx/Callout';", 'app/x.tsx'],
  ])('allows %s in %s', async (line, file) => {
    expect(await messages(line, file)).toEqual([]);
  });
});
