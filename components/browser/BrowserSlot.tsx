'use client';
/** A small browser for the apps the playground publishes on localhost ports. */
import type { Sandbox } from '@/lib/shell/sandbox';

export interface BrowserSlotProps {
  scenario: string;
  /** The machine, once the playground is live (it may be replaced: undo, reset, import). */
  sandbox: Sandbox | null;
  /** How many commands have finished: published ports may have changed. */
  commands: number;
}

export function BrowserSlot(_props: BrowserSlotProps) {
  return null;
}
