'use client';
/**
 * The full editor (Monaco) for wide screens with a fine pointer. One editor, one model per file
 * (each keeps its own undo history and scroll position while the reader switches tabs).
 */
import { useEffect, useRef } from 'react';
import { onThemeChange } from '@/components/site/theme';
import { applyTheme, languageOf, monaco, monoFont, setupMonaco, themeName } from './monaco';
import type { EditorViewProps } from './view';
import styles from './Editor.module.css';

type Editor = monaco.editor.IStandaloneCodeEditor;
type Model = monaco.editor.ITextModel;

/** Esc leaves the editor unless it closes one of Monaco's own widgets first. */
const ESCAPE_WHEN = '!findWidgetVisible && !editorHasMultipleSelections';

function createEditor(host: HTMLElement, label: string): Editor {
  setupMonaco();
  return monaco.editor.create(host, {
    model: null,
    theme: themeName(),
    ariaLabel: label,
    automaticLayout: true,
    minimap: { enabled: false },
    fontFamily: monoFont(),
    fontSize: 14,
    lineHeight: 21,
    lineNumbersMinChars: 3,
    folding: false,
    glyphMargin: false,
    overviewRulerLanes: 0,
    scrollBeyondLastLine: false,
    padding: { top: 8, bottom: 8 },
    scrollbar: { alwaysConsumeMouseWheel: false },
    renderLineHighlightOnlyWhenFocus: true,
  });
}

export default function MonacoView(props: EditorViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<Editor | null>(null);
  const models = useRef(new Map<string, Model>());
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  const applying = useRef(false);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const ed = createEditor(host.current!, latest.current.label);
    editor.current = ed;
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () =>
      latest.current.onSave(ed.getValue()),
    );
    ed.addCommand(monaco.KeyCode.Escape, () => latest.current.onEscape(), ESCAPE_WHEN);
    const subscriptions = [
      ed.onDidChangeModelContent(() => {
        if (!applying.current) latest.current.onChange(ed.getValue());
      }),
      ed.onDidFocusEditorText(() => latest.current.onFocus()),
    ];
    const stopTheme = onThemeChange(applyTheme);
    // The web fonts may arrive after the first measure.
    void document.fonts?.ready.then(() => monaco.editor.remeasureFonts());
    const owned = models.current;
    return () => {
      stopTheme();
      subscriptions.forEach((s) => s.dispose());
      ed.dispose();
      owned.forEach((m) => m.dispose());
      owned.clear();
      editor.current = null;
    };
  }, []);

  const { scenario, path, text, version, label } = props;
  // Typing runs ahead of React: the model is the truth, and only a new `version` (the file
  // was read again from the host) replaces its text.
  const applied = useRef(new Map<string, number>());
  useEffect(() => {
    const ed = editor.current;
    if (!ed) return;
    let model = models.current.get(path);
    if (!model) {
      const uri = monaco.Uri.from({ scheme: 'layerlab', authority: scenario, path });
      model = monaco.editor.createModel(text, languageOf(path), uri);
      models.current.set(path, model);
      applied.current.set(path, version);
    }
    const current = ed.getModel();
    if (current !== model) {
      if (current) viewStates.current.set(current.uri.path, ed.saveViewState());
      ed.setModel(model);
      ed.restoreViewState(viewStates.current.get(path) ?? null);
    }
    if (applied.current.get(path) !== version) {
      applied.current.set(path, version);
      if (model.getValue() !== text) {
        applying.current = true;
        model.setValue(text);
        applying.current = false;
      }
    }
    ed.updateOptions({ ariaLabel: label });
    // `text` is read only when `version` changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenario, path, version, label]);

  return <div ref={host} className={styles.monaco} data-editor-view="monaco" />;
}
