/** alpine: 3.20.3 (= latest), 3.19.4, 3.9.6 as on Docker Hub in October 2024 (docs/images.md). */
import { alpineRoot } from '../rootfs-alpine';
import type { CatalogImage } from '../types';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const BUILDKIT = 'buildkit.dockerfile.v0';
const GITLAB = 'https://gitlab.alpinelinux.org/alpine/aports/-/issues';

function buildkitAlpine(version: string, tags: string[], size: number, created: string) {
  const image: CatalogImage = {
    repo: 'alpine',
    tags,
    created,
    history: [
      {
        createdBy: `ADD alpine-minirootfs-${version}-x86_64.tar.gz / # buildkit`,
        size,
        files: alpineRoot(version, GITLAB),
        comment: BUILDKIT,
      },
      { createdBy: 'CMD ["/bin/sh"]', comment: BUILDKIT },
    ],
    config: { Cmd: ['/bin/sh'], Env: [PATH] },
  };
  return image;
}

export const alpine320 = buildkitAlpine(
  '3.20.3',
  ['latest', '3', '3.20', '3.20.3'],
  7_797_760,
  '2024-09-06T22:20:07Z',
);

export const alpine319 = buildkitAlpine(
  '3.19.4',
  ['3.19', '3.19.4'],
  7_377_920,
  '2024-09-06T22:05:23Z',
);

/** Built in 2020 by the classic builder: its history reads `/bin/sh -c #(nop) …`. */
export const alpine39: CatalogImage = {
  repo: 'alpine',
  tags: ['3.9', '3.9.6'],
  created: '2020-04-24T01:05:03Z',
  history: [
    {
      createdBy:
        '/bin/sh -c #(nop) ADD file:a0afd0b0db7f9ee9496186ead087ec00edd1386ea8c018557d15720053f7308e in / ',
      size: 5_529_241,
      files: alpineRoot('3.9.6', 'https://bugs.alpinelinux.org/'),
    },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/sh"]' },
  ],
  config: { Cmd: ['/bin/sh'], Env: [PATH] },
};
