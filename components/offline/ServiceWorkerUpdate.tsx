'use client';
/**
 * Registers the service worker in production builds and, when a new version of the site is
 * ready, shows a notice with a reload button. Renders nothing until then.
 */
import { useEffect, useState } from 'react';
import { afterLoadAndIdle, registerServiceWorker } from './register';
import styles from './ServiceWorkerUpdate.module.css';

export function ServiceWorkerUpdate() {
  const [apply, setApply] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    afterLoadAndIdle(() => registerServiceWorker((next) => setApply(() => next)));
  }, []);

  if (!apply) return null;
  return (
    <div className={styles.notice} role="status" data-testid="update-notice">
      <p className={styles.text}>새 버전이 나왔습니다. 다시 불러오면 바뀐 내용이 적용됩니다.</p>
      <button type="button" className={styles.button} onClick={apply}>
        다시 불러오기
      </button>
    </div>
  );
}
