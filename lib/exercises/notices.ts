/** Notices shared by several exercises (see Notice in model.ts). */
import type { Notice } from './model';
import type { ExerciseState } from './state';

/** `$name` and `${name}` references in a line (not `$(…)`, `$?`, `$1`). */
const variables = (line: string) =>
  [...line.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)].map((m) => m[1]!);

/** Whether the line uses a shell variable that is unset or empty. */
export const usesEmptyVariable = (s: ExerciseState, line: string) =>
  variables(line).some((v) => (s.shellVar(v) ?? '') === '');

/**
 * The prose sets `source=… && target=…` in one line and uses `$source`, `$target` in the next;
 * a learner who types only the second gets Docker's terse error about an empty spec.
 */
export function emptyVariable(example: string): Notice {
  return {
    id: 'empty-variable',
    example: [example],
    detect: (s, line) => /\bdocker\b/.test(line) && usesEmptyVariable(s, line),
    text: "이 줄에 쓴 셸 변수(`$target`, `$source` 같은 것)가 비어 있어서, 도커는 경로가 빠진 마운트를 받고 오류를 냈습니다. 본문은 바로 앞 줄(예: `target='/data'`)에서 변수를 정해 두므로, 그 줄을 이 터미널에서 먼저 실행하거나 변수 대신 경로를 직접 적으세요(예: `-v todo-list:/data`).",
  };
}
