/** The sessions `sim` can start. Scenario start states arrive with the exercises (issue 7). */
import { EPOCH_2024, MemFs, MountedFs, createDevFs, fixedClock } from '../fs';
import { standardCommands, seededRandom, type LineRunner, Session, type Flavor } from '../shell';
import { createMachine } from './machine';

export const SCENARIOS: readonly string[] = ['sandbox'];

/** A bare BusyBox root like a minimal alpine container: /bin /etc /root /tmp /dev/null. */
export function containerRootFs(): MemFs {
  const fs = new MemFs({ clock: fixedClock(EPOCH_2024) });
  for (const dir of ['/bin', '/etc', '/root', '/tmp', '/dev']) fs.mkdir(dir);
  fs.chmod('/root', 0o700);
  fs.chmod('/tmp', 0o1777);
  fs.writeFile('/dev/null', '', { mode: 0o666 });
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n');
  fs.writeFile('/etc/group', 'root:x:0:root\n');
  return fs;
}

/** bash: the whole machine (host + docker); busybox: a bare container shell. */
export function simSession(
  flavor: Flavor,
  seed: number,
  cwd?: string,
  budgetMs?: number,
): LineRunner {
  const random = seededRandom(seed);
  if (flavor === 'bash') return createMachine({ seed, cwd, budgetMs });
  return new Session({
    flavor: 'busybox',
    fs: new MountedFs(containerRootFs(), [
      {
        target: '/dev',
        fs: createDevFs({ clock: fixedClock(EPOCH_2024), random, container: true }),
        source: '/',
        readOnly: false,
      },
    ]),
    identity: { uid: 0, gid: 0 },
    cwd: '/',
    env: {
      HOME: '/root',
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      HOSTNAME: 'container',
    },
    commands: standardCommands,
    random,
    pacing: { budgetMs },
  });
}
