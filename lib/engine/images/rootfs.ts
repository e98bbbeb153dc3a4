/**
 * The base image every preloaded image stands on: a BusyBox root like the oracle's stand-in
 * (`busybox:latest`, tagged `alpine:3.9` and `diamol/base`), byte-compatible in size (1.98MB).
 */
import { Layer, utf8, type InodeSource } from '../../fs';
import { emptyConfig, type Image } from '../image';
import { stableId } from './build-kit';
import { BUSYBOX_APPLETS, BUSYBOX_SIZE } from './busybox-applets';

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function busyboxImage(ctx: { created: number; inodes: InodeSource }): Image {
  const layer = new Layer({
    id: stableId('busybox-rootfs'),
    clock: () => ctx.created,
    inodes: ctx.inodes,
  });
  for (const dir of ['bin', 'etc', 'tmp', 'root', 'proc', 'sys', 'dev', 'var', 'home', 'usr'])
    layer.putDir(`/${dir}`);
  layer.chmod('/tmp', 0o1777);
  layer.chmod('/root', 0o700);
  layer.putFile('/bin/busybox', new Uint8Array(BUSYBOX_SIZE), { mode: 0o755 });
  for (const applet of BUSYBOX_APPLETS) layer.putSymlink(`/bin/${applet}`, 'busybox');
  layer.putFile('/etc/passwd', utf8('root:x:0:0:root:/root:/bin/sh\n'));
  layer.putFile('/etc/group', utf8('root:x:0:\n'));
  layer.freeze();
  const config = { ...emptyConfig(), Cmd: ['/bin/sh'], Env: [DEFAULT_PATH] };
  return {
    id: stableId('busybox'),
    repoTags: [],
    layers: [layer],
    config,
    history: [
      {
        created: ctx.created,
        createdBy: '',
        emptyLayer: false,
        comment: 'Imported from -',
        stepId: stableId('busybox'),
      },
    ],
    created: ctx.created,
  };
}
