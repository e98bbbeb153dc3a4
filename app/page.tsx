import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMetadata } from '@/components/site/metadata';
import { sitePage } from '@/components/site/pages';
import { readOutline } from '@/components/site/outline';
import { readPageExercises } from '@/components/progress/exercises';
import { HomeProgress } from '@/components/progress/HomeProgress';
import { ExerciseMark, SectionProgress } from '@/components/progress/SectionProgress';
import styles from './home.module.css';

export const metadata: Metadata = pageMetadata(sitePage('/'));

export default function HomePage() {
  const outline = readOutline();
  const exercises = readPageExercises();
  const allExercises = outline.flatMap((s) => exercises[s.slug]?.scenarios ?? []);
  return (
    <main id="main" className={styles.main}>
      <section className={styles.hero}>
        <p className={styles.kicker}>도커 교과서 6장 · 도커 볼륨과 마운트</p>
        <h1 className={styles.title}>
          도커는 데이터를 어디에 저장할까요?
          <br />
          레이어를 직접 보면서 배워 봅시다.
        </h1>
        <p className={styles.lead}>
          이미지 레이어와 컨테이너마다 하나씩 생기는 기록 가능 레이어를 합치는 유니언 파일 시스템,
          기록 중 복사(copy-on-write), 그 위에 얹히는 볼륨, 바인드 마운트, tmpfs 마운트까지. 노트를
          읽고, 설치도 로그인도 없이 브라우저 안의 실습으로 확인합니다.
        </p>
        <Link href={`/${outline[0]?.slug ?? ''}/`} className={styles.start}>
          첫 장부터 읽기
        </Link>
        <Link href="/playground/" className={styles.secondary}>
          자유 실습장 열기
        </Link>
      </section>

      <section aria-labelledby="toc-title" className={styles.tocSection}>
        <div className={styles.tocHeader}>
          <h2 id="toc-title" className={styles.tocTitle}>
            목차
          </h2>
          <HomeProgress ids={allExercises} />
        </div>
        <ol className={styles.toc}>
          {outline.map((section, index) => {
            const page = exercises[section.slug];
            return (
              <li key={section.slug} className={styles.card}>
                <Link href={`/${section.slug}/`} className={styles.cardLink}>
                  <span className={styles.cardNumber} aria-hidden="true">
                    {String(index + 1).padStart(2, '0')}
                  </span>
                  <span className={styles.cardTitle}>{section.title}</span>
                </Link>
                <p className={styles.cardText}>{section.description}</p>
                {page && page.scenarios.length > 0 ? (
                  <SectionProgress ids={page.scenarios} className={styles.cardProgress} />
                ) : null}
                {section.headings.some((h) => h.depth === 2) ? (
                  <ol className={styles.subs}>
                    {section.headings
                      .filter((h) => h.depth === 2)
                      .map((h) => (
                        <li key={h.id}>
                          <Link href={`/${section.slug}/#${h.id}`}>{h.text}</Link>
                          {page?.byHeading[h.id] ? (
                            <ExerciseMark scenario={page.byHeading[h.id]!} />
                          ) : null}
                        </li>
                      ))}
                  </ol>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </main>
  );
}
