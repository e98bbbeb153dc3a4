import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseTitle, replayCase, type Recorded } from '../util/text/replay';
import { textCommands } from './text-family';

/** Runs recorded from the real tools (text-fixtures/record.mjs), replayed one by one. */
const dir = join(import.meta.dirname, 'text-fixtures');
const files = JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8'));
const cases: Recorded[] = JSON.parse(readFileSync(join(dir, 'text.json'), 'utf8'));

describe('echo printf head tail wc sort uniq cut tr: same output, errors and status as the real tools', () => {
  it.each(cases.map((c) => [caseTitle(c), c] as const))('%s', async (_, c) => {
    const { actual, expected } = await replayCase(c, files, textCommands);
    expect(actual).toEqual(expected);
  });
});
