'use client';
/**
 * A small browser for the apps the playground publishes on localhost ports. It appears once a
 * running container publishes a port and stays for that machine (a stopped app then shows the
 * browser's "connection refused" page); the pane itself is a lazy chunk.
 */
import { lazy, Suspense, useState } from 'react';
import { LoadBoundary } from '@/components/site/LoadBoundary';
import type { Machine } from '@/lib/machine';
import type { PlaygroundController } from '@/lib/playground';
import { usePlayground } from '@/components/playground/use-playground';

const Browser = lazy(() => import('./Browser'));

export interface BrowserSlotProps {
  /** The playground, once it is live. */
  controller: PlaygroundController | null;
}

export function BrowserSlot({ controller }: BrowserSlotProps) {
  const live = usePlayground(controller);
  const machine = live?.machine ?? null;
  // The machine the pane was opened for: a new machine (reset, undo) hides it until it publishes.
  const [openFor, setOpenFor] = useState<Machine | null>(null);
  const publishing = machine !== null && publishes(machine);
  if (publishing && openFor !== machine) setOpenFor(machine);
  if (!machine || (!publishing && openFor !== machine)) return null;
  return (
    <LoadBoundary what="브라우저 창">
      <Suspense fallback={null}>
        <Browser
          live={live!}
          // A page the pane loaded may have changed the machine (a form the app stored).
          onChanged={() => controller?.activity()}
        />
      </Suspense>
    </LoadBoundary>
  );
}

function publishes(machine: Machine): boolean {
  for (const c of machine.engine.containers.values())
    if (c.state.status === 'running' && c.hostConfig.portBindings.length > 0) return true;
  return false;
}
