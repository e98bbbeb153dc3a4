/** The stored form of one playground: its machine, its timeline, which exercise it belongs to. */
import type { MachineState } from '../machine';
import { parseSteps, type Step } from './steps';

export const SAVE_FORMAT = 'layerlab-playground';
export const SAVE_VERSION = 2;

export interface SavedPlayground {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  scenario: string;
  /** The seed the exercise started from (a share link replays from it). */
  seed: number;
  /** Everything done so far, oldest first. */
  timeline: Step[];
  /** The machine after the last step (restoreMachine validates it in depth). */
  state: MachineState;
}

export type ReadResult = { saved: SavedPlayground } | { notice: string } | null;

export const NOTICE_CORRUPT = '저장된 실습 상태를 읽을 수 없어 처음 상태로 다시 시작합니다.';
export const NOTICE_VERSION =
  '레이어랩이 바뀌어 예전에 저장한 실습 상태를 쓸 수 없습니다. 처음 상태로 다시 시작합니다.';
export const NOTICE_OTHER = '다른 실습의 저장 상태라서 처음 상태로 시작합니다.';

/** Parses and checks the envelope; null when nothing was saved. */
export function readSaved(text: string | null, scenario: string): ReadResult {
  if (text === null || text === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { notice: NOTICE_CORRUPT };
  }
  if (!value || typeof value !== 'object') return { notice: NOTICE_CORRUPT };
  const v = value as Record<string, unknown>;
  if (v.format !== SAVE_FORMAT) return { notice: NOTICE_CORRUPT };
  if (v.version !== SAVE_VERSION) return { notice: NOTICE_VERSION };
  if (v.scenario !== scenario) return { notice: NOTICE_OTHER };
  const timeline = parseSteps(v.timeline);
  if (!timeline || !Number.isSafeInteger(v.seed)) return { notice: NOTICE_CORRUPT };
  if (!v.state || typeof v.state !== 'object') return { notice: NOTICE_CORRUPT };
  return { saved: { ...(value as SavedPlayground), timeline } };
}

export function writeSaved(
  scenario: string,
  seed: number,
  timeline: readonly Step[],
  state: MachineState | string,
): string {
  const saved: Omit<SavedPlayground, 'state'> = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenario,
    seed,
    timeline: [...timeline],
  };
  // The machine's JSON is often already at hand (the undo stack keeps it): not stringified again.
  const json = typeof state === 'string' ? state : JSON.stringify(state);
  return `${JSON.stringify(saved).slice(0, -1)},"state":${json}}`;
}
