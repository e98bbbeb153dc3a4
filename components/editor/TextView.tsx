'use client';
/** The light editor for narrow and touch screens: a plain, labelled textarea. */
import type { EditorViewProps } from './view';
import { isSaveKey } from './view';
import styles from './Editor.module.css';

export function TextView(props: EditorViewProps) {
  return (
    <textarea
      id={props.inputId}
      className={styles.textarea}
      value={props.text}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      autoComplete="off"
      wrap="off"
      data-editor-view="textarea"
      onChange={(e) => props.onChange(e.target.value)}
      onFocus={props.onFocus}
      onKeyDown={(e) => {
        if (isSaveKey(e)) {
          e.preventDefault();
          props.onSave(e.currentTarget.value);
        } else if (e.key === 'Escape') {
          props.onEscape();
        }
      }}
    />
  );
}
