/** The editor's buffers as React state, reloaded when the machine is replaced (buffers.ts). */
import { useState } from 'react';
import type { Machine } from '@/lib/machine';
import { loadAll, refreshed, type Buffers } from './buffers';
import { writeHostFile } from './host-files';

interface State {
  machine: Machine;
  version: number;
  buffers: Buffers;
}

/** `version` grows with every change to the playground: unmodified tabs then follow the host. */
export function useBuffers(machine: Machine, files: readonly string[], version: number) {
  const [state, setState] = useState<State>(() => ({
    machine,
    version,
    buffers: loadAll(machine, files),
  }));
  // Derived from props during render (React's pattern for "reset state when a prop changes").
  if (state.machine !== machine) {
    setState({ machine, version, buffers: loadAll(machine, files, state.buffers) });
  } else if (state.version !== version) {
    setState({ ...state, version, buffers: refreshed(machine, state.buffers, files) });
  }
  const { buffers } = state;
  const update = (fn: (b: Buffers) => Buffers) =>
    setState((s) => (s.machine === machine ? { ...s, buffers: fn(s.buffers) } : s));

  return {
    buffers,
    edit(path: string, text: string) {
      update((b) =>
        b[path] && b[path].text !== text ? { ...b, [path]: { ...b[path], text } } : b,
      );
    },
    /** Follows the host for `path` if the reader has not changed it. */
    refresh(path: string) {
      update((b) => refreshed(machine, b, [path]));
    },
    /**
     * Writes `text` (what the view holds now, the buffer's text by default) to the host;
     * returns the Korean error, or null once saved.
     */
    save(path: string, text = buffers[path]?.text): string | null {
      if (text === undefined || !buffers[path]) return null;
      const error = writeHostFile(machine, path, text);
      if (error) return error;
      update((all) => ({
        ...all,
        [path]: { ...all[path]!, text, saved: text, missing: false, error: null },
      }));
      return null;
    },
  };
}
