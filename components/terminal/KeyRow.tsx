'use client';
/**
 * Keys a phone's keyboard lacks, in a row under the terminal on touch and narrow screens. While
 * the terminal has the focus and the on-screen keyboard is up, the row sits just above the
 * keyboard. Each key sends what the real key sends; pressing one leaves the focus where it was,
 * so the keyboard stays open.
 */
import { useEffect, useState } from 'react';
import { CTRL_C, KEY_DATA } from '@/lib/terminal/key-data';
import styles from './KeyRow.module.css';

const KEYS: readonly { text: string; label: string; data: string }[] = [
  { text: 'Tab', label: 'Tab: 자동 완성', data: KEY_DATA.Tab },
  { text: 'Ctrl-C', label: 'Ctrl-C: 실행 중인 명령 중단', data: CTRL_C },
  { text: '↑', label: '이전 명령', data: KEY_DATA.ArrowUp },
  { text: '↓', label: '다음 명령', data: KEY_DATA.ArrowDown },
  { text: 'Esc', label: 'Esc', data: KEY_DATA.Escape },
  { text: '→ 제안', label: '제안 넣기 (→)', data: KEY_DATA.ArrowRight },
];

export interface KeyRowProps {
  /** The terminal's box (the row follows the keyboard only while the focus is inside it). */
  box: React.RefObject<HTMLElement | null>;
  send(data: string): void;
}

export function KeyRow({ box, send }: KeyRowProps) {
  const [keyboard, setKeyboard] = useState(0);

  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const update = () => {
      const covered = window.innerHeight - viewport.height - viewport.offsetTop;
      const inside = !!box.current?.contains(document.activeElement);
      setKeyboard(inside && covered > 80 ? covered : 0);
    };
    viewport.addEventListener('resize', update);
    viewport.addEventListener('scroll', update);
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    return () => {
      viewport.removeEventListener('resize', update);
      viewport.removeEventListener('scroll', update);
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
    };
  }, [box]);

  return (
    <div
      className={styles.row}
      role="toolbar"
      aria-label="터미널 보조 키"
      data-pinned={keyboard > 0 ? '' : undefined}
      style={keyboard > 0 ? { bottom: `${keyboard}px` } : undefined}
    >
      {KEYS.map((key) => (
        <button
          key={key.text}
          type="button"
          aria-label={key.label}
          // Keep the focus (and the phone's keyboard) in the terminal.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => send(key.data)}
        >
          {key.text}
        </button>
      ))}
    </div>
  );
}
