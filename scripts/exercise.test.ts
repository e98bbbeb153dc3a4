import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../lib/exercises';

/** Runs scripts/exercise.ts as a learner would, the lines on stdin. */
function play(args: string[], lines: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/exercise.ts', ...args], {
    input: lines.join('\n'),
    encoding: 'utf8',
  });
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, last };
}

describe('scripts/exercise.ts', () => {
  const lifetime = scenarios.find((s) => s.id === 'writable-layer-lifetime')!;

  it('ends with one JSON line and exits 0 when the lines complete the exercise', () => {
    const r = play(['--quiet', lifetime.id], lifetime.solution);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.last)).toEqual({
      scenario: lifetime.id,
      complete: true,
      goals: Object.fromEntries(lifetime.goals.map((g) => [g.id, true])),
      wrongAnswers: [],
    });
  }, 60_000);

  it('prints the goals and each mistake and note after its line, and exits 1 when incomplete', () => {
    const r = play(
      [lifetime.id],
      ['docker container rm -f f1', 'docker container start --attach f1'],
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('$ docker container rm -f f1\nf1\n  goals 1/3: edit-lost\n');
    expect(r.stdout).toContain('  notice lost-for-good: ');
    expect(r.stdout).toContain('  wrong answer start-deleted: ');
    expect(JSON.parse(r.last)).toMatchObject({ complete: false, wrongAnswers: ['start-deleted'] });
  }, 60_000);

  it('exits 2 on an unknown scenario and lists the known ones', () => {
    const r = play(['nope'], []);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown scenario 'nope'");
    expect(r.stderr).toContain(scenarios.map((s) => s.id).join(', '));
  }, 60_000);
});
