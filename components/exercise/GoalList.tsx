import type { ReactNode } from 'react';
import styles from './Goals.module.css';

export interface GoalItem {
  id: string;
  /** Korean; `backticks` mark code. */
  label: string;
}

/** `a \`b\` c` → text with <code> for the backticked parts. */
export function inlineCode(text: string): ReactNode[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/**
 * The exercise's goals as a checklist. `met` ticks what the machine meets now; `past` marks, in
 * a lighter style, what an earlier visit reached (saved progress) that is not met now.
 * Server-rendered: all open.
 */
export function GoalList({
  goals,
  met,
  past = {},
}: {
  goals: readonly GoalItem[];
  met: Readonly<Record<string, boolean>>;
  past?: Readonly<Record<string, boolean>>;
}) {
  return (
    <ol className={styles.goals}>
      {goals.map((g) => {
        const state = met[g.id] ? 'met' : past[g.id] ? 'past' : 'open';
        return (
          <li
            key={g.id}
            className={state === 'open' ? undefined : styles[state]}
            data-goal={g.id}
            data-met={state === 'met' ? '' : undefined}
            data-met-before={state === 'past' ? '' : undefined}
          >
            <span className={styles.mark} aria-hidden="true">
              {state === 'open' ? '' : '✓'}
            </span>
            <span>
              {inlineCode(g.label)}
              <span className={styles.srOnly}>{STATE_TEXT[state]}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

const STATE_TEXT = { met: ' (달성)', past: ' (지난번에 달성)', open: ' (아직)' } as const;

/**
 * The panel's first line: goals met now, then what saved progress adds: "완료한 실습" when the
 * exercise was completed before, else how many goals an earlier visit reached (0: nothing to add).
 */
export function GoalsHeading(props: {
  total: number;
  met: number;
  completeNow: boolean;
  completedBefore: boolean;
  metBefore: number;
}) {
  const { total, met, completeNow, completedBefore, metBefore } = props;
  return (
    <p className={styles.heading}>
      목표 {met}/{total}
      {completeNow ? <span className={styles.done}> · 모두 달성했습니다!</span> : null}
      {!completeNow && completedBefore ? (
        <span className={styles.badge} data-completed-before="">
          <span aria-hidden="true">✓ </span>완료한 실습
        </span>
      ) : null}
      {!completeNow && !completedBefore && metBefore > 0 ? (
        <span className={styles.before}> · 지난번에 {metBefore}개 달성</span>
      ) : null}
    </p>
  );
}
