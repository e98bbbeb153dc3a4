'use client';
/**
 * The playground's browser pane: pages of the apps that containers publish on localhost,
 * requested from the engine (the same machine `curl` asks). The app's HTML is shown in a
 * sandboxed srcdoc iframe without scripts; the pane catches clicks on its links and submits of
 * its forms and sends them to the engine. Loaded lazily by BrowserSlot.
 *
 * The parts: the history and what to load after a command (visits.ts, pure), loading
 * (use-navigator), following the machine (use-follow-machine), the page's links and forms
 * (use-frame-events), the toolbar (BrowserToolbar).
 */
import { useId, type RefObject } from 'react';
import { formatAddress, type Address } from '@/lib/machine';
import type { PlaygroundSnapshot } from '@/lib/playground';
import { BrowserToolbar } from './BrowserToolbar';
import { ErrorPage } from './ErrorPage';
import type { View } from './page';
import { useFollowMachine } from './use-follow-machine';
import { useFrameEvents } from './use-frame-events';
import { useNavigator } from './use-navigator';
import { servingPort } from './visits';
import styles from './Browser.module.css';

export interface BrowserProps {
  /** The playground's latest state: after a command or a new machine, ports may have changed. */
  live: PlaygroundSnapshot;
  /** A form the page posted has changed the machine (the app wrote its data). */
  onChanged?(): void;
}

export default function Browser({ live, onChanged }: BrowserProps) {
  const captionId = useId();
  const nav = useNavigator(live.machine);
  const ports = useFollowMachine(live, nav);
  const { frame, height, onLoad } = useFrameEvents(nav, onChanged);
  const serving = servingPort(nav.here, ports);
  const { view } = nav;
  if (!view) return null;
  return (
    <section className={styles.pane} aria-labelledby={captionId} data-browser>
      <p className={styles.caption}>
        <span id={captionId} className={styles.name}>
          브라우저
        </span>
        {serving ? (
          <span className={styles.route}>
            localhost:{serving.port} → {serving.container} 컨테이너의 {serving.containerPort}번 포트
          </span>
        ) : null}
      </p>
      <BrowserToolbar nav={nav} ports={ports} serving={serving} />
      <div className={styles.page} aria-busy={nav.busy} data-page={view.kind}>
        <PageView view={view} here={nav.here} frame={frame} height={height} onLoad={onLoad} />
      </div>
    </section>
  );
}

interface PageViewProps {
  view: View;
  here: Address | null;
  frame: RefObject<HTMLIFrameElement | null>;
  height: number | null;
  onLoad(): void;
}

/** The page: the app's HTML in a sandboxed frame, plain text, or the browser's error page. */
function PageView({ view, here, frame, height, onLoad }: PageViewProps) {
  if (view.kind === 'text') return <pre className={styles.text}>{view.text}</pre>;
  if (view.kind === 'error') return <ErrorPage error={view.error} host={view.host} />;
  return (
    <iframe
      ref={frame}
      className={styles.frame}
      style={height ? { height } : undefined}
      sandbox="allow-same-origin allow-forms"
      srcDoc={view.html}
      title={`브라우저에 표시된 페이지: ${view.title || (here ? formatAddress(here) : '')}`}
      onLoad={onLoad}
    />
  );
}
