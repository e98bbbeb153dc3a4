/** The pane's toolbar: back, reload, the address bar and, with several, the published ports. */
import type { FormEvent } from 'react';
import { formatAddress, parseAddress, type PublishedPort } from '@/lib/machine';
import { GET, type Navigator } from './use-navigator';
import { home } from './visits';
import styles from './Browser.module.css';

export interface BrowserToolbarProps {
  nav: Navigator;
  ports: readonly PublishedPort[];
  /** The port serving the shown page. */
  serving: PublishedPort | undefined;
}

export function BrowserToolbar({ nav, ports, serving }: BrowserToolbarProps) {
  return (
    <div className={styles.toolbar}>
      <button
        type="button"
        className={styles.button}
        onClick={nav.back}
        disabled={!nav.canGoBack}
        aria-label="뒤로"
        title="뒤로"
      >
        <Icon path="M10 3 5 8l5 5" />
      </button>
      <button
        type="button"
        className={styles.button}
        onClick={nav.reload}
        aria-label="새로 고침"
        title="새로 고침"
      >
        <Icon path="M13 8a5 5 0 1 1-1.5-3.5M13 2.5V5h-2.5" />
      </button>
      <AddressBar nav={nav} />
      {ports.length > 1 ? <PortPicker nav={nav} ports={ports} serving={serving} /> : null}
    </div>
  );
}

/** The address: Enter loads it, Esc puts the shown page's address back. */
function AddressBar({ nav }: { nav: Navigator }) {
  const go = (event: FormEvent) => {
    event.preventDefault();
    void nav.open(parseAddress(nav.draft), GET, 'push');
  };
  return (
    <form className={styles.address} onSubmit={go}>
      <input
        className={styles.field}
        value={nav.draft}
        onChange={(e) => nav.setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          const address = nav.current();
          if (address) nav.setDraft(formatAddress(address));
        }}
        aria-label="주소"
        inputMode="url"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
      />
    </form>
  );
}

function PortPicker({ nav, ports, serving }: BrowserToolbarProps) {
  return (
    <select
      className={styles.ports}
      aria-label="게시된 포트"
      value={serving ? String(serving.port) : ''}
      onChange={(e) => void nav.open(home(Number(e.target.value)), GET, 'push')}
    >
      {serving ? null : <option value="">포트</option>}
      {ports.map((p) => (
        <option key={p.port} value={p.port}>
          {p.port} · {p.container}
        </option>
      ))}
    </select>
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
