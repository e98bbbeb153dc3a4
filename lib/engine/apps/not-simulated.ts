/**
 * Where an image's tool meets something this simulation does not imitate, it says so in Korean
 * on stderr (red on a terminal, the terminal's error colour) instead of inventing a result.
 */
import type { Output } from '../process';

const RED = '\x1b[31m';
const RESET = '\x1b[0m';

/** `what` ends in a noun with a final consonant (명령, 옵션, 섹션, 부분), so 을 fits. */
export function notSimulated(stderr: Output, tty: boolean, tool: string, what: string): void {
  const text = `${tool}: 이 시뮬레이션은 ${what}을 흉내 내지 않습니다.`;
  stderr.write(tty ? `${RED}${text}${RESET}\n` : `${text}\n`);
}
