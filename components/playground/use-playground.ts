/**
 * A playground's state for a component: the controller's latest snapshot (its machine, a version
 * that grows with every change, and what the change was), or null until the machine is up. Every
 * part of the playground (goals, editor, browser pane, layer view) reads it through this one
 * subscription.
 */
import { useSyncExternalStore } from 'react';
import type { PlaygroundController, PlaygroundSnapshot } from '@/lib/playground';

const none = () => () => {};

export function usePlayground(controller: PlaygroundController | null): PlaygroundSnapshot | null {
  return useSyncExternalStore(
    controller ? controller.subscribe : none,
    () => controller?.getSnapshot() ?? null,
    () => null,
  );
}
