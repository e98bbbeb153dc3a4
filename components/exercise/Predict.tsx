'use client';
/**
 * "Predict, then run": before the command with the surprising outcome, the reader picks what
 * will happen; once the machine shows it (the scenario's reveal trigger), the card says whether
 * the prediction was right and explains where to look in the layer view. The choice is saved
 * with the exercise's progress. The card sits above the terminal, where it is read before the
 * command is typed (PredictSlot).
 */
import { useId, useState, type FormEvent } from 'react';
import type { Predict as PredictData } from '@/lib/exercises';
import { recordPrediction } from '@/components/progress/store';
import { inlineCode } from './GoalList';
import styles from './Predict.module.css';

/** What the card shows: the scenario's question without its trigger (plain data, server-sent). */
export type PredictCard = Pick<
  PredictData,
  'question' | 'choices' | 'answer' | 'explanation' | 'example'
>;

export function Predict(props: {
  scenario: string;
  predict: PredictCard;
  /** Id of the exercise's title: the card's name says whose question it is (one per exercise). */
  exerciseTitle?: string;
  /** The confirmed choice (saved progress), if any. */
  prediction: string | undefined;
  revealed: boolean;
}) {
  const { scenario, predict, prediction, revealed } = props;
  const id = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (choice === null) return setMissing(true);
    recordPrediction(scenario, choice);
  };

  const verdict = !revealed
    ? null
    : prediction === undefined
      ? 'none'
      : prediction === predict.answer
        ? 'right'
        : 'wrong';
  return (
    <section
      className={styles.card}
      aria-labelledby={props.exerciseTitle ? `${id}-title ${props.exerciseTitle}` : `${id}-title`}
      data-predict={verdict ?? (prediction ? 'waiting' : 'asking')}
    >
      <h4 id={`${id}-title`} className={styles.title}>
        {revealed ? '예측 결과' : '먼저 예측해 보세요'}
      </h4>
      {revealed ? (
        <p className={styles.question}>{inlineCode(predict.question)}</p>
      ) : prediction === undefined ? (
        <form onSubmit={confirm}>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{inlineCode(predict.question)}</legend>
            {predict.choices.map((c) => (
              <label key={c} className={styles.choice}>
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={c}
                  checked={choice === c}
                  onChange={() => {
                    setChoice(c);
                    setMissing(false);
                  }}
                />
                <span>{inlineCode(c)}</span>
              </label>
            ))}
          </fieldset>
          <div className={styles.actions}>
            <button type="submit" className={styles.confirm}>
              예측 확정
            </button>
            {missing ? (
              <span className={styles.missing} role="alert">
                답을 하나 고르세요.
              </span>
            ) : null}
          </div>
        </form>
      ) : (
        <Waiting predict={predict} prediction={prediction} />
      )}
      <div aria-live="polite">
        {verdict ? (
          <div className={styles[verdict]} data-verdict={verdict}>
            <p className={styles.verdict}>
              {verdict === 'right' ? (
                <>
                  <span aria-hidden="true">✓ </span>예측이 맞았습니다 — 정답:{' '}
                  {inlineCode(predict.answer)}
                </>
              ) : verdict === 'wrong' ? (
                <>
                  예측과 달랐습니다 — 정답: {inlineCode(predict.answer)}
                  <span className={styles.mine}> (내 예측: {inlineCode(prediction ?? '')})</span>
                </>
              ) : (
                <>예측하기 전에 실행했습니다 — 정답: {inlineCode(predict.answer)}</>
              )}
            </p>
            <p className={styles.explanation}>{inlineCode(predict.explanation)}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** After confirming, before the machine shows the outcome. */
function Waiting({ predict, prediction }: { predict: PredictCard; prediction: string }) {
  return (
    <>
      <p className={styles.question}>{inlineCode(predict.question)}</p>
      <p className={styles.mineLine}>
        내 예측: <strong>{inlineCode(prediction)}</strong>
      </p>
      {predict.example ? (
        <>
          <p className={styles.next}>이 명령으로 확인해 보세요.</p>
          <pre className={styles.commands}>
            <code>{predict.example.join('\n')}</code>
          </pre>
        </>
      ) : (
        <p className={styles.next}>이제 명령을 실행해 예측이 맞는지 확인해 보세요.</p>
      )}
    </>
  );
}
