/**
 * The terminal before it is live: the prompt with the suggested first command in grey, or the
 * lines typed so far (they run once the terminal is live).
 */
import styles from './Preview.module.css';

export interface PreviewProps {
  prompt: string;
  suggestion: string;
  /** Lines typed so far, the last one being edited; none: nothing typed yet. */
  lines: readonly string[];
  /** An IME composition in progress (shown after the last line). */
  composing: string;
  /** The preview's text field has the focus: show a cursor. */
  cursor: boolean;
}

export function Preview({ prompt, suggestion, lines, composing, cursor }: PreviewProps) {
  const typed = lines.length > 0 ? lines : [''];
  const mark = cursor ? <span className={styles.cursor} aria-hidden="true" /> : null;
  return (
    <pre className={styles.screen}>
      <code>
        {typed.map((line, i) => (
          <span key={i}>
            {i > 0 ? '\n' : null}
            <span className={styles.prompt}>{prompt}</span>
            {i < typed.length - 1 ? line : null}
          </span>
        ))}
        {lines.length === 0 && composing === '' ? (
          <>
            {mark}
            <span className={styles.suggestion}>{suggestion}</span>
          </>
        ) : (
          <>
            {typed.at(-1)! + composing}
            {mark}
          </>
        )}
      </code>
    </pre>
  );
}
