/**
 * Test fixture for the file-command tests: the same tree as /tmp/mkfx.sh builds on a real
 * Debian 12 host (recorded there with LC_ALL=C TZ=UTC), owned by the recording account.
 */
import { MemFs, fixedClock } from './fs-lib';

/**
 * The unprivileged account the file-command outputs were recorded as: uid/gid 1001 on the
 * recording machine, so the recorded `ls -n`, `stat` and `chown` outputs say 1001. Not the
 * simulated learner (LEARNER in lib/machine/paths.ts, uid 1000).
 */
export const RECORDER = { uid: 1001, gid: 1001 };

/** 2026-11-20 10:00:00 UTC: mtime of the fixture files. */
export const FX_TIME = Date.UTC(2026, 10, 20, 10, 0, 0);
/** 2020-03-05 10:00:00 UTC: mtime of old.txt. */
export const FX_OLD = Date.UTC(2020, 2, 5, 10, 0, 0);
/** The session clock when the real outputs were recorded. */
export const FX_NOW = Date.UTC(2026, 10, 28, 1, 21, 0);

/**
 * /fx: a.txt (6 bytes), big.bin (5000), dir/f.txt, link -> a.txt, 'sp ace' (empty),
 * old.txt (4 bytes, 2020). Everything owned by RECORDER (named learner there), /fx itself too.
 */
export function fixtureFs(): MemFs {
  const fs = new MemFs({ clock: fixedClock(FX_TIME) });
  fs.mkdir('/etc');
  fs.writeFile(
    '/etc/passwd',
    `root:x:0:0:root:/root:/bin/bash\nlearner:x:${RECORDER.uid}:${RECORDER.gid}::/home/learner:/bin/bash\n`,
  );
  fs.writeFile('/etc/group', `root:x:0:\nlearner:x:${RECORDER.gid}:\n`);
  fs.mkdir('/tmp', { mode: 0o1777 });
  fs.chmod('/tmp', 0o1777);
  fs.mkdir('/fx/dir', { recursive: true });
  fs.writeFile('/fx/a.txt', 'hello\n');
  fs.writeFile('/fx/big.bin', new Uint8Array(5000));
  fs.writeFile('/fx/dir/f.txt', 'x\n');
  fs.writeFile('/fx/sp ace', '');
  fs.writeFile('/fx/old.txt', 'old\n');
  for (const p of ['/fx', '/fx/a.txt', '/fx/big.bin', '/fx/dir', '/fx/dir/f.txt']) {
    fs.chown(p, RECORDER.uid, RECORDER.gid);
  }
  fs.chown('/fx/sp ace', RECORDER.uid, RECORDER.gid);
  fs.chown('/fx/old.txt', RECORDER.uid, RECORDER.gid);
  fs.utimes('/fx/old.txt', FX_OLD);
  // lib/fs has no lchown: the link is made by its owner.
  fs.as(RECORDER).symlink('a.txt', '/fx/link');
  return fs;
}
