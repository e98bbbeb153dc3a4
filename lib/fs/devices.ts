/**
 * The /dev a shell sees: on the host (Debian's devtmpfs) and in a container (Docker's tmpfs with
 * the same character devices, plus pts/, shm/ and mqueue/). Device numbers are Linux's
 * (mem major 1: null 3, zero 5, full 7, random 8, urandom 9; tty 5,0); /dev/stdout and friends
 * are symlinks into /proc/self/fd, as udev and Docker make them.
 */
import type { Clock } from './clock';
import { MemFs } from './memfs';
import { SpecialFs, type Device } from './special';

const MEM_DEVICES: Record<string, Device> = {
  full: { major: 1, minor: 7, content: 'zeros', full: true },
  null: { major: 1, minor: 3, content: 'empty' },
  random: { major: 1, minor: 8, content: 'random' },
  tty: { major: 5, minor: 0, content: 'empty' },
  urandom: { major: 1, minor: 9, content: 'random' },
  zero: { major: 1, minor: 5, content: 'zeros' },
};

const FD_LINKS: Record<string, string> = {
  fd: '/proc/self/fd',
  stderr: '/proc/self/fd/2',
  stdin: '/proc/self/fd/0',
  stdout: '/proc/self/fd/1',
};

export interface DevOptions {
  clock: Clock;
  random: () => number;
  /** A container's /dev (Docker's layout) rather than the host's. */
  container?: boolean;
}

/** A fresh /dev, to be mounted at /dev (paths inside are relative to it: "/null"). */
export function createDevFs(options: DevOptions): SpecialFs {
  const tree = new MemFs({ clock: options.clock, rootMode: 0o755 });
  const devices: Record<string, Device & { gid?: number }> = {};
  for (const [name, dev] of Object.entries(MEM_DEVICES)) {
    tree.writeFile(`/${name}`, '', { mode: 0o666 });
    tree.chmod(`/${name}`, 0o666);
    // the host's /dev/tty belongs to group tty (5); Docker's to root
    devices[`/${name}`] = name === 'tty' && !options.container ? { ...dev, gid: 5 } : dev;
  }
  for (const [name, target] of Object.entries(FD_LINKS)) tree.symlink(target, `/${name}`);
  tree.mkdir('/pts', { mode: 0o755 });
  tree.mkdir('/shm', { mode: 0o1777 });
  tree.chmod('/shm', 0o1777);
  if (options.container) {
    tree.symlink('pts/ptmx', '/ptmx');
    tree.mkdir('/mqueue', { mode: 0o1777 });
    tree.chmod('/mqueue', 0o1777);
  }
  return new SpecialFs({ tree, devices, random: options.random });
}

/**
 * A container's /proc, as far as the simulation needs it: /proc/self/mounts, computed from the
 * container's mount table on every read, and /proc/mounts -> self/mounts.
 */
export function createProcFs(options: {
  clock: Clock;
  random: () => number;
  mounts: () => string;
}): SpecialFs {
  const tree = new MemFs({ clock: options.clock, rootMode: 0o555 });
  tree.mkdir('/self', { mode: 0o555 });
  tree.writeFile('/self/mounts', '', { mode: 0o444 });
  tree.chmod('/self/mounts', 0o444);
  tree.symlink('self/mounts', '/mounts');
  return new SpecialFs({
    tree,
    generated: { '/self/mounts': options.mounts },
    random: options.random,
  });
}
