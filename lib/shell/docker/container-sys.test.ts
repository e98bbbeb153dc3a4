import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOME, createMachine } from '../../machine';
import { transcript } from '../transcript';

/**
 * The lines of fixtures/container-sys.cmds marked `sim-differs` (a container's /proc/mounts,
 * mount and df) differ from the recording only by the machine: the oracle's disk is /dev/vda
 * with its own ext4 options and size, the simulated host's is /dev/sda1 (64 GB). With those
 * replaced, the mount tables must match line for line (Docker lists mounts of equal depth in
 * map order, so they are compared sorted) and df must show the same filesystems at the same
 * mount points (also sorted).
 */
const dir = join(import.meta.dirname, 'fixtures');
const cmds = readFileSync(join(dir, 'container-sys.cmds'), 'utf8').split('\n');
const marked = cmds.filter((_, i) => i > 0 && cmds[i - 1]!.startsWith('# sim-differs:'));

const WORK = `${HOME}/work`;

function normalise(text: string): string {
  return text
    .replaceAll(WORK, '<work>')
    .replace(/\b[0-9a-f]{64}\b/g, '<id64>')
    .replace(/\/overlay2\/l\/[A-Z2-7]{26}\b/g, '/overlay2/l/<link>');
}

function blocks(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of normalise(text).split(/^(?=\$ )/m)) {
    if (!b.startsWith('$ ')) continue;
    out.set(b.slice(2, b.indexOf('\n')), b.slice(b.indexOf('\n') + 1).replace(/^#.*\n/gm, ''));
  }
  return out;
}

function asSimulatedMachine(text: string): string {
  return text
    .replaceAll('/dev/vda', '/dev/sda1')
    .replaceAll(',discard,resv_strict,resuid=65534,resgid=65534', '');
}

const sortedLines = (t: string) => t.split('\n').sort().join('\n');
/** df rows without their numbers: source, mount point. */
const dfShape = (t: string) =>
  t
    .split('\n')
    .map((l) => l.replace(/^(\S+)\s+\S+\s+\S+\s+\S+\s+\S+%\s+(\S+)$/, '$1 $2'))
    .join('\n');

describe('a container sees its mounts as a real one does (machine aside)', async () => {
  const real = blocks(readFileSync(join(dir, 'container-sys.docker.transcript'), 'utf8'));
  const simulated = blocks(await transcript(createMachine({ seed: 1, cwd: WORK }), cmds));
  it.each(marked)('%s', (command) => {
    const want = asSimulatedMachine(real.get(command)!);
    const got = simulated.get(command)!;
    if (/ df( |$)/.test(command))
      expect(sortedLines(dfShape(got))).toBe(sortedLines(dfShape(want)));
    else expect(sortedLines(got)).toBe(sortedLines(want));
  });
});
