/** The learner's host: a small Linux-like filesystem and the bash session over it. */
import { EPOCH_2024, MemFs, fixedClock, type Clock, type FileSystem } from '../fs';
import { HOST_HOSTS, HOST_RESOLV_CONF } from '../engine';
import { Session, type SessionOptions, type Command } from '../shell';

import { HOME, LEARNER, START_DIR } from './paths';

/** A fresh host filesystem: /home/learner/ch06 owned by learner (1000:1000), /tmp 1777, /etc. */
/**
 * Writes a file as the learner's editor on the host does: missing folders made first (mkdir -p),
 * everything new owned by the learner; a path they may not write throws FsError.
 */
export function writeAsLearner(fs: MemFs, path: string, content: string): void {
  const learner = fs.as(LEARNER);
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  if (!learner.exists(dir)) learner.mkdir(dir, { recursive: true });
  learner.writeFile(path, content);
}

export function createHostFs(clock: Clock = fixedClock(EPOCH_2024)): MemFs {
  const fs = new MemFs({ clock });
  fs.mkdir(START_DIR, { recursive: true });
  fs.chown(HOME, LEARNER.uid, LEARNER.gid);
  fs.chown(START_DIR, LEARNER.uid, LEARNER.gid);
  fs.chmod(HOME, 0o750);
  fs.mkdir('/root', { mode: 0o700 });
  fs.mkdir('/tmp');
  fs.chmod('/tmp', 0o1777);
  fs.mkdir('/dev');
  fs.writeFile('/dev/null', '', { mode: 0o666 }); // redirections treat it as the null device
  fs.mkdir('/etc');
  fs.writeFile(
    '/etc/passwd',
    `root:x:0:0:root:/root:/bin/bash\nlearner:x:${LEARNER.uid}:${LEARNER.gid}::${HOME}:/bin/bash\n`,
  );
  fs.writeFile('/etc/group', `root:x:0:\nlearner:x:${LEARNER.gid}:\n`);
  fs.writeFile('/etc/hostname', 'host\n');
  fs.writeFile('/etc/hosts', HOST_HOSTS);
  fs.writeFile('/etc/resolv.conf', HOST_RESOLV_CONF);
  return fs;
}

/** The host shell: bash flavor, user learner in ~/ch06. */
export function createHostSession(
  commands: readonly Command[],
  options: Partial<SessionOptions> & { fs?: FileSystem } = {},
): Session {
  return new Session({
    flavor: 'bash',
    fs: options.fs ?? createHostFs(),
    identity: LEARNER,
    cwd: START_DIR,
    env: {
      HOME,
      USER: 'learner',
      LOGNAME: 'learner',
      SHELL: '/bin/bash',
      PATH: '/usr/local/bin:/usr/bin:/bin',
      LANG: 'C.UTF-8',
    },
    user: 'learner',
    hostname: 'host',
    ...options,
    commands,
  });
}
