/** How the command history shows a step (pure; step-text.test.ts). */
import type { Step } from '@/lib/playground';
import { DETACH_KEYS } from '@/lib/terminal/key-data';

export function stepText(step: Step): string {
  if ('edit' in step) return `(편집기에서 저장) ${step.edit}`;
  if (step.line === DETACH_KEYS) return '(Ctrl-P Ctrl-Q: 컨테이너에서 빠져나옴)';
  return step.interrupted ? `${step.line}  ^C` : step.line;
}
