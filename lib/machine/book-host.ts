/**
 * The book's exercise files on the learner's host (spec §5 host fixture): a checkout of the
 * book's repository at ~/diamol, so the book's commands (`cd ./ch06/exercises/todo-list`) work
 * as printed. The machine starts in ~/diamol.
 */
import { NetworkShareFs, type Clock, type FileSystem } from '../fs';
import { HOME, LEARNER } from './host';

export const REPO = `${HOME}/diamol`;

const FILES: Record<string, string> = {
  'ch06/exercises/todo-list/config/config.json':
    '{\n  "Logging": {\n    "LogLevel": {\n      "Default": "Debug",\n      "Microsoft": "Debug"\n    }\n  }\n}\n',
  'ch06/exercises/todo-list-v2/site.css':
    'body { background: #eef; font-family: sans-serif; } /* v2 */\n',
  'ch06/exercises/bind-mount/new/123.txt': '123\n',
  'ch06/exercises/bind-mount/new/456.txt': '456\n',
  'ch06/exercises/bind-mount/existing/abc.txt': 'abc\n',
  'ch06/exercises/bind-mount/existing/def.txt': 'def\n',
  'ch06/exercises/random-number/random.sh': '#!/bin/sh\necho $RANDOM > number.txt\n',
  'ch06/exercises/file-display/input.txt':
    'https://www.manning.com/books/learn-docker-in-a-month-of-lunches\n',
  'ch06/lab/solution/config.json':
    '{\n  "ConnectionStrings": {\n    "ToDoDb": "Filename=/new-data/todo-list.db"\n  }\n}\n',
  'ch06/lab/README.md':
    '# Lab\n\nRun the to-do app with its config from a bind mount and its data in a volume.\n',
};

/** Writes the book's files into `fs` (as root), owned by the learner. */
export function addBookFiles(fs: FileSystem): void {
  for (const [path, content] of Object.entries(FILES)) {
    const full = `${REPO}/${path}`;
    const dir = full.slice(0, full.lastIndexOf('/'));
    fs.mkdir(dir, { recursive: true });
    fs.writeFile(full, content, { mode: path.endsWith('.sh') ? 0o755 : 0o644 });
  }
  chownTree(fs, REPO);
}

function chownTree(fs: FileSystem, path: string): void {
  fs.chown(path, LEARNER.uid, LEARNER.gid);
  if (fs.lstat(path).kind === 'dir')
    for (const name of fs.readdir(path)) chownTree(fs, `${path}/${name}`);
}

/** Where the host mounts its network share (M17): NFS storage shared with other machines. */
export const NFS_MOUNT = '/mnt/nfs';

/** The share's content: world-writable like a typical export, with a config folder. */
export function networkShare(clock: Clock): NetworkShareFs {
  const share = new NetworkShareFs('nfs.lab.local:/exports/shared', { clock, rootMode: 0o777 });
  share.mkdir('/config');
  share.writeFile('/config/config.json', FILES['ch06/exercises/todo-list/config/config.json']!);
  return share;
}
