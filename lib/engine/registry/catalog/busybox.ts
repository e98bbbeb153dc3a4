/** busybox:1.37.0 (glibc variant, = latest) as on Docker Hub in October 2024 (docs/images.md). */
import { busyboxRoot } from '../rootfs-alpine';
import type { CatalogImage } from '../types';

const BUILDKIT = 'buildkit.dockerfile.v0';

export const busybox: CatalogImage = {
  repo: 'busybox',
  tags: ['latest', '1', '1.37', '1.37.0', 'stable', 'glibc', '1.37.0-glibc'],
  created: '2024-09-26T21:31:42Z',
  history: [
    {
      createdBy: 'ADD busybox.tar.xz / # buildkit',
      size: 4_270_000,
      files: busyboxRoot(),
      comment: BUILDKIT,
    },
    { createdBy: 'CMD ["sh"]', comment: BUILDKIT },
  ],
  config: {
    Cmd: ['sh'],
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  },
};
