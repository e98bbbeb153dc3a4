import type { ReactNode } from 'react';
import { readOutline } from './outline';
import { PrevNext } from './PrevNext';
import { Sidebar } from './Sidebar';
import { Toc } from './Toc';
import styles from './DocPage.module.css';

/** A section page: notes navigation, the article, the on-page table of contents. */
export function DocPage({ slug, children }: { slug: string; children: ReactNode }) {
  const outline = readOutline();
  const index = outline.findIndex((s) => s.slug === slug);
  const section = outline[index];
  if (!section) throw new Error(`unknown section ${slug}`);
  return (
    <div className={styles.grid}>
      <Sidebar outline={outline} current={slug} />
      <main id="main" className={styles.main}>
        <article className={styles.article} data-pagefind-body>
          <p className={styles.eyebrow} data-pagefind-ignore="all">
            도커 볼륨과 마운트 · {index + 1}/{outline.length}
          </p>
          <h1 className={styles.title}>{section.title}</h1>
          <div className="prose">{children}</div>
        </article>
        <PrevNext prev={outline[index - 1]} next={outline[index + 1]} />
      </main>
      <Toc headings={section.headings} />
    </div>
  );
}
