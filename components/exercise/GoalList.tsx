import type { ReactNode } from 'react';
import styles from './Goals.module.css';

export interface GoalItem {
  id: string;
  /** Korean; `backticks` mark code. */
  label: string;
  /** Korean: a nudge for this goal alone, shown on request. */
  hint?: string;
}

/** `a \`b\` c` → text with <code> for the backticked parts. */
export function inlineCode(text: string): ReactNode[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/** Which goals' own hints are open, and how to open or close one (kept by the panel's slot). */
export interface GoalHints {
  /** Makes the hints' element ids unique on the page. */
  idPrefix: string;
  open: ReadonlySet<string>;
  toggle(goal: string): void;
}

/**
 * The exercise's goals as a checklist. `met` ticks what the machine meets now; `past` marks, in
 * a lighter style, what an earlier visit reached (saved progress) that is not met now. A goal
 * with a hint gets a "힌트" disclosure beside it. Server-rendered: all open.
 */
export function GoalList({
  goals,
  met,
  past = {},
  hints,
}: {
  goals: readonly GoalItem[];
  met: Readonly<Record<string, boolean>>;
  past?: Readonly<Record<string, boolean>>;
  hints?: GoalHints;
}) {
  return (
    <ol className={styles.goals}>
      {goals.map((g, i) => {
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
            <div className={styles.goalBody}>
              {inlineCode(g.label)}
              <span className={styles.srOnly}>{STATE_TEXT[state]}</span>
              {g.hint && hints ? <GoalHint goal={g} number={i + 1} hints={hints} /> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** A goal's own hint: a small toggle after the label, the hint below it when open. */
function GoalHint({ goal, number, hints }: { goal: GoalItem; number: number; hints: GoalHints }) {
  const open = hints.open.has(goal.id);
  const id = `${hints.idPrefix}-hint-${number}`;
  return (
    <>
      {' '}
      <button
        type="button"
        className={styles.goalHintToggle}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => hints.toggle(goal.id)}
      >
        힌트<span className={styles.srOnly}> (목표 {number})</span>
        <span className={styles.chevron} aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      {open ? (
        <p id={id} className={styles.goalHint} data-goal-hint={goal.id}>
          {inlineCode(goal.hint ?? '')}
        </p>
      ) : null}
    </>
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
