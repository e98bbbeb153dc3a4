/**
 * A container's mount table as its /proc/self/mounts shows it, shaped like a real container's
 * (recorded from Docker 20.10 with runc, cgroup v1, lib/shell/docker/fixtures/container-sys):
 * the overlay root with its lowerdir/upperdir/workdir, proc, Docker's /dev tmpfs, devpts, sysfs
 * and the cgroups, mqueue, shm, then the user's mounts in order, the /etc files Docker binds in,
 * and the masked /proc and /sys paths. Paths come from the simulated engine (overlay-ids.ts);
 * the host disk is the simulated host's /dev/sda1 (ext4), not the recording machine's.
 */
import type { Container, MountPoint } from './container';
import { ETC_FILES } from './etc-files';
import { overlayDir, shortLink } from './overlay-ids';

/** The simulated host's disk, as the host's `df` and a container's mounts name it. */
export const HOST_DISK = '/dev/sda1';
/** Docker's default size of /dev and /dev/shm (64 MiB). */
export const SMALL_TMPFS_KB = 65_536;

export interface MountEntry {
  source: string;
  target: string;
  type: string;
  options: string;
}

const CGROUPS = ['cpu', 'cpuacct', 'cpuset', 'memory', 'devices', 'freezer', 'blkio', 'pids'];
const KERNEL = 'nosuid,nodev,noexec,relatime';

function entry(source: string, target: string, type: string, options: string): MountEntry {
  return { source, target, type, options };
}

function rootEntry(c: Container): MountEntry {
  const rw = overlayDir(`rw:${c.id}`);
  const lowers = [`${rw}-init`, ...[...c.image.layers].reverse().map((l) => overlayDir(l.id))];
  const lowerdir = lowers.map(shortLink).join(':');
  const mode = c.hostConfig.readonlyRootfs ? 'ro' : 'rw';
  return entry(
    'overlay',
    '/',
    'overlay',
    `${mode},relatime,lowerdir=${lowerdir},upperdir=${rw}/diff,workdir=${rw}/work`,
  );
}

function userEntry(m: MountPoint): MountEntry {
  const mode = m.rw ? 'rw' : 'ro';
  if (m.type !== 'tmpfs') return entry(HOST_DISK, m.destination, 'ext4', `${mode},relatime`);
  const size = m.tmpfsSize ? `,size=${Math.ceil(m.tmpfsSize / 1024)}k` : '';
  // shmem_show_options: mode only when it is not the default 1777, in octal, at least 3 digits
  const perm = m.tmpfsMode ?? 0o1777;
  const modeOption = perm === 0o1777 ? '' : `,mode=${perm.toString(8).padStart(3, '0')}`;
  return entry('tmpfs', m.destination, 'tmpfs', `${mode},${KERNEL}${size}${modeOption}`);
}

/** Every line of the container's /proc/self/mounts, in the kernel's order. */
export function containerMounts(c: Container): MountEntry[] {
  const etcMode = c.hostConfig.readonlyRootfs ? 'ro' : 'rw';
  return [
    rootEntry(c),
    entry('proc', '/proc', 'proc', `rw,${KERNEL}`),
    entry('tmpfs', '/dev', 'tmpfs', `rw,nosuid,size=${SMALL_TMPFS_KB}k,mode=755`),
    entry('devpts', '/dev/pts', 'devpts', 'rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666'),
    entry('sysfs', '/sys', 'sysfs', `ro,${KERNEL}`),
    entry('tmpfs', '/sys/fs/cgroup', 'tmpfs', `rw,${KERNEL},mode=755`),
    ...CGROUPS.map((g) => entry('cgroup', `/sys/fs/cgroup/${g}`, 'cgroup', `ro,${KERNEL},${g}`)),
    entry('cgroup', '/sys/fs/cgroup/systemd', 'cgroup', `ro,${KERNEL},name=systemd`),
    entry('mqueue', '/dev/mqueue', 'mqueue', `rw,${KERNEL}`),
    entry('shm', '/dev/shm', 'tmpfs', `rw,${KERNEL},size=${SMALL_TMPFS_KB}k`),
    ...c.mounts.map(userEntry),
    ...ETC_FILES.filter((f) => !c.mounts.some((m) => m.destination === `/etc/${f}`)).map((f) =>
      entry(HOST_DISK, `/etc/${f}`, 'ext4', `${etcMode},relatime`),
    ),
    ...['bus', 'fs', 'irq', 'sys'].map((p) => entry('proc', `/proc/${p}`, 'proc', `ro,${KERNEL}`)),
    entry('tmpfs', '/proc/acpi', 'tmpfs', 'ro,relatime'),
    entry('tmpfs', '/proc/keys', 'tmpfs', `rw,nosuid,size=${SMALL_TMPFS_KB}k,mode=755`),
    entry('tmpfs', '/proc/timer_list', 'tmpfs', `rw,nosuid,size=${SMALL_TMPFS_KB}k,mode=755`),
    entry('tmpfs', '/sys/firmware', 'tmpfs', 'ro,relatime'),
  ];
}

/** The text of /proc/mounts (fstab format: fields, then "0 0"). */
export function mountsText(entries: readonly MountEntry[]): string {
  return entries.map((e) => `${e.source} ${e.target} ${e.type} ${e.options} 0 0\n`).join('');
}
