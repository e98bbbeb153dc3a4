/**
 * The exercises' catalog: one entry per subsection's `<Playground scenario="..." />`, derived
 * from the scenarios themselves (scenarios/index.ts), so a title or first command cannot drift.
 *
 * Invariant: every `scenario` named in content/*.mdx is an id here, and every id here is used by
 * exactly one page (checked by `npm run check:content`). The server-rendered placeholder shows
 * the title and the exercise's first command (its reference solution's first line).
 */
import { scenarios } from './scenarios';
export { scenarios };

export type ScenarioStatus = 'placeholder' | 'ready';

export interface ScenarioEntry {
  /** Stable ASCII id used in MDX. */
  id: string;
  /** Korean title shown above the playground. */
  title: string;
  /** The first command of the exercise, exactly as the reader will type it. */
  firstCommand: string;
  status: ScenarioStatus;
}

export const scenarioCatalog: readonly ScenarioEntry[] = scenarios.map((s) => ({
  id: s.id,
  title: s.title,
  firstCommand: s.solution[0] ?? '',
  status: 'ready',
}));

export function findScenario(id: string): ScenarioEntry | undefined {
  return scenarioCatalog.find((s) => s.id === id);
}
