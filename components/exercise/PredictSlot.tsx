'use client';
/**
 * The "predict, then run" card in its place above the terminal: the question is seen before the
 * command is typed (also on a phone, where everything below the terminal is out of sight). The
 * saved choice comes from progress; whether the outcome is there to see comes from the live
 * checks once the machine runs.
 */
import { exerciseProgress } from '@/lib/progress';
import { useProgress } from '@/components/progress/store';
import { Predict, type PredictCard } from './Predict';
import { useRevealed } from './reveal';
import styles from './Predict.module.css';

export function PredictSlot(props: {
  scenario: string;
  predict: PredictCard;
  /** Id of the playground's title (a page with several exercises has several cards). */
  exerciseTitle: string;
}) {
  const { scenario, predict } = props;
  const loaded = useProgress();
  const revealed = useRevealed(scenario);
  const prediction = loaded ? exerciseProgress(loaded.progress, scenario)?.prediction : undefined;
  return (
    <div className={styles.slot}>
      <Predict
        scenario={scenario}
        predict={predict}
        prediction={prediction}
        revealed={revealed}
        exerciseTitle={props.exerciseTitle}
      />
    </div>
  );
}
