/** Test helpers: a playground-like machine that runs the book's commands and checks each one. */
import { createMachine, type Machine } from '../machine';

export const BOOK_CWD = '/home/learner/diamol';
export const BIND_DIR = `${BOOK_CWD}/ch06/exercises/bind-mount`;

export async function sandboxAfter(...lines: string[]): Promise<Machine> {
  const machine = createMachine({ cwd: BOOK_CWD });
  await run(machine, ...lines);
  return machine;
}

/** The same, on the images the real daemon's recordings were made with (its local stand-ins). */
export async function oracleMachineAfter(...lines: string[]): Promise<Machine> {
  const machine = createMachine({ cwd: BOOK_CWD, images: 'oracle' });
  await run(machine, ...lines);
  return machine;
}

export async function run(machine: Machine, ...lines: string[]): Promise<void> {
  for (const line of lines) {
    const result = await machine.exec(line);
    if (result.exitCode !== 0) throw new Error(`${line} → ${result.exitCode}: ${result.output}`);
  }
}
