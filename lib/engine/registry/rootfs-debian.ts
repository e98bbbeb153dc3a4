/**
 * Debian's and Ubuntu's root filesystems as far as a learner looks: merged /usr (/bin -> usr/bin),
 * bash and dash (/bin/sh), GNU coreutils at their paths, /etc/os-release, passwd and group.
 * The binaries are placeholders: their bytes are counted in the layer's size (docs/images.md).
 */
import type { FileTree } from './types';

export const BIN = { data: '', binary: true, mode: 0o755 } as const;

/** What a learner types inside (coreutils, util-linux, findutils, grep, sed, tar, ...). */
const USR_BIN =
  `[ arch base64 basename bash cat chgrp chmod chown cksum clear cmp comm cp csplit cut dash date
dd df diff dir dircolors dirname du echo egrep env expand expr factor false fgrep find fmt fold
getconf grep groups gunzip gzip head hostid hostname id install join kill link ln logname ls
md5sum mkdir mkfifo mknod mktemp more mount mv nice nl nohup nproc numfmt od paste pathchk
pinky pr printenv printf ptx pwd readlink realpath rm rmdir runcon sed seq sha1sum sha256sum
sha512sum shred shuf sleep sort split stat stdbuf stty sum sync tac tail tar tee test timeout
touch tr true truncate tty umount uname unexpand uniq unlink users vdir wc who whoami xargs
yes zcat apt apt-get dpkg perl`
    .split(/\s+/)
    .filter(Boolean);

export const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

export const DEBIAN_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
`;

export interface DebianFlavor {
  osRelease: string;
  /** /etc/debian_version */
  debianVersion: string;
  /** Extra passwd/group lines (ubuntu:24.04 has the user ubuntu, uid 1000). */
  passwd?: string;
  group?: string;
}

export function debianRoot(flavor: DebianFlavor): FileTree {
  const tree: FileTree = {};
  const dirs =
    'boot dev etc home media mnt opt proc run srv sys usr usr/bin usr/sbin usr/lib usr/local usr/local/bin usr/share var var/cache var/lib var/log var/tmp var/spool'.split(
      ' ',
    );
  for (const d of dirs) tree[`/${d}`] = { dir: true };
  tree['/tmp'] = { dir: true, mode: 0o1777 };
  tree['/root'] = { dir: true, mode: 0o700 };
  for (const link of ['bin', 'sbin', 'lib', 'lib64']) tree[`/${link}`] = { symlink: `usr/${link}` };
  tree['/usr/lib64'] = { dir: true };
  for (const cmd of USR_BIN) tree[`/usr/bin/${cmd}`] = BIN;
  tree['/usr/bin/sh'] = { symlink: 'dash' };
  tree['/usr/bin/rbash'] = { symlink: 'bash' };
  tree['/usr/sbin/nologin'] = BIN;
  tree['/etc/os-release'] = { symlink: '../usr/lib/os-release' };
  tree['/usr/lib/os-release'] = flavor.osRelease;
  tree['/etc/debian_version'] = `${flavor.debianVersion}\n`;
  tree['/etc/hostname'] = '';
  tree['/etc/passwd'] = DEBIAN_PASSWD + (flavor.passwd ?? '');
  tree['/etc/group'] = DEBIAN_GROUP + (flavor.group ?? '');
  tree['/etc/shells'] =
    '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n';
  tree['/root/.bashrc'] = '# ~/.bashrc: executed by bash(1) for non-login shells.\n';
  tree['/root/.profile'] = '# ~/.profile: executed by Bourne-compatible login shells.\n';
  return tree;
}
