import Link from 'next/link';
import { ExerciseMark, SectionProgress } from '@/components/progress/SectionProgress';
import { readPageExercises, type PageExercises } from '@/components/progress/exercises';
import type { SectionOutline } from './outline';
import styles from './Sidebar.module.css';

/**
 * The notes' 목차 as navigation: every section and its subsections, in the notes' order, with
 * the reader's progress (exercises done per page, a tick per completed subsection exercise).
 */
export function SectionNav({
  outline,
  current,
  exercises = readPageExercises(),
}: {
  outline: SectionOutline[];
  current?: string;
  exercises?: Record<string, PageExercises>;
}) {
  return (
    <ol className={styles.list}>
      {outline.map((section, index) => {
        const active = section.slug === current;
        const page = exercises[section.slug];
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
            {page && page.scenarios.length > 0 ? (
              <SectionProgress ids={page.scenarios} className={styles.progress} />
            ) : null}
            {section.headings.some((h) => h.depth === 2) ? (
              <ol className={styles.sublist}>
                {section.headings
                  .filter((h) => h.depth === 2)
                  .map((h) => {
                    const scenario = page?.byHeading[h.id];
                    return (
                      <li key={h.id} className={styles.subItem}>
                        <Link href={`/${section.slug}/#${h.id}`} className={styles.subLink}>
                          {h.text}
                        </Link>
                        {scenario ? <ExerciseMark scenario={scenario} /> : null}
                      </li>
                    );
                  })}
              </ol>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function Sidebar({ outline, current }: { outline: SectionOutline[]; current: string }) {
  const exercises = readPageExercises();
  return (
    <>
      <nav className={styles.sidebar} aria-label="노트 목차">
        <SectionNav outline={outline} current={current} exercises={exercises} />
      </nav>
      <details className={styles.mobile}>
        <summary className={styles.summary}>목차</summary>
        <nav aria-label="노트 목차 (모바일)">
          <SectionNav outline={outline} current={current} exercises={exercises} />
        </nav>
      </details>
    </>
  );
}
