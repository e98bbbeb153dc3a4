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

/** The exercise's goals as a checklist; `met` ticks them (server-rendered: all open). */
export function GoalList({
  goals,
  met,
}: {
  goals: readonly GoalItem[];
  met: Readonly<Record<string, boolean>>;
}) {
  return (
    <ol className={styles.goals}>
      {goals.map((g) => (
        <li
          key={g.id}
          className={met[g.id] ? styles.met : undefined}
          data-goal={g.id}
          data-met={met[g.id] ? '' : undefined}
        >
          <span className={styles.mark} aria-hidden="true">
            {met[g.id] ? '✓' : ''}
          </span>
          <span>
            {inlineCode(g.label)}
            <span className={styles.srOnly}>{met[g.id] ? ' (달성)' : ' (아직)'}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
