import { findScenario } from '@/lib/exercises/catalog';
import styles from './Playground.module.css';

/** The prompt of the host shell, as the live terminal will show it. */
export const HOST_PROMPT = 'learner@host:~/diamol$ ';

/**
 * A subsection's exercise. Server-rendered, it already shows the exercise's title and first
 * command, so the page's first paint has real content and nothing jumps when the live terminal
 * (a later, lazily loaded client component) takes its place.
 */
export function Playground({ scenario }: { scenario: string }) {
  const entry = findScenario(scenario);
  if (!entry) {
    return (
      <div className={styles.playground} role="alert">
        <p className={styles.missing}>알 수 없는 실습입니다: {scenario}</p>
      </div>
    );
  }
  return (
    <section
      className={styles.playground}
      aria-labelledby={`playground-${entry.id}`}
      data-playground={entry.id}
      data-status={entry.status}
    >
      <header className={styles.header}>
        <span className={styles.badge}>실습</span>
        <h3 id={`playground-${entry.id}`} className={styles.title}>
          {entry.title}
        </h3>
      </header>
      <div className={styles.terminal} aria-label="실습 터미널 미리 보기">
        <pre className={styles.screen}>
          <code>
            <span className={styles.prompt}>{HOST_PROMPT}</span>
            {entry.firstCommand}
          </code>
        </pre>
      </div>
      <p className={styles.note}>
        브라우저 안에서 도는 실습 터미널을 준비하고 있습니다. 준비가 끝나면 이 자리에서 위 명령부터
        바로 입력해 볼 수 있습니다.
      </p>
    </section>
  );
}
