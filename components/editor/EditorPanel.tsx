'use client';
/**
 * The open editor: a tab per editable file, the path of the open one, the editor view and a
 * save button. Saving writes into the playground's host filesystem, so `docker build` and any
 * bind-mounted container see the new content at once. Enter in the terminal saves every unsaved
 * tab first (the controller's onBeforeEnter): a command never reads an older file than the one shown.
 * Loaded lazily by EditorSlot.
 *
 * The parts: the page hooks (use-editor-hooks), the save before Enter (save-unsaved.ts, pure),
 * the path bar, hint and notice (EditorParts), the tabs (Tabs) and the two views.
 */
import dynamic from 'next/dynamic';
import { useId, useRef, useState } from 'react';
import type { PlaygroundController } from '@/lib/playground';
import { usePlayground } from '@/components/playground/use-playground';
import { isModified } from './buffers';
import { EditorHint, EditorNotice, PathBar } from './EditorParts';
import { basename, displayPath } from './host-files';
import { saveUnsaved, type Notice } from './save-unsaved';
import { panelIdOf, tabId, Tabs } from './Tabs';
import { TextView } from './TextView';
import {
  useBeforeEnter,
  useFirstFocus,
  useLightEditor,
  useRefreshOnFocus,
} from './use-editor-hooks';
import { useBuffers } from './useBuffers';
import type { EditorViewProps } from './view';
import { EditorWaiting } from './Waiting';
import styles from './Editor.module.css';

const MonacoView = dynamic(() => import('./MonacoView'), {
  ssr: false,
  loading: () => <EditorWaiting text="편집기를 불러오는 중입니다…" />,
});

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

export default function EditorPanel(props: EditorPanelProps) {
  const { files, controller } = props;
  const id = useId();
  const editor = useEditorFiles(controller, files);
  const { path, buffer, light } = editor;
  useFirstFocus(id, props.autoFocus);
  // Esc moves the focus here, after the editor, so the next Tab leaves it.
  const hint = useRef<HTMLParagraphElement>(null);
  const inputId = `${id}-input`;
  const view: EditorViewProps = {
    ...viewProps(props.scenario, inputId, editor),
    onEscape: () => hint.current?.focus(),
  };
  return (
    <div className={styles.panel} data-editor-kind={light ? 'textarea' : 'monaco'}>
      <div className={styles.bar}>
        <Tabs id={id} active={editor.active} onSelect={editor.select} tabs={editor.tabs} />
        <button type="button" className={styles.save} onClick={() => editor.saveNow()}>
          저장
        </button>
      </div>
      <div
        id={panelIdOf(id)}
        role="tabpanel"
        aria-labelledby={tabId(id, editor.active)}
        className={styles.tabpanel}
      >
        <PathBar path={path} buffer={buffer} light={light} inputId={inputId} />
        {buffer?.error && <p className={styles.error}>{buffer.error}</p>}
        {light ? <TextView {...view} /> : <MonacoView {...view} />}
      </div>
      <EditorHint light={light} ref={hint} />
      <EditorNotice notice={editor.notice} />
    </div>
  );
}

/** What the editor view (Monaco or the textarea) gets for the open file. */
function viewProps(
  scenario: string,
  inputId: string,
  editor: ReturnType<typeof useEditorFiles>,
): Omit<EditorViewProps, 'onEscape'> {
  const { path, buffer } = editor;
  return {
    ...{ scenario, path, inputId },
    label: `${displayPath(path)} 편집`,
    text: buffer?.text ?? '',
    version: buffer?.version ?? 0,
    onChange: (text) => editor.edit(path, text),
    onSave: editor.saveNow,
    onFocus: () => editor.refresh(path),
  };
}

/** The panel's files: the open tab, the buffers, saving (now, and before Enter) and its notice. */
function useEditorFiles(controller: PlaygroundController, files: readonly string[]) {
  const live = usePlayground(controller) ?? controller.getSnapshot();
  const { buffers, edit, refresh, save } = useBuffers(live.machine, files, live.version);
  const [active, setActive] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const light = useLightEditor();
  const path = files[active] ?? files[0]!;
  const buffer = buffers[path];
  /** Writes into the host filesystem; written: one undo unit, saved. */
  const write = (file: string, content: string) => {
    const error = save(file, content);
    if (!error) controller.edited(file, content);
    return error;
  };
  useRefreshOnFocus(() => refresh(path));
  useBeforeEnter(controller, () => {
    const said = saveUnsaved(files, buffers, write);
    if (said) setNotice(said);
  });
  const select = (index: number) => {
    setActive(index);
    setNotice(null);
    refresh(files[index]!);
  };
  const saveNow = (text?: string) => {
    const error = write(path, text ?? buffer?.text ?? '');
    setNotice(
      error
        ? { error: true, text: error }
        : { error: false, text: `저장했습니다: ${displayPath(path)}` },
    );
  };
  const labels = tabLabels(files);
  const tabs = files.map((f, i) => ({
    path: f,
    label: labels[i]!,
    modified: isModified(buffers[f]),
  }));
  return { path, buffer, light, active, notice, tabs, select, saveNow, edit, refresh };
}
