/**
 * Alpine's and BusyBox's root filesystems as far as a learner looks: the directory skeleton,
 * BusyBox and its applet links, /etc/os-release, passwd and group (docs/images.md).
 */
import { BUSYBOX_APPLETS } from '../images/busybox-applets';
import type { FileTree } from './types';

const BIN = { data: '', binary: true, mode: 0o755 } as const;

function skeleton(dirs: string[]): FileTree {
  const tree: FileTree = {};
  for (const d of dirs) tree[`/${d}`] = { dir: true };
  tree['/tmp'] = { dir: true, mode: 0o1777 };
  tree['/root'] = { dir: true, mode: 0o700 };
  return tree;
}

const ALPINE_PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

const ALPINE_GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

/** alpine:<version>: musl, BusyBox as /bin/sh, apk. */
export function alpineRoot(version: string, bugUrl: string): FileTree {
  const minor = version.split('.').slice(0, 2).join('.');
  const tree = skeleton(
    'bin dev etc home lib media mnt opt proc run sbin srv sys usr usr/bin usr/sbin usr/lib usr/local var var/cache var/log var/spool etc/apk'.split(
      ' ',
    ),
  );
  tree['/bin/busybox'] = BIN;
  for (const applet of BUSYBOX_APPLETS) tree[`/bin/${applet}`] = { symlink: '/bin/busybox' };
  tree['/sbin/apk'] = BIN;
  tree[`/lib/ld-musl-x86_64.so.1`] = BIN;
  tree['/etc/alpine-release'] = `${version}\n`;
  tree['/etc/hostname'] = 'localhost\n';
  tree['/etc/os-release'] =
    `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${version}\nPRETTY_NAME="Alpine Linux v${minor}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="${bugUrl}"\n`;
  tree['/etc/passwd'] = ALPINE_PASSWD;
  tree['/etc/group'] = ALPINE_GROUP;
  tree['/etc/shells'] = '# valid login shells\n/bin/sh\n/bin/ash\n';
  tree['/etc/apk/repositories'] =
    `https://dl-cdn.alpinelinux.org/alpine/v${minor}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${minor}/community\n`;
  return tree;
}

/** busybox:<version> (glibc variant): one static binary and its applets in /bin. */
export function busyboxRoot(): FileTree {
  const tree = skeleton('bin dev etc home lib lib64 usr usr/sbin var var/spool var/www'.split(' '));
  tree['/bin/busybox'] = BIN;
  for (const applet of BUSYBOX_APPLETS) tree[`/bin/${applet}`] = { symlink: 'busybox' };
  tree['/etc/passwd'] =
    'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:100:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n';
  tree['/etc/group'] =
    'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\naudio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\nstaff:x:50:\nlock:x:54:\nnetdev:x:82:\nusers:x:100:\nnogroup:x:65534:\n';
  return tree;
}
