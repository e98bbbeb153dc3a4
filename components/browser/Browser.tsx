'use client';
/**
 * The playground's browser pane: pages of the apps that containers publish on localhost,
 * requested from the engine (the same machine `curl` asks). The app's HTML is shown in a
 * sandboxed srcdoc iframe without scripts; the pane catches clicks on its links and submits of
 * its forms and sends them to the engine. Loaded lazily by BrowserSlot.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  formatAddress,
  parseAddress,
  publishedPorts,
  resolveHref,
  type Address,
  type PageRequest,
  type PublishedPort,
} from '@/lib/machine';
import type { PlaygroundSnapshot } from '@/lib/playground';
import { ErrorPage } from './ErrorPage';
import { closestLink, fetchView, submission, type View } from './page';
import styles from './Browser.module.css';

/** How a load moves through the history: a new entry, or the current one again. */
type Move = 'push' | 'replace';

const GET: PageRequest = { method: 'GET' };
const LOCAL = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]']);
const home = (port: number): Address => ({ scheme: 'http', host: 'localhost', port, path: '/' });

export interface BrowserProps {
  /** The playground's latest state: after a command or a new machine, ports may have changed. */
  live: PlaygroundSnapshot;
  /** A form the page posted has changed the machine (the app wrote its data). */
  onChanged?(): void;
}

export default function Browser({ live, onChanged }: BrowserProps) {
  const { machine } = live;
  const captionId = useId();
  const [ports, setPorts] = useState<PublishedPort[]>([]);
  const [view, setView] = useState<View | null>(null);
  const [here, setHere] = useState<Address | null>(null);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [canGoBack, setCanGoBack] = useState(false);
  const [height, setHeight] = useState<number | null>(null);
  const visits = useRef<{ entries: Address[]; index: number }>({ entries: [], index: -1 });
  const machineRef = useRef(machine);
  const latest = useRef(0);
  const frame = useRef<HTMLIFrameElement>(null);
  const changed = useRef(onChanged);
  useEffect(() => {
    changed.current = onChanged;
  });

  const open = useCallback(async (target: Address | null, request: PageRequest, move: Move) => {
    const id = ++latest.current;
    setBusy(true);
    const result = target ? await fetchView(machineRef.current, target, request) : null;
    if (id !== latest.current) return;
    setBusy(false);
    if (!result) {
      setView({ kind: 'error', error: 'ERR_INVALID_URL', host: '' });
      return;
    }
    const h = visits.current;
    if (move === 'push' || h.index < 0) {
      h.entries = [...h.entries.slice(0, h.index + 1), result.address];
      h.index = h.entries.length - 1;
    } else h.entries[h.index] = result.address;
    setCanGoBack(h.index > 0);
    setHere(result.address);
    setDraft(formatAddress(result.address));
    setView(result.view);
  }, []);

  // After every command (and on a new machine): containers may have started or stopped.
  useEffect(() => {
    machineRef.current = machine;
    // Work the pane itself caused (a page that stored a form) does not reload it.
    if (live.change.kind === 'background') return;
    let cancelled = false;
    void machine.internals.ready.then(() => {
      if (cancelled) return;
      const published = publishedPorts(machine.engine);
      setPorts(published);
      const h = visits.current;
      const current = h.entries[h.index];
      const gone =
        current && LOCAL.has(current.host) && !published.some((p) => p.port === current.port);
      if (published[0] && (!current || gone)) void open(home(published[0].port), GET, 'push');
      else if (current) void open(current, GET, 'replace');
    });
    return () => {
      cancelled = true;
    };
  }, [live, machine, open]);

  const current = () => visits.current.entries[visits.current.index];

  // Links and forms inside the page: the pane follows them through the engine.
  const onFrameLoad = () => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    doc.addEventListener('click', (event) => {
      const link = closestLink(event.target);
      if (!link) return;
      event.preventDefault();
      const href = link.getAttribute('href') ?? '';
      const base = current();
      if (href.startsWith('#')) doc.getElementById(href.slice(1))?.scrollIntoView();
      else if (base) {
        const to = resolveHref(base, href);
        if (to) void open(to, GET, 'push');
      }
    });
    doc.addEventListener('auxclick', (event) => {
      if (closestLink(event.target)) event.preventDefault();
    });
    doc.addEventListener('submit', (event) => {
      event.preventDefault();
      const base = current();
      const form = event.target as HTMLFormElement;
      const submit = submission(form, (event as SubmitEvent).submitter);
      const to = base && resolveHref(base, submit.action);
      if (!to) return;
      if (submit.method === 'POST')
        void open(to, { method: 'POST', body: submit.body }, 'push').then(() =>
          changed.current?.(),
        );
      else void open({ ...to, path: `${to.path.split('?')[0]}?${submit.body}` }, GET, 'push');
    });
    const content = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    setHeight(Math.min(Math.max(content, 128), 360));
  };

  const go = (event: FormEvent) => {
    event.preventDefault();
    void open(parseAddress(draft), GET, 'push');
  };

  const back = () => {
    const h = visits.current;
    if (h.index <= 0) return;
    h.index -= 1;
    void open(h.entries[h.index]!, GET, 'replace');
  };

  const reload = () => {
    const address = current();
    if (address) void open(address, GET, 'replace');
  };

  const serving = here && LOCAL.has(here.host) && ports.find((p) => p.port === here.port);
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
      <div className={styles.toolbar}>
        <button
          type="button"
          className={styles.button}
          onClick={back}
          disabled={!canGoBack}
          aria-label="뒤로"
          title="뒤로"
        >
          <Icon path="M10 3 5 8l5 5" />
        </button>
        <button
          type="button"
          className={styles.button}
          onClick={reload}
          aria-label="새로 고침"
          title="새로 고침"
        >
          <Icon path="M13 8a5 5 0 1 1-1.5-3.5M13 2.5V5h-2.5" />
        </button>
        <form className={styles.address} onSubmit={go}>
          <input
            className={styles.field}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              const address = current();
              if (address) setDraft(formatAddress(address));
            }}
            aria-label="주소"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
          />
        </form>
        {ports.length > 1 ? (
          <select
            className={styles.ports}
            aria-label="게시된 포트"
            value={serving ? String(serving.port) : ''}
            onChange={(e) => void open(home(Number(e.target.value)), GET, 'push')}
          >
            {serving ? null : <option value="">포트</option>}
            {ports.map((p) => (
              <option key={p.port} value={p.port}>
                {p.port} · {p.container}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      <div className={styles.page} aria-busy={busy} data-page={view.kind}>
        {view.kind === 'html' ? (
          <iframe
            ref={frame}
            className={styles.frame}
            style={height ? { height } : undefined}
            sandbox="allow-same-origin allow-forms"
            srcDoc={view.html}
            title={`브라우저에 표시된 페이지: ${view.title || (here ? formatAddress(here) : '')}`}
            onLoad={onFrameLoad}
          />
        ) : view.kind === 'text' ? (
          <pre className={styles.text}>{view.text}</pre>
        ) : (
          <ErrorPage error={view.error} host={view.host} />
        )}
      </div>
    </section>
  );
}

function Icon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
