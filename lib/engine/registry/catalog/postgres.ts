/**
 * postgres:17.0 (bookworm; = latest) as on Docker Hub in October 2024: files and config; what
 * postgres, initdb and psql do are Programs in ../../apps (docs/images.md).
 */
import { BIN, DEBIAN_GROUP, DEBIAN_PASSWD } from '../rootfs-debian';
import type { CatalogImage } from '../types';
import { bookwormSlim } from './debian';
import { GOSU_RUN, row } from './redis';

const PG_PATH =
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin';
const PG_BIN = '/usr/lib/postgresql/17/bin';

export const postgres: CatalogImage = {
  repo: 'postgres',
  tags: ['latest', '17', '17.0', 'bookworm', '17-bookworm', '17.0-bookworm'],
  created: '2024-10-17T01:48:37Z',
  base: bookwormSlim,
  history: [
    row(
      'RUN /bin/sh -c set -eux; \tgroupadd -r postgres --gid=999; \tuseradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; \tmkdir -p /var/lib/postgresql; \tchown -R postgres:postgres /var/lib/postgresql # buildkit',
      4_290,
      {
        '/etc/passwd': `${DEBIAN_PASSWD}postgres:x:999:999::/var/lib/postgresql:/bin/bash\n`,
        '/etc/group': `${DEBIAN_GROUP}postgres:x:999:\n`,
        '/var/lib/postgresql': { dir: true, uid: 999, gid: 999 },
      },
    ),
    row(
      'RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgnupg \t\tless \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      9_760_000,
      { '/usr/bin/gpg': BIN, '/usr/bin/less': BIN },
    ),
    row('ENV GOSU_VERSION=1.17'),
    row(GOSU_RUN, 4_140_000, { '/usr/local/bin/gosu': BIN }),
    row(
      "RUN /bin/sh -c set -eux; \tif [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then \t\tgrep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \t\tsed -ri '/\\/usr\\/share\\/locale/d' /etc/dpkg/dpkg.cfg.d/docker; \t\t! grep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \tfi; \tapt-get update; apt-get install -y --no-install-recommends locales; rm -rf /var/lib/apt/lists/*; \techo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen; \tlocale-gen; \tlocale -a | grep 'en_US.utf8' # buildkit",
      24_900_000,
      { '/usr/lib/locale/locale-archive': { data: '', binary: true } },
    ),
    row('ENV LANG=en_US.utf8'),
    row(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibnss-wrapper \t\txz-utils \t\tzstd \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      4_210_000,
      { '/usr/bin/xz': BIN, '/usr/bin/zstd': BIN },
    ),
    row('RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit', 0, {
      '/docker-entrypoint-initdb.d': { dir: true },
    }),
    row(
      'RUN /bin/sh -c set -ex; \tkey=\'B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8\'; \texport GNUPGHOME="$(mktemp -d)"; \tmkdir -p /usr/local/share/keyrings/; \tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \tgpg --batch --export --armor "$key" > /usr/local/share/keyrings/postgres.gpg.asc; \tgpgconf --kill all; \trm -rf "$GNUPGHOME" # buildkit',
      4_780,
      { '/usr/local/share/keyrings/postgres.gpg.asc': '-----BEGIN PGP PUBLIC KEY BLOCK-----\n' },
    ),
    row('ENV PG_MAJOR=17'),
    row(`ENV ${PG_PATH}`),
    row('ENV PG_VERSION=17.0-1.pgdg120+1'),
    row(
      'RUN /bin/sh -c set -ex; \t\texport PYTHONDONTWRITEBYTECODE=1; \t\tdpkgArch="$(dpkg --print-architecture)"; \taptRepo="[ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://apt.postgresql.org/pub/repos/apt/ bookworm-pgdg main $PG_MAJOR"; \t…; \tapt-get install -y --no-install-recommends postgresql-common; \tsed -ri \'s/#(create_main_cluster) .*$/\\1 = false/\' /etc/postgresql-common/createcluster.conf; \tapt-get install -y --no-install-recommends \t\t"postgresql-$PG_MAJOR=$PG_VERSION" \t; \t…; \tpostgres --version # buildkit',
      317_000_000,
      {
        [`${PG_BIN}/postgres`]: BIN,
        [`${PG_BIN}/initdb`]: BIN,
        [`${PG_BIN}/pg_ctl`]: BIN,
        [`${PG_BIN}/psql`]: BIN,
        [`${PG_BIN}/pg_dump`]: BIN,
        '/usr/share/postgresql-common/pg_wrapper': BIN,
        '/usr/bin/psql': { symlink: '../share/postgresql-common/pg_wrapper' },
        '/usr/bin/pg_dump': { symlink: '../share/postgresql-common/pg_wrapper' },
      },
    ),
    row(
      'RUN /bin/sh -c set -eux; \tdpkg-divert --add --rename --divert "/usr/share/postgresql/postgresql.conf.sample.dpkg" "/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample"; \tcp -v /usr/share/postgresql/postgresql.conf.sample.dpkg /usr/share/postgresql/postgresql.conf.sample; \tln -sv ../postgresql.conf.sample "/usr/share/postgresql/$PG_MAJOR/"; \tsed -ri "s!^#?(listen_addresses)\\s*=\\s*\\S+.*!\\1 = \'*\'!" /usr/share/postgresql/postgresql.conf.sample; \tgrep -F "listen_addresses = \'*\'" /usr/share/postgresql/postgresql.conf.sample # buildkit',
      30_900,
      { '/usr/share/postgresql/postgresql.conf.sample': "listen_addresses = '*'\n" },
    ),
    row(
      'RUN /bin/sh -c mkdir -p /var/run/postgresql && chown -R postgres:postgres /var/run/postgresql && chmod 3777 /var/run/postgresql # buildkit',
      0,
      { '/var/run/postgresql': { dir: true, mode: 0o3777, uid: 999, gid: 999 } },
    ),
    row('ENV PGDATA=/var/lib/postgresql/data'),
    row(
      'RUN /bin/sh -c mkdir -p "$PGDATA" && chown -R postgres:postgres "$PGDATA" && chmod 1777 "$PGDATA" # buildkit',
      0,
      { '/var/lib/postgresql/data': { dir: true, mode: 0o1777, uid: 999, gid: 999 } },
    ),
    row('VOLUME [/var/lib/postgresql/data]'),
    row('COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit', 12_300, {
      '/usr/local/bin/docker-entrypoint.sh': {
        data: '#!/usr/bin/env bash\nset -Eeo pipefail\n# (simulated by layerlab)\n',
        mode: 0o775,
      },
      '/usr/local/bin/docker-ensure-initdb.sh': {
        data: '#!/usr/bin/env bash\nset -Eeuo pipefail\n# (simulated by layerlab)\n',
        mode: 0o775,
      },
    }),
    row(
      'RUN /bin/sh -c ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh # buildkit',
      23,
      {
        '/usr/local/bin/docker-enforce-initdb.sh': { symlink: 'docker-ensure-initdb.sh' },
      },
    ),
    row('ENTRYPOINT ["docker-entrypoint.sh"]'),
    row('STOPSIGNAL SIGINT'),
    row('EXPOSE map[5432/tcp:{}]'),
    row('CMD ["postgres"]'),
  ],
  config: {
    Cmd: ['postgres'],
    Entrypoint: ['docker-entrypoint.sh'],
    Env: [
      PG_PATH,
      'GOSU_VERSION=1.17',
      'LANG=en_US.utf8',
      'PG_MAJOR=17',
      'PG_VERSION=17.0-1.pgdg120+1',
      'PGDATA=/var/lib/postgresql/data',
    ],
    Volumes: { '/var/lib/postgresql/data': {} },
    ExposedPorts: { '5432/tcp': {} },
  },
};
