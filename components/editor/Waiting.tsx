import styles from './Editor.module.css';

/** The editor's place while something loads, at the editor's height so nothing jumps. */
export function EditorWaiting({ text }: { text: string }) {
  return (
    <div className={styles.waiting} role="status">
      {text}
    </div>
  );
}
