'use client';
/** The live terminal (xterm + the simulated machine). Loaded lazily by PlaygroundTerminal. */
import '@xterm/xterm/css/xterm.css';
import '@fontsource/nanum-gothic-coding/400.css';
import { useEffect, useRef } from 'react';
import type { PlaygroundController } from '@/lib/playground';
import styles from './LiveTerminal.module.css';
import { mountTerminal, type MountOptions } from './mount';

export interface LiveTerminalProps extends Omit<MountOptions, 'focus'> {
  /** Whether the reader asked for the terminal (clicked or focused its place). */
  focus: boolean;
  onReady(): void;
}

export default function LiveTerminal(props: LiveTerminalProps) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const options = {
      ...latest.current,
      focus: () => latest.current.focus,
      onController: (c: PlaygroundController) => latest.current.onController?.(c),
      takePendingRun: () => latest.current.takePendingRun?.() ?? null,
      beforeFocus: () => latest.current.beforeFocus?.() ?? Promise.resolve(),
      takeEarlyInput: (forward: (data: string) => void) =>
        latest.current.takeEarlyInput?.(forward) ?? '',
    };
    let disposed = false;
    let teardown = () => {};
    void mountTerminal(host.current!, options).then((dispose) => {
      if (disposed) return dispose();
      teardown = dispose;
      latest.current.onReady();
    });
    return () => {
      disposed = true;
      teardown();
    };
  }, []);

  return (
    <div className={styles.frame} data-terminal-live>
      <div ref={host} className={styles.host} />
    </div>
  );
}
