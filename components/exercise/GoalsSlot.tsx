'use client';
/**
 * The exercise panel of a playground: the goal checklist (server-rendered, unchecked) until the
 * machine is up, then the live checks (a lazy chunk) in the same place and size. After
 * hydration the checklist shows what saved progress holds (goals reached on an earlier visit,
 * "완료한 실습"), in the same lines, so nothing moves.
 */
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { LoadBoundary } from '@/components/site/LoadBoundary';
import type { PlaygroundController } from '@/lib/playground';
import { usePlayground } from '@/components/playground/use-playground';
import { RESET_EVENT, type ResetRequest } from '@/components/playground/events';
import { resetExerciseProgress, useProgress } from '@/components/progress/store';
import { GoalList, GoalsHeading, type GoalHints, type GoalItem } from './GoalList';
import { savedGoals } from './saved';
import styles from './Goals.module.css';

const GoalsLive = lazy(() => import('./GoalsLive'));

export interface GoalsSlotProps {
  scenario: string;
  /** The exercise's goals (with their hints), shown unchecked until the machine can be asked. */
  goals: GoalItem[];
  /** The playground, once it is live (the checks rerun after every change). */
  controller: PlaygroundController | null;
  /** Starts the playground. */
  activate(): void;
}

export function GoalsSlot(props: GoalsSlotProps) {
  const { goals, scenario } = props;
  const live = usePlayground(props.controller);
  useResetListener(scenario);
  // "힌트 보기" before the live panel exists: it starts the machine, and the first hint is shown.
  const [asked, setAsked] = useState(false);
  const saved = savedGoals(useProgress(), scenario, goals, {});
  const goalHints = useGoalHints();
  if (goals.length === 0) return null;
  const staticGoals = (
    <div className={styles.panel}>
      <GoalsHeading
        total={goals.length}
        met={0}
        completeNow={false}
        completedBefore={saved.completedBefore}
        metBefore={saved.metBefore}
      />
      <GoalList goals={goals} met={{}} past={saved.past} hints={goalHints} />
      <button
        type="button"
        className={styles.hintButton}
        onClick={() => {
          setAsked(true);
          props.activate();
        }}
      >
        힌트 보기
      </button>
    </div>
  );
  return (
    <div className={styles.goalsBox} aria-label="실습 목표" role="group">
      {/* The static checklist has the live panel's layout and stays until it has loaded. */}
      {live ? (
        <LoadBoundary what="실습 목표">
          <Suspense fallback={staticGoals}>
            <GoalsLive
              scenario={scenario}
              live={live}
              initialHints={asked ? 1 : 0}
              goalHints={goalHints}
            />
          </Suspense>
        </LoadBoundary>
      ) : (
        staticGoals
      )}
    </div>
  );
}

/** The goals' own hints the reader opened, kept here so they stay open when the live panel loads. */
function useGoalHints(): GoalHints {
  const idPrefix = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (goal: string) =>
    setOpen((before) => {
      const next = new Set(before);
      if (!next.delete(goal)) next.add(goal);
      return next;
    });
  return { idPrefix, open, toggle };
}

/** The toolbar's "처음부터" (RESET_EVENT) also forgets this exercise's saved progress. */
function useResetListener(scenario: string) {
  useEffect(() => {
    const onReset = (event: Event) => {
      const request = (event as CustomEvent<ResetRequest | undefined>).detail;
      // No scenario: every playground on the page goes back to its start.
      if (!request?.scenario || request.scenario === scenario) resetExerciseProgress(scenario);
    };
    window.addEventListener(RESET_EVENT, onReset);
    return () => window.removeEventListener(RESET_EVENT, onReset);
  }, [scenario]);
}
