'use client';
/**
 * The open editor: a tab per editable file, the path of the open one, the editor view and a
 * save button. Saving writes into the playground's host filesystem, so `docker build` and any
 * bind-mounted container see the new content at once. Enter in the terminal saves every unsaved
 * tab first (the controller's onBeforeEnter): a command never reads an older file than the one shown.
 * Loaded lazily by EditorSlot.
 */
import dynamic from 'next/dynamic';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { PlaygroundController } from '@/lib/playground';
import { usePlayground } from '@/components/playground/use-playground';
import { basename, displayPath } from './host-files';
import { panelIdOf, tabId, Tabs } from './Tabs';
import { TextView } from './TextView';
import { EditorWaiting } from './Waiting';
import { isModified } from './buffers';
import { useBuffers } from './useBuffers';
import type { EditorViewProps } from './view';
import styles from './Editor.module.css';

const MonacoView = dynamic(() => import('./MonacoView'), {
  ssr: false,
  loading: () => <EditorWaiting text="편집기를 불러오는 중입니다…" />,
});

/** Narrow or touch screens get the plain textarea; Monaco is never loaded there. */
const LIGHT_QUERY = '(max-width: 640px), (pointer: coarse)';

function useLightEditor(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(LIGHT_QUERY);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(LIGHT_QUERY).matches,
    () => true,
  );
}

/** File names when they are unique (the files of an exercise share a folder), paths otherwise. */
function tabLabels(files: readonly string[]): string[] {
  const names = files.map(basename);
  return new Set(names).size === names.length ? names : files.map(displayPath);
}

export interface EditorPanelProps {
  scenario: string;
  controller: PlaygroundController;
  files: readonly string[];
  /** Take the focus once shown (the reader opened the editor before the machine was up). */
  autoFocus: boolean;
}

type Notice = { error: boolean; text: string } | null;

export default function EditorPanel(props: EditorPanelProps) {
  const { files, controller } = props;
  const id = useId();
  const live = usePlayground(controller) ?? controller.getSnapshot();
  const { buffers, edit, refresh, save } = useBuffers(live.machine, files, live.version);
  /** A file was written into the host filesystem: one undo unit, saved. */
  const saved = (path: string, content: string) => controller.edited(path, content);
  const [active, setActive] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const light = useLightEditor();
  // Esc moves the focus here, after the editor, so the next Tab leaves it.
  const hint = useRef<HTMLParagraphElement>(null);
  const path = files[active] ?? files[0]!;
  const buffer = buffers[path];
  const labels = tabLabels(files);

  useEffect(() => {
    if (props.autoFocus) document.getElementById(tabId(id, 0))?.focus();
    // Only when the panel first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Back from another window or tab: an unmodified file may have changed meanwhile.
  const refreshActive = useRef(() => {});
  useEffect(() => {
    refreshActive.current = () => refresh(path);
  });
  useEffect(() => {
    const onFocus = () => refreshActive.current();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  // Enter in this playground's terminal: the unsaved tabs are saved before the line runs.
  const saveUnsaved = useRef(() => {});
  useEffect(() => {
    saveUnsaved.current = () => {
      const written: string[] = [];
      const errors: string[] = [];
      for (const file of files) {
        const b = buffers[file];
        if (!b || !isModified(b)) continue;
        const error = save(file, b.text);
        if (error) errors.push(error);
        else {
          written.push(displayPath(file));
          saved(file, b.text);
        }
      }
      if (errors.length > 0) setNotice({ error: true, text: errors.join(' ') });
      else if (written.length > 0)
        setNotice({
          error: false,
          text: `명령을 실행하기 전에 저장했습니다: ${written.join(', ')}`,
        });
    };
  });
  useEffect(() => controller.onBeforeEnter(() => saveUnsaved.current()), [controller]);

  const select = (index: number) => {
    setActive(index);
    setNotice(null);
    refresh(files[index]!);
  };
  const saveNow = (text?: string) => {
    const content = text ?? buffer?.text ?? '';
    const error = save(path, content);
    if (error) return setNotice({ error: true, text: error });
    setNotice({ error: false, text: `저장했습니다: ${displayPath(path)}` });
    saved(path, content);
  };

  const inputId = `${id}-input`;
  const view: EditorViewProps = {
    scenario: props.scenario,
    path,
    label: `${displayPath(path)} 편집`,
    inputId,
    text: buffer?.text ?? '',
    version: buffer?.version ?? 0,
    onChange: (text) => edit(path, text),
    onSave: saveNow,
    onEscape: () => hint.current?.focus(),
    onFocus: () => refresh(path),
  };
  const shown = displayPath(path);
  const where = shown.startsWith('/') ? shown : `~/diamol/${shown}`;
  const PathBar = light ? 'label' : 'p';
  return (
    <div className={styles.panel} data-editor-kind={light ? 'textarea' : 'monaco'}>
      <div className={styles.bar}>
        <Tabs
          id={id}
          active={active}
          onSelect={select}
          tabs={files.map((f, i) => ({
            path: f,
            label: labels[i]!,
            modified: isModified(buffers[f]),
          }))}
        />
        <button type="button" className={styles.save} onClick={() => saveNow()}>
          저장
        </button>
      </div>
      <div
        id={panelIdOf(id)}
        role="tabpanel"
        aria-labelledby={tabId(id, active)}
        className={styles.tabpanel}
      >
        <PathBar className={styles.path} htmlFor={light ? inputId : undefined} title={path}>
          {where.split('/').map((part, i, parts) => (
            <span key={i}>
              {part}
              {i < parts.length - 1 && '/'}
              <wbr />
            </span>
          ))}
          {buffer?.missing && (
            <span className={styles.muted}> (새 파일: 저장하면 만들어집니다)</span>
          )}
        </PathBar>
        {buffer?.error && <p className={styles.error}>{buffer.error}</p>}
        {light ? <TextView {...view} /> : <MonacoView {...view} />}
      </div>
      <p ref={hint} className={styles.hint} tabIndex={-1} data-editor-hint>
        {light
          ? 'Ctrl+S(⌘S) 또는 저장 버튼으로 호스트에 저장합니다. 터미널에서 명령을 실행하면 저장하지 않은 파일도 먼저 저장됩니다.'
          : 'Ctrl+S(⌘S)로 저장합니다. 터미널에서 명령을 실행하면 저장하지 않은 파일도 먼저 저장됩니다. Esc 다음 Tab으로 편집기 밖으로 나갑니다.'}
      </p>
      {notice?.error ? (
        <p className={styles.error} role="alert">
          {notice.text}
        </p>
      ) : (
        <p className={styles.status} role="status">
          {notice?.text}
        </p>
      )}
    </div>
  );
}
