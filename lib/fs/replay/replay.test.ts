// Every recorded kernel scenario, replayed through UnionFs, must print the kernel's lines.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioError, normalizeKernelOutput, parseScenario, replayScenario } from './index';

const dir = new URL('../fixtures/overlay/', import.meta.url);
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.kernel.txt'))
  .sort();

describe('kernel overlayfs fixtures', () => {
  it('has at least 60 recorded scenarios, each with its kernel output', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(60);
    for (const f of scenarios)
      expect(readdirSync(dir)).toContain(f.replace(/\.txt$/, '.kernel.txt'));
  });

  it.each(scenarios)('%s replays exactly like the kernel', (file) => {
    const scenario = readFileSync(new URL(file, dir), 'utf8');
    const kernel = readFileSync(new URL(file.replace(/\.txt$/, '.kernel.txt'), dir), 'utf8');
    expect(replayScenario(scenario, sha256)).toBe(normalizeKernelOutput(kernel));
  });
});

describe('scenario DSL', () => {
  it('splits fields like bash read', () => {
    const s = parseScenario('name  a  title\nlayer L\n  file /f   two  words \nops\nwrite /x y');
    expect(s.name).toBe('a title');
    expect(s.layers[0]?.statements[0]).toEqual({ kw: 'file', a1: '/f', rest: 'two  words' });
    expect(s.ops).toEqual(['write /x y']);
  });

  it('refuses redirect_dir=on with a clear message', () => {
    const text = 'mountopt redirect_dir=on\nlayer L\ndir /d\nops\nrename /d /e\n';
    expect(() => replayScenario(text, sha256)).toThrow(ScenarioError);
    expect(() => replayScenario(text, sha256)).toThrow(/redirect_dir=on is not simulated/);
  });

  it('rejects unknown statements and scenarios without layers', () => {
    expect(() => parseScenario('layer L\nbogus /x\n')).toThrow(/unknown statement/);
    expect(() => parseScenario('ops\nwrite /x y\n')).toThrow(/at least one layer/);
  });
});
