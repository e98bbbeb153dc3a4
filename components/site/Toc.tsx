import type { SectionOutline } from './outline';
import styles from './Toc.module.css';

/** "이 페이지에서": the page's own headings, for jumping within a long section. */
export function Toc({ headings }: { headings: SectionOutline['headings'] }) {
  if (headings.length === 0) return null;
  return (
    <nav className={styles.toc} aria-label="이 페이지의 목차">
      <p className={styles.title}>이 페이지에서</p>
      <ol className={styles.list}>
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? styles.nested : undefined}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
