'use client';
/**
 * A small browser for the apps the playground publishes on localhost ports. It appears once a
 * running container publishes a port and stays for that machine (a stopped app then shows the
 * browser's "connection refused" page); the pane itself is a lazy chunk.
 */
import { lazy, Suspense, useState } from 'react';
import type { Machine } from '@/lib/machine';

const Browser = lazy(() => import('./Browser'));

export interface BrowserSlotProps {
  scenario: string;
  /** The machine, once the playground is live (it may be replaced: undo, reset, import). */
  machine: Machine | null;
  /** How many commands have finished: published ports may have changed. */
  commands: number;
  /** Optional: a form posted in the pane changed the machine (goals and layers may refresh). */
  onChanged?(): void;
}

export function BrowserSlot({ machine, commands, onChanged }: BrowserSlotProps) {
  // The machine the pane was opened for: a new machine (reset, undo) hides it until it publishes.
  const [openFor, setOpenFor] = useState<Machine | null>(null);
  const publishing = machine !== null && publishes(machine);
  if (publishing && openFor !== machine) setOpenFor(machine);
  if (!machine || (!publishing && openFor !== machine)) return null;
  return (
    <Suspense fallback={null}>
      <Browser machine={machine} commands={commands} onChanged={onChanged} />
    </Suspense>
  );
}

function publishes(machine: Machine): boolean {
  for (const c of machine.engine.containers.values())
    if (c.state.status === 'running' && c.hostConfig.portBindings.length > 0) return true;
  return false;
}
