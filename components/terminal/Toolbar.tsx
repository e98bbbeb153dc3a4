'use client';
/**
 * The playground's controls under its terminal: undo, back to the start, the timeline, a share
 * link, export and import. Server-rendered disabled (same size), live once the machine is up.
 * What the buttons do is in toolbar-actions.ts; the history in Timeline.
 */
import { useRef } from 'react';
// Types only: the controller's code loads with the terminal, never with the page.
import type { PlaygroundController } from '@/lib/playground';
import { requestReset } from '@/components/playground/events';
import { Timeline } from './Timeline';
import { useToolbarActions, type ToolbarActions } from './toolbar-actions';
import styles from './Toolbar.module.css';

export interface ToolbarProps {
  scenario: string;
  controller: PlaygroundController | null;
  /** Korean status text shown under the buttons (a notice, an import error, "copied"). */
  status: string;
  onStatus(text: string): void;
  /** The full-screen mode (works before the machine is up too). */
  full: boolean;
  onFull(on: boolean): void;
}

export function Toolbar(props: ToolbarProps) {
  const { scenario, controller, status, onStatus } = props;
  const actions = useToolbarActions(controller, scenario, onStatus);
  return (
    <div className={styles.toolbar}>
      <Buttons {...props} actions={actions} />
      <p className={styles.status} role="status">
        {status}
      </p>
      {actions.link ? (
        <label className={styles.link}>
          <span>공유 링크</span>
          <input readOnly value={actions.link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
      <Timeline steps={controller?.timeline ?? []} />
    </div>
  );
}

type ButtonsProps = ToolbarProps & { actions: ToolbarActions };

/** Undo, back to the start, full screen; then the ones that take the playground elsewhere. */
function Buttons(props: ButtonsProps) {
  const { scenario, controller, full, onFull, actions } = props;
  const off = controller === null;
  return (
    <div className={styles.buttons} role="toolbar" aria-label="실습 도구">
      <button type="button" disabled={off || !controller.history.canUndo} onClick={actions.undo}>
        <span aria-hidden="true">↶ </span>되돌리기
      </button>
      <button type="button" disabled={off} onClick={() => requestReset(scenario)}>
        <span aria-hidden="true">↺ </span>처음부터
      </button>
      <button
        type="button"
        aria-pressed={full}
        aria-label="터미널 전체 화면"
        onClick={() => onFull(!full)}
      >
        <span aria-hidden="true">{full ? '↙ 원래 크기' : '↗ 전체 화면'}</span>
      </button>
      <span className={styles.spacer} />
      <ShareButtons {...props} />
    </div>
  );
}

/** A share link, export to a file, import from one (a hidden file input). */
function ShareButtons({ controller, actions }: ButtonsProps) {
  const file = useRef<HTMLInputElement>(null);
  const off = controller === null;
  const steps = controller?.timeline ?? [];
  return (
    <>
      <button type="button" disabled={off || steps.length === 0} onClick={actions.share}>
        공유 링크
      </button>
      <button type="button" disabled={off} onClick={actions.exportFile}>
        내보내기
      </button>
      <button type="button" disabled={off} onClick={() => file.current?.click()}>
        불러오기
      </button>
      <input
        ref={file}
        type="file"
        accept=".json,application/json"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => void actions.importFile(e.currentTarget)}
      />
    </>
  );
}
