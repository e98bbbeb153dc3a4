/**
 * What the simulated machine says about itself where a real one asks its kernel or its packages:
 * `uname`, `docker version` / `docker info`, nginx's startup notice. The daemon is the one the
 * CLI fixtures were recorded against (Debian 12's docker.io 20.10.24, driven by CLI 28.2.2), so
 * the host is Debian 12 with Debian's kernel. Which of these values are made up (and which are
 * the real packages') is listed in docs/semantics.md#simulated-host-facts.
 */

/** `uname -s`, `-r`, `-v`, `-m`, `-o`: Debian 12's kernel package (simulated). */
export const KERNEL = {
  name: 'Linux',
  release: '6.1.0-28-amd64',
  version: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)',
  machine: 'x86_64',
  os: 'GNU/Linux',
} as const;

export const OPERATING_SYSTEM = 'Debian GNU/Linux 12 (bookworm)';

/**
 * The host's /etc/resolv.conf (made up: what a DHCP lease from a home router writes); Docker
 * copies it into each container on the default bridge (etc-files.ts).
 */
export const HOST_RESOLV_CONF = 'nameserver 192.168.0.1\n';

/** The host's /etc/hosts as Debian's installer writes it for a machine named `host` (made up). */
export const HOST_HOSTS = `127.0.0.1\tlocalhost
127.0.1.1\thost

# The following lines are desirable for IPv6 capable hosts
::1     localhost ip6-localhost ip6-loopback
ff02::1 ip6-allnodes
ff02::2 ip6-allrouters
`;

/** Two CPUs (nginx starts two workers); 8 GiB of RAM, MemTotal 8,140,368 kB (df's tmpfs). */
export const CPUS = 2;
export const MEM_TOTAL_BYTES = 8_140_368 * 1024;

/** The client half of `docker version`: the real CLI 28.2.2 release binary. */
export const DOCKER_CLIENT = {
  version: '28.2.2',
  apiVersion: '1.50',
  goVersion: 'go1.24.3',
  gitCommit: 'e6534b4',
  built: 'Fri May 30 12:07:14 2025',
} as const;

/**
 * The daemon the simulation imitates: Debian 12's docker.io 20.10.24+dfsg1 with its containerd,
 * runc and tini packages, as the recording machine's packages report themselves
 * (lib/shell/docker/fixtures/info.docker.transcript). The CLI talks to it at API 1.41, "downgraded from 1.50".
 */
export const DOCKER_SERVER = {
  version: '20.10.24+dfsg1',
  apiVersion: '1.41',
  minApiVersion: '1.12',
  goVersion: 'go1.19.8',
  gitCommit: '5d6db84',
  built: 'Thu May  7 21:09:36 2026',
  buildTime: '2026-05-07T21:09:36.000000000+00:00',
  containerd: { version: '1.6.20~ds1', commit: '1.6.20~ds1-1+deb12u3' },
  runc: { version: '1.1.5+ds1', commit: '1.1.5+ds1-1+deb12u1' },
  init: { version: '0.19.0', commit: '' },
  /** The daemon's ID: made up (a real daemon generates one when it first starts). */
  id: 'LAYR:LLAB:SIMU:LATE:DDAE:MONX:AAAA:AAAA:AAAA:AAAA:AAAA:AAAA',
} as const;
