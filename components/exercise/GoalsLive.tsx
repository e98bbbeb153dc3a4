'use client';
/**
 * The goals of a playground's exercise, checked on the simulation's state after every command
 * (never on terminal text), each with its own hint on request, the known mistakes met so far
 * with their explanations, and stepped hints. Every evaluation that reaches something new is
 * saved as progress. It also decides when the "predict, then run" card (above the terminal)
 * shows its outcome. Loaded lazily with the terminal's machine.
 */
import { useEffect, useState } from 'react';
import {
  evaluate,
  ExerciseState,
  scenarios,
  type Evaluation,
  type Scenario,
} from '@/lib/exercises';
import type { Machine } from '@/lib/machine';
import type { PlaygroundSnapshot } from '@/lib/playground';
import { recordEvaluation, recordMistakes, useProgress } from '@/components/progress/store';
import { GoalList, GoalsHeading, inlineCode, type GoalHints } from './GoalList';
import { Mistakes } from './Mistakes';
import { setRevealed } from './reveal';
import { Solution } from './Solution';
import { savedGoals } from './saved';
import styles from './Goals.module.css';

const LEVELS = { nudge: '살짝 힌트', concept: '개념 힌트', command: '명령 힌트' } as const;

interface Seen {
  live: PlaygroundSnapshot;
  evaluation: Evaluation;
  /** Ids of the wrong answers the last line made (none after a machine change). */
  made: readonly string[];
  /** The prediction's outcome has been shown on this machine (it stays shown). */
  revealed: boolean;
}

export default function GoalsLive(props: {
  scenario: string;
  /** The playground's latest state (a new one after every change). */
  live: PlaygroundSnapshot;
  /** Hints already asked for (the static panel's button was pressed before this loaded). */
  initialHints?: number;
  /** The goals' own hints (open ones are kept by the slot, across the static and live panels). */
  goalHints?: GoalHints;
}) {
  const scenario = scenarios.find((s) => s.id === props.scenario);
  const [hints, setHints] = useState(props.initialHints ?? 0);
  // Derived from the playground's snapshot: re-evaluated during render after every change. The
  // previous evaluation is passed on the same machine, so each mistake is explained once, after
  // the line that made it.
  const { live } = props;
  const [seen, setSeen] = useState(() => (scenario ? look(scenario, live) : undefined));
  if (scenario && seen && seen.live !== live) {
    if (live.change.kind === 'background' && live.machine === seen.live.machine) {
      // No new line: the goals are checked again, the last line's explanations and notes stay
      // (a container writing later must not erase what its command brought up).
      const next = look(scenario, live, seen);
      const { wrongAnswer, wrongAnswers, notice, notices } = seen.evaluation;
      const evaluation = { ...next.evaluation, wrongAnswer, wrongAnswers, notice, notices };
      setSeen({ ...next, evaluation, made: seen.made });
    } else setSeen(look(scenario, live, seen));
  }
  const evaluation = seen?.evaluation;

  useEffect(() => {
    if (scenario && evaluation)
      recordEvaluation(
        scenario.id,
        evaluation.met.map((g) => g.id),
        evaluation.complete,
      );
  }, [scenario, evaluation]);
  const made = seen?.made;
  useEffect(() => {
    if (scenario && made && made.length > 0) recordMistakes(scenario.id, made);
  }, [scenario, made]);
  const revealed = seen?.revealed ?? false;
  useEffect(() => {
    if (!scenario) return;
    setRevealed(scenario.id, revealed);
    return () => setRevealed(scenario.id, false);
  }, [scenario, revealed]);

  const loaded = useProgress();
  if (!scenario || !seen || !evaluation) return null;
  const saved = savedGoals(loaded, scenario.id, scenario.goals, evaluation.goals);
  return (
    <div className={styles.panel} data-goals-live>
      {loaded?.notice ? (
        <p className={styles.notice} role="status">
          {loaded.notice}
        </p>
      ) : null}
      <GoalsHeading
        total={scenario.goals.length}
        met={evaluation.met.length}
        completeNow={evaluation.complete}
        completedBefore={saved.completedBefore}
        metBefore={saved.metBefore}
      />
      <GoalList
        goals={scenario.goals}
        met={evaluation.goals}
        past={saved.past}
        hints={props.goalHints}
      />
      {Object.keys(saved.past).length > 0 ? (
        <p className={styles.legend}>
          <span className={styles.legendMark} aria-hidden="true">
            ✓
          </span>
          테두리만 있는 체크는 지난번에 달성한 목표입니다. 지금 상태에서 다시 달성하면 채워집니다.
        </p>
      ) : null}
      <Mistakes
        known={scenario.wrongAnswers}
        ids={[...new Set([...seen.made, ...saved.mistakes])]}
        latest={seen.made}
      />
      {evaluation.notices.map((n) => (
        <p key={n.id} className={styles.noticeNote} role="note" data-notice={n.id}>
          <strong>알아 둘 점</strong> {inlineCode(n.text)}
        </p>
      ))}
      {scenario.hints.slice(0, hints).map((h) => (
        <p key={h.level} className={styles.hint}>
          <strong>{LEVELS[h.level]}</strong> {inlineCode(h.text)}
        </p>
      ))}
      {hints < scenario.hints.length && !evaluation.complete ? (
        <button type="button" className={styles.hintButton} onClick={() => setHints((n) => n + 1)}>
          {hints === 0 ? '힌트 보기' : '다음 힌트'}
        </button>
      ) : null}
      {hints === scenario.hints.length && !evaluation.complete ? (
        <Solution lines={scenario.solution} />
      ) : null}
    </div>
  );
}

/** Evaluates the machine after the change; `before` is the last look (at this or another machine). */
function look(scenario: Scenario, live: PlaygroundSnapshot, before?: Seen): Seen {
  const { machine } = live;
  const line = live.change.kind === 'command' ? live.change.line : '';
  const same = before?.live.machine === machine;
  const previous = same ? before?.evaluation : undefined;
  const evaluation = evaluate(scenario, machine, line, previous);
  const explained = new Set(previous?.wrongAnswers.map((w) => w.id));
  const made = evaluation.wrongAnswers.filter((w) => !explained.has(w.id)).map((w) => w.id);
  const revealed =
    (same && before?.revealed === true) || reveals(scenario, machine, line, evaluation);
  return { live, evaluation, made, revealed };
}

/** The prediction's trigger (a state that trips over a missing file simply does not reveal). */
function reveals(scenario: Scenario, machine: Machine, line: string, evaluation: Evaluation) {
  const reveal = scenario.predict?.reveal;
  if (!reveal) return evaluation.complete;
  try {
    return reveal(new ExerciseState(machine), line);
  } catch {
    return false;
  }
}
