import Link from 'next/link';
import type { SectionOutline } from './outline';
import styles from './Sidebar.module.css';

/** The notes' 목차 as navigation: every section and its subsections, in the notes' order. */
export function SectionNav({ outline, current }: { outline: SectionOutline[]; current?: string }) {
  return (
    <ol className={styles.list}>
      {outline.map((section, index) => {
        const active = section.slug === current;
        return (
          <li key={section.slug} className={styles.section}>
            <Link
              href={`/${section.slug}/`}
              className={styles.sectionLink}
              aria-current={active ? 'page' : undefined}
            >
              <span className={styles.number} aria-hidden="true">
                {index + 1}
              </span>
              {section.title}
            </Link>
            {section.headings.some((h) => h.depth === 2) ? (
              <ol className={styles.sublist}>
                {section.headings
                  .filter((h) => h.depth === 2)
                  .map((h) => (
                    <li key={h.id}>
                      <Link href={`/${section.slug}/#${h.id}`} className={styles.subLink}>
                        {h.text}
                      </Link>
                    </li>
                  ))}
              </ol>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function Sidebar({ outline, current }: { outline: SectionOutline[]; current: string }) {
  return (
    <>
      <nav className={styles.sidebar} aria-label="노트 목차">
        <SectionNav outline={outline} current={current} />
      </nav>
      <details className={styles.mobile}>
        <summary className={styles.summary}>목차</summary>
        <nav aria-label="노트 목차 (모바일)">
          <SectionNav outline={outline} current={current} />
        </nav>
      </details>
    </>
  );
}
