/**
 * A program's own prompt (redis-cli, psql) dressed as a Session, so the terminal holds it as it
 * holds a container shell: its prompt, its lines, its history, leaving when the program exits.
 * No shell parses the lines: each one goes to the program as typed.
 */
import type { ProcessSpec, Repl } from '../engine';
import { Session } from './session';
import type { Completion } from './completion';
import type { Output } from './types';

export class ReplSession extends Session {
  private readonly lines: string[] = [];

  constructor(
    private readonly repl: Repl,
    spec: ProcessSpec,
  ) {
    super({
      flavor: 'busybox',
      fs: spec.fs,
      identity: spec.identity,
      cwd: spec.cwd,
      env: {},
      commands: [],
    });
  }

  /** Printed once when the terminal takes the prompt. */
  get banner(): string {
    return this.repl.banner ?? '';
  }

  override get history(): readonly string[] {
    return this.lines;
  }

  override get exited(): number | null {
    return this.repl.exited;
  }

  override prompt(): string {
    return this.repl.prompt();
  }

  override needsMore(): boolean {
    return false;
  }

  override complete(_line: string, cursor = 0): Completion {
    return { start: cursor, candidates: [] };
  }

  override async run(line: string, out: { stdout: Output; stderr: Output }): Promise<number> {
    if (line.trim() !== '') this.lines.push(line);
    await this.repl.line(line, out);
    return this.repl.exited ?? 0;
  }
}
