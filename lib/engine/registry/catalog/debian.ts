/** debian:bookworm-slim (12.7, serial 20241016) and ubuntu 24.04 / 22.04 (docs/images.md). */
import { debianRoot } from '../rootfs-debian';
import type { CatalogImage } from '../types';

export const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const DEBIAN_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

/** debuerreotype writes one layer and no CMD row; the config still has Cmd ["bash"]. */
export const bookwormSlim: CatalogImage = {
  repo: 'debian',
  tags: ['bookworm-slim', '12-slim', '12.7-slim', 'bookworm-20241016-slim', 'stable-slim'],
  created: '2024-10-17T00:20:26Z',
  history: [
    {
      createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1728950400'",
      size: 74_783_000,
      files: debianRoot({ osRelease: DEBIAN_OS_RELEASE, debianVersion: '12.7' }),
      comment: 'debuerreotype 0.15',
    },
  ],
  config: { Cmd: ['bash'], Env: [PATH] },
};

function ubuntuOsRelease(point: string, name: string, codename: string, logo: boolean): string {
  const [version] =
    point.split('.').length > 2 ? [point.split('.').slice(0, 2).join('.')] : [point];
  return `PRETTY_NAME="Ubuntu ${point} LTS"
NAME="Ubuntu"
VERSION_ID="${version}"
VERSION="${point} LTS (${name})"
VERSION_CODENAME=${codename}
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=${codename}
${logo ? 'LOGO=ubuntu-logo\n' : ''}`;
}

function ubuntu(o: {
  version: string;
  point: string;
  name: string;
  codename: string;
  tags: string[];
  created: string;
  size: number;
  add: string;
  debianVersion: string;
}): CatalogImage {
  const noble = o.codename === 'noble';
  const nop = (text: string) => `/bin/sh -c #(nop)  ${text}`;
  return {
    repo: 'ubuntu',
    tags: o.tags,
    created: o.created,
    history: [
      { createdBy: nop('ARG RELEASE') },
      { createdBy: nop('ARG LAUNCHPAD_BUILD_ARCH') },
      { createdBy: nop('LABEL org.opencontainers.image.ref.name=ubuntu') },
      { createdBy: nop(`LABEL org.opencontainers.image.version=${o.version}`) },
      {
        createdBy: `/bin/sh -c #(nop) ADD file:${o.add} in / `,
        size: o.size,
        files: debianRoot({
          osRelease: ubuntuOsRelease(o.point, o.name, o.codename, noble),
          debianVersion: o.debianVersion,
          passwd: noble ? 'ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n' : undefined,
          group: noble ? 'ubuntu:x:1000:\n' : undefined,
        }),
      },
      { createdBy: nop('CMD ["/bin/bash"]') },
    ],
    config: {
      Cmd: ['/bin/bash'],
      Env: [PATH],
      Labels: {
        'org.opencontainers.image.ref.name': 'ubuntu',
        'org.opencontainers.image.version': o.version,
      },
    },
  };
}

export const ubuntu2404 = ubuntu({
  version: '24.04',
  point: '24.04.1',
  name: 'Noble Numbat',
  codename: 'noble',
  tags: ['latest', '24.04', 'noble', 'noble-20240904.1'],
  created: '2024-09-11T16:25:16Z',
  size: 78_118_000,
  add: 'a31ab1e3e3b3ab7ba5d8f3e1ad3ae9b5d0fa0c4eb3de3dbe4a53d4a4c8fd5c3c',
  debianVersion: 'trixie/sid',
});

export const ubuntu2204 = ubuntu({
  version: '22.04',
  point: '22.04.5',
  name: 'Jammy Jellyfish',
  codename: 'jammy',
  tags: ['22.04', 'jammy', 'jammy-20240911.1'],
  created: '2024-09-13T14:55:58Z',
  size: 77_863_000,
  add: '9c2f1b0e6f0a5a8f4b1c86b5f2a0a88c1b0d83e2a5e7c1f0d9b8a7c6e5d4c3b2',
  debianVersion: 'bookworm/sid',
});
