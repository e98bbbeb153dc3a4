'use client';

import { requestRun } from '@/components/playground/events';

/**
 * "▶ 실행": types the block's commands into the terminal of the next playground on the page (the
 * one that ends this subsection) and runs them; the reader sees them as if typed.
 */
export function RunButton({ className }: { className?: string }) {
  function run(event: React.MouseEvent<HTMLButtonElement>) {
    const block = event.currentTarget.closest('[data-code-block]');
    const pre = block?.querySelector('pre');
    if (!block || !pre) return;
    const target = [...document.querySelectorAll<HTMLElement>('[data-playground]')].find(
      (el) => block.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    if (!target) return;
    const lines = (pre.textContent ?? '').split('\n').filter((l) => l.trim() !== '');
    target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    requestRun({ scenario: target.dataset.playground ?? '', lines });
  }

  return (
    <button
      type="button"
      className={className}
      onClick={run}
      aria-label="이 명령을 아래 실습 터미널에서 실행"
    >
      ▶ 실행
    </button>
  );
}
