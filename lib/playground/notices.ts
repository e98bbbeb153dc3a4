/** What the playground tells the reader when its machine changes (Korean). */
import { NOTICE_OTHER, NOTICE_VERSION } from './saved';
import type { Step } from './steps';

export const NOTICE_RESTORE_FAILED =
  '저장된 실습 상태를 되살리지 못해 처음 상태로 다시 시작합니다.';
export const NOTICE_IMPORT_FAILED = '레이어랩 실습 파일이 아니라서 불러오지 못했습니다.';
export const NOTICE_IMPORT_OLD = '예전 레이어랩에서 내보낸 파일이라 불러오지 못했습니다.';
export const NOTICE_IMPORT_OTHER = '다른 실습에서 내보낸 파일이라 불러오지 못했습니다.';

const DIM = '\x1b[2m';
const RESET = '\x1b[0m';
const note = (text: string) => `\r\n${DIM}[${text}]${RESET}\r\n`;

/** The unit's host command (a `docker exec -it` unit ends with it) or its editor save. */
function unitName(steps: readonly Step[]): string {
  const main = steps.find((s) => 'edit' in s || s.depth === undefined) ?? steps[0];
  if (!main) return '';
  return 'edit' in main ? `편집기 저장 ${main.edit}` : main.line.split('\n')[0]!;
}

/** Lines written into the terminal (dim, in brackets) before the new prompt. */
export const terminalNote = {
  restored: (steps: number) =>
    note(
      steps === 0
        ? '저장된 실습 상태를 불러왔습니다'
        : `저장된 실습 상태를 불러왔습니다: 지금까지 ${steps}단계`,
    ),
  reset: note('처음 상태로 돌아왔습니다'),
  undone: (steps: readonly Step[]) => note(`되돌렸습니다: ${unitName(steps)}`),
  imported: note('실습 파일을 불러왔습니다'),
};

/** Why an exported file cannot be imported (readSaved's notice, said for a file). */
export function importNotice(readNotice: string): string {
  if (readNotice === NOTICE_VERSION) return NOTICE_IMPORT_OLD;
  if (readNotice === NOTICE_OTHER) return NOTICE_IMPORT_OTHER;
  return NOTICE_IMPORT_FAILED;
}
