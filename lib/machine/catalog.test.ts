import { describe, expect, it } from 'vitest';
import { createMachine } from '.';

/**
 * The facts docs/images.md records for each catalog image, checked through what a learner sees:
 * `docker images` SIZE, the layers a pull lists, `docker history` (rows, sizes, texts) and the
 * config `docker image inspect` prints. A change to the catalog that breaks a fact fails here.
 */
interface Fact {
  ref: string;
  size: string;
  layers: number;
  /** `docker history` rows, newest first: "SIZE CREATED BY (truncated)". */
  history: number;
  top: string;
  config: Record<string, unknown>;
  files: Record<string, RegExp>;
}

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const FACTS: Fact[] = [
  {
    ref: 'alpine:3.20',
    size: '7.8MB',
    layers: 1,
    history: 2,
    top: 'CMD ["/bin/sh"]',
    config: { Cmd: ['/bin/sh'], Env: [`PATH=${PATH}`] },
    files: { '/etc/os-release': /^NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3\.20\.3\n/ },
  },
  {
    ref: 'alpine:3.19',
    size: '7.38MB',
    layers: 1,
    history: 2,
    top: 'CMD ["/bin/sh"]',
    config: { Cmd: ['/bin/sh'] },
    files: { '/etc/alpine-release': /^3\.19\.4\n$/ },
  },
  {
    ref: 'alpine:3.9',
    size: '5.53MB',
    layers: 1,
    history: 2,
    top: '/bin/sh -c #(nop)  CMD ["/bin/sh"]',
    config: { Cmd: ['/bin/sh'] },
    files: { '/etc/os-release': /PRETTY_NAME="Alpine Linux v3\.9"/ },
  },
  {
    ref: 'busybox',
    size: '4.27MB',
    layers: 1,
    history: 2,
    top: 'CMD ["sh"]',
    config: { Cmd: ['sh'] },
    files: { '/etc/passwd': /^root:x:0:0:root:\/root:\/bin\/sh\n/ },
  },
  {
    ref: 'debian:bookworm-slim',
    size: '74.8MB',
    layers: 1,
    history: 1,
    top: "# debian.sh --arch 'amd64' out/ 'bookworm' '…",
    config: { Cmd: ['bash'] },
    files: { '/etc/os-release': /^PRETTY_NAME="Debian GNU\/Linux 12 \(bookworm\)"\n/ },
  },
  {
    ref: 'ubuntu:24.04',
    size: '78.1MB',
    layers: 1,
    history: 6,
    top: '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
    config: { Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.version': '24.04' } },
    files: {
      '/etc/os-release': /VERSION="24\.04\.1 LTS \(Noble Numbat\)"/,
      '/etc/passwd': /^ubuntu:x:1000:1000:/m,
    },
  },
  {
    ref: 'ubuntu:22.04',
    size: '77.9MB',
    layers: 1,
    history: 6,
    top: '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
    config: { Cmd: ['/bin/bash'] },
    files: { '/etc/os-release': /VERSION="22\.04\.5 LTS \(Jammy Jellyfish\)"/ },
  },
  {
    ref: 'nginx',
    size: '192MB',
    layers: 7,
    history: 17,
    top: 'CMD ["nginx" "-g" "daemon off;"]',
    config: {
      Cmd: ['nginx', '-g', 'daemon off;'],
      Entrypoint: ['/docker-entrypoint.sh'],
      ExposedPorts: { '80/tcp': {} },
    },
    files: {
      '/usr/share/nginx/html/index.html': /<title>Welcome to nginx!<\/title>/,
      '/etc/nginx/conf.d/default.conf': /root {3}\/usr\/share\/nginx\/html;/,
      '/etc/passwd': /^nginx:x:101:101:nginx user:\/nonexistent:\/bin\/false$/m,
    },
  },
  {
    ref: 'redis',
    size: '117MB',
    layers: 8,
    history: 16,
    top: 'CMD ["redis-server"]',
    config: {
      Cmd: ['redis-server'],
      Entrypoint: ['docker-entrypoint.sh'],
      WorkingDir: '/data',
      Volumes: { '/data': {} },
      ExposedPorts: { '6379/tcp': {} },
    },
    files: { '/usr/local/bin/redis-server': /^\x7fELF/ },
  },
  {
    ref: 'postgres',
    size: '435MB',
    layers: 14,
    history: 25,
    top: 'CMD ["postgres"]',
    config: {
      Cmd: ['postgres'],
      Entrypoint: ['docker-entrypoint.sh'],
      Volumes: { '/var/lib/postgresql/data': {} },
      ExposedPorts: { '5432/tcp': {} },
    },
    files: { '/usr/lib/postgresql/17/bin/postgres': /^\x7fELF/ },
  },
];

async function run(line: string, s = createMachine()) {
  const { output, exitCode } = await s.exec(line);
  expect(exitCode, `${line}\n${output}`).toBe(0);
  return output;
}

describe('each catalog image is the real image as docs/images.md records it', () => {
  it.each(FACTS)('$ref', async (fact) => {
    const s = createMachine();
    const pulled = await run(`docker pull ${fact.ref}`, s);
    expect(pulled.match(/: Pull complete$/gm)).toHaveLength(fact.layers);
    const [repo, tag = 'latest'] = fact.ref.split(':');
    const row = (await run(`docker images ${fact.ref}`, s)).split('\n')[1]!.split(/\s{2,}/);
    expect([row[0], row[1], row[4]]).toEqual([repo, tag, fact.size]);
    const history = (await run(`docker history ${fact.ref}`, s)).trimEnd().split('\n').slice(1);
    expect(history).toHaveLength(fact.history);
    expect(history[0]).toContain(`   ${fact.top}   `);
    expect(history.slice(1).every((h) => h.startsWith('<missing>'))).toBe(true);
    const config = JSON.parse(
      await run(`docker image inspect --format '{{json .Config}}' ${fact.ref}`, s),
    );
    expect(config).toMatchObject(fact.config);
    for (const [path, pattern] of Object.entries(fact.files)) {
      const out = await run(`docker run --rm --entrypoint cat ${fact.ref} ${path}`, s);
      expect(out).toMatch(pattern);
    }
  });

  it('shares the debian base between nginx, redis and postgres: a second pull finds it', async () => {
    const s = createMachine();
    await run('docker pull nginx', s);
    const redis = await run('docker pull redis', s);
    expect(redis.match(/: Already exists$/gm)).toHaveLength(1);
    const postgres = await run('docker pull postgres', s);
    // the debian layer and BuildKit's empty layer (from redis's WORKDIR)
    expect(postgres.match(/: Already exists$/gm)).toHaveLength(1);
    expect(postgres).not.toContain('4f4fb700ef54: Pulling fs layer');
  });
});
