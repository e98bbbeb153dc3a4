'use client';
/**
 * The playground's controls under its terminal: undo, back to the start, the timeline, a share
 * link, export and import. Server-rendered disabled (same size), live once the machine is up.
 */
import { useId, useRef, useState } from 'react';
// Types only: the controller's code loads with the terminal, never with the page.
import type { PlaygroundController, Step } from '@/lib/playground';
import { requestReset } from '@/components/playground/events';
import { DETACH_KEYS } from '@/lib/machine';
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
  const file = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState('');
  const timelineId = useId();
  const off = controller === null;
  const steps = controller?.timeline ?? [];

  async function undo() {
    if (!controller) return;
    if (controller.busy)
      return onStatus('명령이 끝나고 호스트 프롬프트로 돌아온 뒤에 되돌릴 수 있습니다.');
    onStatus((await controller.undo()) ? '' : '더 되돌릴 명령이 없습니다.');
  }

  async function share() {
    if (!controller) return;
    const url = `${location.origin}${location.pathname}#${controller.shareFragment()}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      onStatus(
        `공유 링크를 복사했습니다 (${url.length}자). 링크를 연 사람의 화면에서 같은 명령이 다시 실행됩니다.`,
      );
    } catch {
      onStatus('아래 공유 링크를 선택해 복사하세요.');
    }
  }

  function exportFile() {
    if (!controller) return;
    const blob = new Blob([controller.exportText()], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `layerlab-${scenario}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
    onStatus(`실습을 파일 ${a.download}로 내보냈습니다.`);
  }

  async function importFile(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    input.value = '';
    if (!controller || !chosen) return;
    const notice = await controller.importText(await chosen.text());
    onStatus(notice ?? `${chosen.name}에서 실습을 불러왔습니다.`);
  }

  return (
    <div className={styles.toolbar}>
      <div className={styles.buttons} role="toolbar" aria-label="실습 도구">
        <button type="button" disabled={off || !controller.history.canUndo} onClick={undo}>
          <span aria-hidden="true">↶ </span>되돌리기
        </button>
        <button type="button" disabled={off} onClick={() => requestReset(scenario)}>
          <span aria-hidden="true">↺ </span>처음부터
        </button>
        <button
          type="button"
          aria-pressed={props.full}
          aria-label="터미널 전체 화면"
          onClick={() => props.onFull(!props.full)}
        >
          <span aria-hidden="true">{props.full ? '↙ 원래 크기' : '↗ 전체 화면'}</span>
        </button>
        <span className={styles.spacer} />
        <button type="button" disabled={off || steps.length === 0} onClick={share}>
          공유 링크
        </button>
        <button type="button" disabled={off} onClick={exportFile}>
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
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      <p className={styles.status} role="status">
        {status}
      </p>
      {link ? (
        <label className={styles.link}>
          <span>공유 링크</span>
          <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
      <details className={styles.timeline} aria-describedby={timelineId}>
        <summary>
          명령 기록 <span id={timelineId}>({steps.length})</span>
        </summary>
        {steps.length === 0 ? (
          <p>아직 실행한 명령이 없습니다.</p>
        ) : (
          <ol aria-label="명령 기록">
            {steps.map((step, i) => (
              <li key={i} data-depth={'edit' in step ? undefined : step.depth}>
                <code>{stepText(step)}</code>
              </li>
            ))}
          </ol>
        )}
      </details>
    </div>
  );
}

function stepText(step: Step): string {
  if ('edit' in step) return `(편집기에서 저장) ${step.edit}`;
  if (step.line === DETACH_KEYS) return '(Ctrl-P Ctrl-Q: 컨테이너에서 빠져나옴)';
  return step.interrupted ? `${step.line}  ^C` : step.line;
}
