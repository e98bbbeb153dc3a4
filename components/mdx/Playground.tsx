import type { ReactNode } from 'react';
import { PlaygroundTerminal } from '@/components/terminal/PlaygroundTerminal';
import type { GoalItem } from '@/components/exercise/GoalList';
import type { PredictCard } from '@/components/exercise/Predict';
import { PredictSlot } from '@/components/exercise/PredictSlot';
import { findScenario, scenarios } from '@/lib/exercises/catalog';
import styles from './Playground.module.css';

/** The prompt of the host shell, as the live terminal shows it. */
export const HOST_PROMPT = 'learner@host:~/diamol$ ';

/**
 * A subsection's exercise. Server-rendered, it already shows the exercise's title and first
 * command, so the page's first paint has real content; the live terminal (a lazily loaded
 * client chunk) takes the preview's place at the same size when the reader comes near.
 */
export function Playground({ scenario, children }: { scenario: string; children?: ReactNode }) {
  const entry = findScenario(scenario);
  if (!entry) {
    return (
      <div className={styles.playground} role="alert">
        <p className={styles.missing}>알 수 없는 실습입니다: {scenario}</p>
      </div>
    );
  }
  return (
    <PlaygroundFrame
      id={entry.id}
      title={entry.title}
      status={entry.status}
      firstCommand={entry.firstCommand}
      goals={goalsOf(entry.id)}
      files={filesOf(entry.id)}
      predict={predictOf(entry.id)}
    >
      {children}
    </PlaygroundFrame>
  );
}

export interface PlaygroundFrameProps {
  id: string;
  title: string;
  status?: string;
  firstCommand: string;
  goals: GoalItem[];
  files: string[];
  /** The exercise's "predict, then run" question, asked above the terminal. */
  predict?: PredictCard;
  /** The title's heading level: h3 inside the notes, h2 on the free playground's page. */
  level?: 'h2' | 'h3';
  /** The page's notes about this playground (the layer view tour, where the simulation differs). */
  children?: ReactNode;
}

/**
 * A playground's box: title, the prediction question (read before the first command), terminal
 * (preview until live), toolbar, goals, layer view.
 */
export function PlaygroundFrame(props: PlaygroundFrameProps) {
  const { id, title, firstCommand } = props;
  const Heading = props.level ?? 'h3';
  return (
    <section
      className={styles.playground}
      aria-labelledby={`playground-${id}`}
      data-playground={id}
      data-status={props.status}
    >
      <header className={styles.header}>
        <span className={styles.badge}>실습</span>
        <Heading id={`playground-${id}`} className={styles.title}>
          {title}
        </Heading>
      </header>
      {props.predict ? (
        <PredictSlot scenario={id} predict={props.predict} exerciseTitle={`playground-${id}`} />
      ) : null}
      <PlaygroundTerminal
        scenario={id}
        goals={props.goals}
        files={props.files}
        title={title}
        firstCommand={firstCommand}
        className={styles.terminal}
        noteClassName={styles.note}
        prompt={HOST_PROMPT}
      />
      {props.children ? (
        <details className={styles.notes}>
          <summary className={styles.notesSummary}>레이어 보기 안내와 실제 도커와 다른 점</summary>
          <div className={styles.notesBody}>{props.children}</div>
        </details>
      ) : null}
    </section>
  );
}

/** Plain goal labels and hints for the page (the checks themselves load with the terminal). */
function goalsOf(id: string): GoalItem[] {
  return (scenarios.find((s) => s.id === id)?.goals ?? []).map(({ id, label, hint }) =>
    typeof hint === 'string' && hint !== '' ? { id, label, hint } : { id, label },
  );
}

/** The question without its trigger (a function stays on the server). */
function predictOf(id: string): PredictCard | undefined {
  const predict = scenarios.find((s) => s.id === id)?.predict;
  if (!predict) return undefined;
  const { question, choices, answer, explanation, example } = predict;
  return example
    ? { question, choices, answer, explanation, example }
    : { question, choices, answer, explanation };
}

/** The exercise's editable host files, the editor's tabs. */
function filesOf(id: string): string[] {
  return Object.keys(scenarios.find((s) => s.id === id)?.start.files ?? {});
}
