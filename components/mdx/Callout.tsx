import type { ReactNode } from 'react';
import styles from './Callout.module.css';

export type CalloutKind = 'note' | 'tip' | 'warning' | 'definition';

const defaultTitles: Record<CalloutKind, string> = {
  note: '참고',
  tip: '팁',
  warning: '주의',
  definition: '용어',
};

/** An aside in the notes (the seed's blockquotes): a definition, a tip or a warning. */
export function Callout({
  kind = 'note',
  title,
  children,
}: {
  kind?: CalloutKind;
  title?: string;
  children: ReactNode;
}) {
  const safeKind: CalloutKind = kind in defaultTitles ? kind : 'note';
  return (
    <aside
      className={`${styles.callout} ${styles[safeKind]}`}
      aria-label={title ?? defaultTitles[safeKind]}
    >
      <p className={styles.title}>{title ?? defaultTitles[safeKind]}</p>
      <div className={styles.body}>{children}</div>
    </aside>
  );
}
