/**
 * What the rest of the page asks of a playground's terminal through window events
 * (components/playground/events.ts): go back to the start, or run a code block's lines.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { PlaygroundController } from '@/lib/playground';
import {
  RESET_EVENT,
  RUN_EVENT,
  SAVE_KEY_PREFIX,
  type ResetRequest,
  type RunRequest,
} from '@/components/playground/events';
import { browserStore } from '@/components/playground/storage';

/** "처음부터" (here or from the exercise's panel): the machine goes back to the start. */
export function useResetRequests(
  scenario: string,
  controller: RefObject<PlaygroundController | null>,
  onReset: () => void,
) {
  useEffect(() => {
    const handle = (event: Event) => {
      const request = (event as CustomEvent<ResetRequest>).detail;
      if (request?.scenario !== undefined && request.scenario !== scenario) return;
      if (controller.current) void controller.current.reset();
      else browserStore()?.remove(SAVE_KEY_PREFIX + scenario);
      onReset();
    };
    window.addEventListener(RESET_EVENT, handle);
    return () => window.removeEventListener(RESET_EVENT, handle);
  }, [scenario, controller, onReset]);
}

/**
 * A "▶ 실행" button before the terminal is up: `start` it and keep the lines; the live terminal
 * takes them (`take`) once it is. When it is live it listens for the event itself (mount.ts).
 */
export function usePendingRun(scenario: string, live: boolean, start: () => void) {
  const pending = useRef<string[] | null>(null);
  const isLive = useRef(live);
  useEffect(() => {
    isLive.current = live;
  }, [live]);
  useEffect(() => {
    const handle = (event: Event) => {
      const request = (event as CustomEvent<RunRequest>).detail;
      if (request?.scenario !== scenario || isLive.current) return;
      pending.current = request.lines;
      start();
    };
    window.addEventListener(RUN_EVENT, handle);
    return () => window.removeEventListener(RUN_EVENT, handle);
  }, [scenario, start]);
  return () => {
    const lines = pending.current;
    pending.current = null;
    return lines;
  };
}
