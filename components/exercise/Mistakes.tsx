/**
 * The known wrong answers met so far in an exercise, newest first, each with its explanation.
 * The list lives in saved progress, so the next command does not erase an explanation; it goes
 * with the exercise's reset. The ones the last line made stand out.
 */
import { useId } from 'react';
import type { WrongAnswer } from '@/lib/exercises';
import { inlineCode } from './GoalList';
import styles from './Goals.module.css';

export function Mistakes(props: {
  /** The scenario's wrong answers (ids the data no longer has are skipped). */
  known: readonly WrongAnswer[];
  /** Ids met so far, newest first. */
  ids: readonly string[];
  /** Ids the last line made. */
  latest: readonly string[];
}) {
  const id = useId();
  const byId = new Map(props.known.map((w) => [w.id, w]));
  const met = props.ids.flatMap((id) => byId.get(id) ?? []);
  return (
    <div className={styles.mistakes} data-mistakes={met.length}>
      {met.length > 0 ? (
        <h4 className={styles.mistakesTitle} id={id}>
          지금까지 만난 실수 {met.length}개 (최근 것부터)
        </h4>
      ) : null}
      {/* Polite: a mistake added at the top is read out; the others stay quiet. */}
      <ol aria-live="polite" aria-labelledby={met.length > 0 ? id : undefined}>
        {met.map((w) => (
          <li key={w.id} className={props.latest.includes(w.id) ? styles.latest : undefined}>
            <p className={styles.wrong} data-wrong-answer={w.id}>
              {inlineCode(w.explanation)}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
