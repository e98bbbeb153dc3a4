'use client';
/**
 * The home page's progress: exercises done over all pages, and "진행 상황 모두 지우기", which
 * asks once more before it forgets the progress and every saved playground machine.
 */
import { useEffect, useRef, useState } from 'react';
import { completedCount } from '@/lib/progress';
import { clearAllProgress, useProgress } from './store';
import styles from './Progress.module.css';

type Step = 'idle' | 'confirm' | 'cleared' | 'failed';

export function HomeProgress({ ids }: { ids: string[] }) {
  const loaded = useProgress();
  const done = loaded ? completedCount(loaded.progress, ids) : 0;
  const [step, setStep] = useState<Step>('idle');
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    (step === 'confirm' ? cancel : start).current?.focus();
  }, [step]);

  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };

  return (
    <div className={styles.home} data-progress-summary="">
      <div className={styles.row}>
        <p className={styles.overall}>
          <span data-exercises-done={loaded ? done : undefined}>
            {loaded ? (
              `실습 ${ids.length}개 중 ${done}개 완료`
            ) : (
              // Until the saved progress is read: the same words with the count held blank, so
              // the line keeps its width and nothing below it moves (no layout shift).
              <>
                실습 {ids.length}개 중 <span className={styles.unknown}>0</span>개 완료
              </>
            )}
          </span>
          <span className={styles.bar} aria-hidden="true">
            <span style={{ width: `${(100 * done) / Math.max(1, ids.length)}%` }} />
          </span>
        </p>
        {step === 'confirm' ? (
          <div className={styles.confirm} role="group" aria-labelledby="clear-progress-question">
            <p id="clear-progress-question" className={styles.question}>
              완료한 실습과 목표, 예측, 저장된 실습 터미널 상태를 모두 지울까요? 되돌릴 수 없습니다.
            </p>
            <div className={styles.buttons}>
              <button
                type="button"
                ref={cancel}
                className={styles.button}
                onClick={() => go('idle')}
              >
                취소
              </button>
              <button
                type="button"
                className={`${styles.button} ${styles.danger}`}
                onClick={() => go(clearAllProgress() ? 'cleared' : 'failed')}
              >
                모두 지우기
              </button>
            </div>
          </div>
        ) : (
          <button type="button" ref={start} className={styles.button} onClick={() => go('confirm')}>
            진행 상황 모두 지우기
          </button>
        )}
      </div>
      <p className={styles.status} role="status">
        {step === 'cleared'
          ? '진행 상황을 모두 지웠습니다.'
          : step === 'failed'
            ? '이 브라우저의 저장소를 쓸 수 없어 일부를 지우지 못했습니다.'
            : (loaded?.notice ?? '')}
      </p>
    </div>
  );
}
