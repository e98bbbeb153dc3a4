/**
 * redis:7.4.1 (bookworm; = latest) as on Docker Hub in October 2024: files and config; what
 * redis-server and redis-cli do are Programs in ../../apps (docs/images.md).
 */
import { BIN, DEBIAN_GROUP, DEBIAN_PASSWD } from '../rootfs-debian';
import type { CatalogImage, FileTree, HistoryRow } from '../types';
import { bookwormSlim, PATH } from './debian';

const BUILDKIT = 'buildkit.dockerfile.v0';
export const row = (createdBy: string, size?: number, files?: FileTree): HistoryRow => ({
  createdBy,
  size,
  files,
  comment: BUILDKIT,
});

/** BuildKit's layer for a step that changes nothing (WORKDIR of an existing dir): 32 bytes gzip. */
export const EMPTY_LAYER =
  'sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1';

export const GOSU_RUN =
  'RUN /bin/sh -c set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates gnupg wget; \trm -rf /var/lib/apt/lists/*; \tdpkgArch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; \twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \t…; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true # buildkit';

const REDIS_SHA = 'bc34ea9d6e3c3c7e8a6b1c2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718';

export const redis: CatalogImage = {
  repo: 'redis',
  tags: ['latest', '7', '7.4', '7.4.1', 'bookworm', '7.4.1-bookworm'],
  created: '2024-10-17T01:32:09Z',
  base: bookwormSlim,
  history: [
    row(
      'RUN /bin/sh -c set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis # buildkit',
      4_130,
      {
        '/etc/passwd': `${DEBIAN_PASSWD}redis:x:999:999::/home/redis:/bin/sh\n`,
        '/etc/group': `${DEBIAN_GROUP}redis:x:999:\n`,
      },
    ),
    row(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\ttzdata \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      1_480_000,
      { '/usr/share/zoneinfo/UTC': { data: 'TZif2', binary: true } },
    ),
    row('ENV GOSU_VERSION=1.17'),
    row(GOSU_RUN, 4_140_000, { '/usr/local/bin/gosu': BIN }),
    row('ENV REDIS_VERSION=7.4.1'),
    row('ENV REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.1.tar.gz'),
    row(`ENV REDIS_DOWNLOAD_SHA=${REDIS_SHA}`),
    row(
      'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\twget \t\t\t\tdpkg-dev \t\tgcc \t\tlibc6-dev \t\tlibssl-dev \t\tmake \t; \t…; \tmake -C /usr/src/redis -j "$(nproc)" all; \tmake -C /usr/src/redis install; \t…; \tredis-cli --version; \tredis-server --version # buildkit',
      36_900_000,
      {
        '/usr/local/bin/redis-server': BIN,
        '/usr/local/bin/redis-cli': BIN,
        '/usr/local/bin/redis-benchmark': BIN,
        '/usr/local/bin/redis-check-aof': { symlink: 'redis-server' },
        '/usr/local/bin/redis-check-rdb': { symlink: 'redis-server' },
        '/usr/local/bin/redis-sentinel': { symlink: 'redis-server' },
      },
    ),
    row('RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit', 0, {
      '/data': { dir: true, uid: 999, gid: 999 },
    }),
    row('VOLUME [/data]'),
    { ...row('WORKDIR /data', 0), emptyLayerDigest: true },
    row('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 661, {
      '/usr/local/bin/docker-entrypoint.sh': {
        data: '#!/bin/sh\nset -e\n# (simulated by layerlab: the real script drops to the redis user with gosu)\n',
        mode: 0o775,
      },
    }),
    row('ENTRYPOINT ["docker-entrypoint.sh"]'),
    row('EXPOSE map[6379/tcp:{}]'),
    row('CMD ["redis-server"]'),
  ],
  config: {
    Cmd: ['redis-server'],
    Entrypoint: ['docker-entrypoint.sh'],
    Env: [
      PATH,
      'GOSU_VERSION=1.17',
      'REDIS_VERSION=7.4.1',
      'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.1.tar.gz',
      `REDIS_DOWNLOAD_SHA=${REDIS_SHA}`,
    ],
    Volumes: { '/data': {} },
    WorkingDir: '/data',
    ExposedPorts: { '6379/tcp': {} },
  },
};
