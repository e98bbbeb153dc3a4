'use client';
/**
 * The goals of a playground's exercise, checked on the simulation's state after every command
 * (never on terminal text), with the explanation of a known mistake and stepped hints.
 * Loaded lazily with the terminal's machine.
 */
import { useState } from 'react';
import { evaluate, scenarios } from '@/lib/exercises';
import type { Sandbox } from '@/lib/shell/sandbox';
import { GoalList, inlineCode } from './GoalList';
import styles from './Goals.module.css';

const LEVELS = { nudge: '살짝 힌트', concept: '개념 힌트', command: '명령 힌트' } as const;

export default function GoalsLive(props: {
  scenario: string;
  sandbox: Sandbox;
  commands: number;
  lastLine: string;
}) {
  const scenario = scenarios.find((s) => s.id === props.scenario);
  const [hints, setHints] = useState(0);
  // Derived from the command count: re-evaluated during render when a command has finished,
  // passing the previous evaluation so each mistake is explained once, after the line that made it.
  const [seen, setSeen] = useState(() => ({
    commands: props.commands,
    evaluation: scenario ? evaluate(scenario, props.sandbox, props.lastLine) : undefined,
  }));
  if (scenario && seen.commands !== props.commands) {
    setSeen({
      commands: props.commands,
      evaluation: evaluate(scenario, props.sandbox, props.lastLine, seen.evaluation),
    });
  }
  const evaluation = seen.evaluation;
  if (!scenario || !evaluation) return null;
  return (
    <div className={styles.panel}>
      <p className={styles.heading}>
        목표 {evaluation.met.length}/{scenario.goals.length}
        {evaluation.complete ? <span className={styles.done}> · 모두 달성했습니다!</span> : null}
      </p>
      <GoalList goals={scenario.goals} met={evaluation.goals} />
      <div aria-live="polite">
        {evaluation.wrongAnswer ? (
          <p className={styles.wrong} data-wrong-answer={evaluation.wrongAnswer.id}>
            {inlineCode(evaluation.wrongAnswer.explanation)}
          </p>
        ) : null}
      </div>
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
    </div>
  );
}
