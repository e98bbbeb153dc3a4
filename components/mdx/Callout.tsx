import type { ReactNode } from 'react';
import styles from './Callout.module.css';

export type CalloutKind = 'note' | 'tip' | 'warning' | 'pitfall' | 'definition' | 'learn' | 'recap';

const defaultTitles: Record<CalloutKind, string> = {
  note: '참고',
  tip: '팁',
  warning: '주의',
  pitfall: '함정',
  definition: '용어',
  learn: '이 페이지에서 배울 내용',
  recap: '정리',
};

/**
 * An aside in the notes: a definition, a tip, a warning, a pitfall (a mistake people really make),
 * and the page's opening list (learn) and closing recap, as react.dev's Learn pages have them.
 */
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
