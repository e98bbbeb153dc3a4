/** The open editor's smaller parts: the path of the open file, the hint, the last notice. */
import type { Ref } from 'react';
import type { Buffer } from './buffers';
import { displayPath } from './host-files';
import type { Notice } from './save-unsaved';
import styles from './Editor.module.css';

export interface PathBarProps {
  path: string;
  buffer: Buffer | undefined;
  /** The plain editor: the bar is its visible label. */
  light: boolean;
  inputId: string;
}

/** The open file's path (in the learner's folder when it is there), breakable at each '/'. */
export function PathBar({ path, buffer, light, inputId }: PathBarProps) {
  const shown = displayPath(path);
  const where = shown.startsWith('/') ? shown : `~/diamol/${shown}`;
  const Bar = light ? 'label' : 'p';
  return (
    <Bar className={styles.path} htmlFor={light ? inputId : undefined} title={path}>
      {where.split('/').map((part, i, parts) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && '/'}
          <wbr />
        </span>
      ))}
      {buffer?.missing && <span className={styles.muted}> (새 파일: 저장하면 만들어집니다)</span>}
    </Bar>
  );
}

/** How to save and leave; Esc in the editor moves the focus here. */
export function EditorHint({ light, ref }: { light: boolean; ref: Ref<HTMLParagraphElement> }) {
  return (
    <p ref={ref} className={styles.hint} tabIndex={-1} data-editor-hint>
      {light
        ? 'Ctrl+S(⌘S) 또는 저장 버튼으로 호스트에 저장합니다. 터미널에서 명령을 실행하면 저장하지 않은 파일도 먼저 저장됩니다.'
        : 'Ctrl+S(⌘S)로 저장합니다. 터미널에서 명령을 실행하면 저장하지 않은 파일도 먼저 저장됩니다. Esc 다음 Tab으로 편집기 밖으로 나갑니다.'}
    </p>
  );
}

/** The last save's outcome: an alert for an error, a status otherwise (always present). */
export function EditorNotice({ notice }: { notice: Notice }) {
  return notice?.error ? (
    <p className={styles.error} role="alert">
      {notice.text}
    </p>
  ) : (
    <p className={styles.status} role="status">
      {notice?.text}
    </p>
  );
}
