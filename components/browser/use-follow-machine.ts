/**
 * After every command (and on a new machine) containers may have started or stopped: the pane
 * lists the published ports again and reloads its page, or opens the first port's home.
 */
import { useEffect, useState } from 'react';
import { publishedPorts, type PublishedPort } from '@/lib/machine';
import type { PlaygroundSnapshot } from '@/lib/playground';
import { GET, type Navigator } from './use-navigator';
import { afterCommand } from './visits';

/** The ports published on `live`'s machine, kept current. */
export function useFollowMachine(live: PlaygroundSnapshot, nav: Navigator): PublishedPort[] {
  const [ports, setPorts] = useState<PublishedPort[]>([]);
  const { machine } = live;
  const { open, current, setMachine } = nav;
  useEffect(() => {
    setMachine(machine);
    // Work the pane itself caused (a page that stored a form) does not reload it.
    if (live.change.kind === 'background') return;
    let cancelled = false;
    void machine.internals.ready.then(() => {
      if (cancelled) return;
      const published = publishedPorts(machine.engine);
      setPorts(published);
      const next = afterCommand(current(), published);
      if (next) void open(next.to, GET, next.move);
    });
    return () => {
      cancelled = true;
    };
  }, [live, machine, open, current, setMachine]);
  return ports;
}
