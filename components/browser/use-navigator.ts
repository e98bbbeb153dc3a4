/**
 * The pane's navigation: loads an address through the engine (the newest load wins), keeps the
 * history and the address bar's text. Browser-only: loaded with the pane.
 */
import { useCallback, useRef, useState } from 'react';
import { formatAddress, type Address, type Machine, type PageRequest } from '@/lib/machine';
import { fetchView, type View } from './page';
import { backOf, currentOf, NO_VISITS, visited, type Move, type Visits } from './visits';

export const GET: PageRequest = { method: 'GET' };

export interface Navigator {
  view: View | null;
  /** The address of the page shown (after redirects). */
  here: Address | null;
  /** The address bar's text (what the reader is typing, or the page's address). */
  draft: string;
  setDraft(text: string): void;
  busy: boolean;
  canGoBack: boolean;
  /** Loads go to `machine` from now on (a new machine: reset, undo, import). */
  setMachine(machine: Machine): void;
  /** The address of the history's current entry (what back and reload act on). */
  current(): Address | undefined;
  open(target: Address | null, request: PageRequest, move: Move): Promise<void>;
  back(): void;
  reload(): void;
}

export function useNavigator(machine: Machine): Navigator {
  const [view, setView] = useState<View | null>(null);
  const [here, setHere] = useState<Address | null>(null);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [canGoBack, setCanGoBack] = useState(false);
  const visits = useRef<Visits>(NO_VISITS);
  const machineRef = useRef(machine);
  const latest = useRef(0);

  const open = useCallback(async (target: Address | null, request: PageRequest, move: Move) => {
    const id = ++latest.current;
    setBusy(true);
    const result = target ? await fetchView(machineRef.current, target, request) : null;
    if (id !== latest.current) return;
    setBusy(false);
    if (!result) return setView({ kind: 'error', error: 'ERR_INVALID_URL', host: '' });
    visits.current = visited(visits.current, result.address, move);
    setCanGoBack(visits.current.index > 0);
    setHere(result.address);
    setDraft(formatAddress(result.address));
    setView(result.view);
  }, []);

  const setMachine = useCallback((m: Machine) => void (machineRef.current = m), []);
  const current = useCallback(() => currentOf(visits.current), []);
  const back = () => {
    const previous = backOf(visits.current);
    if (!previous) return;
    visits.current = previous;
    void open(currentOf(previous)!, GET, 'replace');
  };
  const reload = () => {
    const address = currentOf(visits.current);
    if (address) void open(address, GET, 'replace');
  };
  return { view, here, draft, setDraft, busy, canGoBack, open, back, reload, setMachine, current };
}
