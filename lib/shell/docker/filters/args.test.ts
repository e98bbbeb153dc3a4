import { describe, expect, it } from 'vitest';
import { DaemonError } from '../../../engine';
import { checkFilterFlag, matchLabels, matchRegex, parseFilterArgs, validateKeys } from './args';

describe('--filter arguments', () => {
  it('needs key=value on the command line (a flag error)', () => {
    expect(checkFilterFlag('name')).toBe('bad format of filter (expected name=value)');
    expect(checkFilterFlag('label=a=b')).toBeNull();
  });

  it('groups values by key, splitting at the first "="', () => {
    const args = parseFilterArgs(['name=web', 'label=env=dev', 'name=db']);
    expect([...args]).toEqual([
      ['name', ['web', 'db']],
      ['label', ['env=dev']],
    ]);
  });

  it('rejects an unknown key with the daemon text', () => {
    expect(() => validateKeys(parseFilterArgs(['bogus=1']), ['name'])).toThrow(
      new DaemonError("Invalid filter 'bogus'"),
    );
  });

  it('matches any one regular expression of a key', () => {
    const args = parseFilterArgs(['name=^web1$', 'name=done']);
    expect(matchRegex(args, 'name', 'web1')).toBe(true);
    expect(matchRegex(args, 'name', 'undone')).toBe(true);
    expect(matchRegex(args, 'name', 'web12')).toBe(false);
    expect(matchRegex(args, 'id', 'anything')).toBe(true);
  });

  it('needs every label filter: a key alone, or key=value', () => {
    const labels = { env: 'dev', tier: 'db' };
    expect(matchLabels(parseFilterArgs(['label=env']), 'label', labels)).toBe(true);
    expect(matchLabels(parseFilterArgs(['label=env=prod']), 'label', labels)).toBe(false);
    expect(matchLabels(parseFilterArgs(['label=env', 'label=x']), 'label', labels)).toBe(false);
    expect(matchLabels(parseFilterArgs(['label=env']), 'label', null)).toBe(false);
  });
});
