'use client';
/**
 * The playground's file editor (Dockerfile and host files). The page ships only this button;
 * the editor itself (tabs, saving, a plain textarea) is a lazy chunk loaded when the reader
 * opens it, and Monaco a further chunk loaded only on wide, fine-pointer screens.
 */
import dynamic from 'next/dynamic';
import { useId, useState } from 'react';
import { LoadBoundary } from '@/components/site/LoadBoundary';
import type { PlaygroundController } from '@/lib/playground';
import { usePlayground } from '@/components/playground/use-playground';
import styles from './Editor.module.css';
import { EditorWaiting } from './Waiting';

export interface EditorSlotProps {
  scenario: string;
  /** The playground, once it is live. */
  controller: PlaygroundController | null;
  /** The exercise's editable files (absolute host paths). */
  files: readonly string[];
  /** Starts the playground (when the reader opens the editor before the terminal is up). */
  activate(): void;
}

const EditorPanel = dynamic(() => import('./EditorPanel'), {
  ssr: false,
  loading: () => <EditorWaiting text="편집기를 불러오는 중입니다…" />,
});

export function EditorSlot(props: EditorSlotProps) {
  const { files, controller } = props;
  const machine = usePlayground(controller)?.machine ?? null;
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  // Opened before the machine was up: the terminal takes the focus when it starts, so the
  // editor takes it back once it can show the files.
  const [early, setEarly] = useState(false);
  const panelId = useId();
  if (files.length === 0) return null;

  const toggle = () => {
    if (!open && !machine) {
      setEarly(true);
      props.activate();
    }
    setMounted(true);
    setOpen(!open);
  };
  const names = files.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ');
  return (
    <div className={styles.slot} data-editor={open ? (machine ? 'open' : 'waiting') : 'closed'}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={mounted ? panelId : undefined}
        onClick={toggle}
      >
        <span className={styles.toggleLabel}>{open ? '편집기 닫기' : '편집기 열기'}</span>
        <span className={styles.toggleFiles}>파일 편집: {names}</span>
      </button>
      {mounted && (
        <div id={panelId} hidden={!open}>
          {controller && machine ? (
            <LoadBoundary what="편집기">
              <EditorPanel
                scenario={props.scenario}
                controller={controller}
                files={files}
                autoFocus={early}
              />
            </LoadBoundary>
          ) : (
            <EditorWaiting text="실습 머신을 준비하고 있습니다…" />
          )}
        </div>
      )}
    </div>
  );
}
