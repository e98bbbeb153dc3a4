'use client';
/** The playground's file editor (Dockerfile and host files). */
import type { Sandbox } from '@/lib/shell/sandbox';

export interface EditorSlotProps {
  scenario: string;
  /** The machine, once the playground is live (it may be replaced: undo, reset, import). */
  sandbox: Sandbox | null;
  /** The exercise's editable files (absolute host paths). */
  files: readonly string[];
  /** Starts the playground (when the reader opens the editor before the terminal is up). */
  activate(): void;
  /** A file was written into the host filesystem. */
  onSaved(path: string, content: string): void;
}

export function EditorSlot(_props: EditorSlotProps) {
  return null;
}
