import { describe, expect, it } from 'vitest';
import { CancelToken } from '../../runtime';
import { Capture, Limited } from '../io';
import { runCommand } from '../testing';
import type { Command, CommandContext, Flavor } from '../types';
import { seq } from './seq';
import { yes } from './yes';

/** Runs `command` with a stdout that throws once `limit` bytes were written (a closed pipe). */
async function untilClosed(
  command: Command,
  args: string[],
  limit: number,
  flavor: Flavor = 'bash',
) {
  let text = '';
  let pauses = 0;
  class PipeClosed extends Error {}
  const ctx = {
    name: command.name,
    args,
    flavor,
    cancel: new CancelToken(),
    stdout: {
      write(t: string) {
        if (text.length >= limit) throw new PipeClosed();
        text += t;
      },
    },
    stderr: { write: () => {} },
    pause: async () => void pauses++,
  } as unknown as CommandContext;
  let thrown: unknown = null;
  try {
    await command.run(ctx);
  } catch (e) {
    thrown = e;
  }
  return { text, pauses, closed: thrown instanceof PipeClosed };
}

describe('yes', () => {
  it('writes whole lines in chunks of a few KiB and lets a closed pipe end it', async () => {
    const r = await untilClosed(yes, ['abc', 'def'], 20_000);
    expect(r.closed).toBe(true);
    expect(r.text.startsWith('abc def\nabc def\n')).toBe(true);
    expect(r.text.length % 'abc def\n'.length).toBe(0);
    expect(r.pauses).toBeGreaterThanOrEqual(4); // paused between chunks, not once at the end
  });

  it('stops at Ctrl-C between chunks', async () => {
    const cancel = new CancelToken();
    let written = 0;
    const ctx = {
      name: 'yes',
      args: [],
      flavor: 'bash',
      cancel,
      stdout: { write: (t: string) => void (written += t.length) },
      stderr: { write: () => {} },
      pause: async () => {
        if (written > 50_000) cancel.cancel();
      },
    } as unknown as CommandContext;
    expect(await yes.run(ctx)).toBe(130);
    expect(written).toBeLessThan(60_000);
  });

  it('stops once the output cap is spent (no endless loop behind a full buffer)', async () => {
    const sink = new Capture();
    const out = new Limited(sink, 10_000);
    const ctx = {
      name: 'yes',
      args: [],
      flavor: 'busybox',
      cancel: new CancelToken(),
      stdout: out,
      stderr: { write: () => {} },
      pause: async () => {},
    } as unknown as CommandContext;
    expect(await yes.run(ctx)).toBe(0);
    expect(out.overflowed).toBe(true);
    expect(sink.text.length).toBe(10_000);
  });
});

describe('seq', () => {
  it.each([
    [['3'], '1\n2\n3\n'],
    [['-s', ', ', '1', '3'], '1, 2, 3\n'],
    [['0', '0.25', '1'], '0.00\n0.25\n0.50\n0.75\n1.00\n'],
    [['-w', '98', '100'], '098\n099\n100\n'],
    [['0', '0.1', '0.3'], '0.0\n0.1\n0.2\n0.3\n'],
  ])('GNU seq %j', async (args, out) => {
    expect((await runCommand(seq, args)).stdout).toBe(out);
  });

  it('GNU refuses a zero increment; BusyBox repeats FIRST until the reader stops', async () => {
    const gnu = await runCommand(seq, ['1', '0', '3']);
    expect(gnu.exitCode).toBe(1);
    expect(gnu.stderr).toBe(
      "seq: invalid Zero increment value: '0'\nTry 'seq --help' for more information.\n",
    );
    const bb = await untilClosed(seq, ['1', '0', '3'], 10_000, 'busybox');
    expect(bb.closed).toBe(true);
    expect(bb.text.slice(0, 6)).toBe('1\n1\n1\n');
  });

  it('a long sequence is written in pieces with pauses between them', async () => {
    const r = await untilClosed(seq, ['100000'], 1 << 30);
    expect(r.text.endsWith('99999\n100000\n')).toBe(true);
    expect(r.pauses).toBeGreaterThan(100); // 588,895 bytes in 4 KiB pieces
  });
});
