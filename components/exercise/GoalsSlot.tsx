'use client';
/**
 * The exercise panel of a playground: the goal checklist (server-rendered, unchecked) until the
 * machine is up, then the live checks (a lazy chunk) in the same place and size.
 */
import { lazy, Suspense } from 'react';
import type { Sandbox } from '@/lib/shell/sandbox';
import { GoalList, type GoalItem } from './GoalList';
import styles from './Goals.module.css';

const GoalsLive = lazy(() => import('./GoalsLive'));

export interface GoalsSlotProps {
  scenario: string;
  /** The exercise's goals, shown unchecked until the machine can be asked. */
  goals: GoalItem[];
  /** The machine, once the playground is live (it may be replaced: undo, reset, import). */
  sandbox: Sandbox | null;
  /** How many commands have finished (the checks rerun when it changes). */
  commands: number;
  lastLine: string;
  /** Starts the playground. */
  activate(): void;
}

export function GoalsSlot(props: GoalsSlotProps) {
  const { goals, sandbox } = props;
  if (goals.length === 0) return null;
  const staticGoals = (
    <div className={styles.panel}>
      <p className={styles.heading}>목표 0/{goals.length}</p>
      <GoalList goals={goals} met={{}} />
      <button type="button" className={styles.hintButton} onClick={props.activate}>
        힌트 보기
      </button>
    </div>
  );
  return (
    <div className={styles.goalsBox} aria-label="실습 목표" role="group">
      {/* The static checklist has the live panel's layout and stays until it has loaded. */}
      {sandbox ? (
        <Suspense fallback={staticGoals}>
          <GoalsLive
            scenario={props.scenario}
            sandbox={sandbox}
            commands={props.commands}
            lastLine={props.lastLine}
          />
        </Suspense>
      ) : (
        staticGoals
      )}
    </div>
  );
}
