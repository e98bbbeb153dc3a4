import type { ReactNode } from 'react';
import styles from './DeepDive.module.css';

/**
 * Optional depth, folded by default (react.dev's "Deep Dive"): a native <details>, so it opens
 * from the keyboard and without JavaScript, and its text is in the page for search.
 */
export function DeepDive({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className={styles.deepDive}>
      <summary className={styles.summary}>
        <span className={styles.label}>더 깊이</span> {title}
      </summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
