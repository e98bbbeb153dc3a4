import { proseLines } from './fences';

export interface PlaygroundTag {
  /** The `scenario` attribute, or null when the tag has none. */
  scenario: string | null;
  line: number;
}

const TAG = /<Playground\b([^>]*)\/?>/g;
const SCENARIO = /\bscenario\s*=\s*"([^"]*)"/;

export function parsePlaygrounds(source: string): PlaygroundTag[] {
  const tags: PlaygroundTag[] = [];
  for (const { line, number } of proseLines(source)) {
    for (const match of line.matchAll(TAG)) {
      tags.push({ scenario: SCENARIO.exec(match[1] ?? '')?.[1] ?? null, line: number });
    }
  }
  return tags;
}
