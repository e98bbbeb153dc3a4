import Link from 'next/link';
import type { Section } from '@/content/sections';
import styles from './PrevNext.module.css';

export function PrevNext({ prev, next }: { prev?: Section; next?: Section }) {
  if (!prev && !next) return null;
  return (
    <nav className={styles.nav} aria-label="이전 글, 다음 글">
      {prev ? (
        <Link href={`/${prev.slug}/`} className={styles.link} rel="prev">
          <span className={styles.label}>이전</span>
          <span className={styles.title}>{prev.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/${next.slug}/`} className={`${styles.link} ${styles.next}`} rel="next">
          <span className={styles.label}>다음</span>
          <span className={styles.title}>{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
