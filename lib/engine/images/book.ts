/**
 * The book's chapter-6 images (docs/semantics.md#the-books-exercises), shaped like the oracle's
 * stand-ins (same layers, same classic-builder history) so real and simulated transcripts line up;
 * where the stand-in falls short of the book, the book wins: the todo-list image runs the real
 * to-do web app (`dotnet ToDoList.dll`, a Program in ../apps) instead of a sleep loop.
 */
import type { InodeSource } from '../../fs';
import type { Image } from '../image';
import { imageFrom } from './build-kit';

type Step = Parameters<typeof imageFrom>[2][number];

const APPSETTINGS = (db: string) =>
  `{\n  "ConnectionStrings": {\n    "ToDoDb": "Filename=${db}"\n  }\n}\n`;
const nop = (text: string) => `/bin/sh -c #(nop)  ${text}`;
const copy = (text: string) => `/bin/sh -c #(nop) ${text}`;

/** diamol/ch06-random-number. */
const RANDOM_NUMBER = (): Step[] => [
  { createdBy: copy('WORKDIR /random'), config: { WorkingDir: '/random' } },
  {
    createdBy: copy(
      'COPY file:a025f33385e7ae861ae741b8c4dbe8bdf73b555b65047bf600b3c4ef6fe7eb9a in . ',
    ),
    files: {
      '/random/random.sh': { data: '#!/bin/sh\necho $RANDOM > number.txt\n', mode: 0o755 },
    },
  },
  {
    createdBy: nop('CMD ["/bin/sh" "-c" "./random.sh"]'),
    config: { Cmd: ['/bin/sh', '-c', './random.sh'] },
  },
];

/** diamol/ch06-file-display. */
const FILE_DISPLAY = (): Step[] => [
  {
    createdBy: nop('CMD ["/bin/sh" "-c" "cat /input.txt"]'),
    config: { Cmd: ['/bin/sh', '-c', 'cat /input.txt'] },
  },
  {
    createdBy: copy(
      'COPY file:3cf0e0d4a4b42d8b6e9bd1f3a0cf1d6de4e08a4d2d06c2dd8c2c1c4b4c7c2f0a in / ',
    ),
    files: {
      '/input.txt': 'https://www.manning.com/books/learn-docker-in-a-month-of-lunches\n',
    },
  },
];

/** diamol/ch06-bind-mount. */
const BIND_MOUNT = (): Step[] => [
  { createdBy: copy('WORKDIR /init'), config: { WorkingDir: '/init' } },
  {
    createdBy: copy(
      'COPY dir:5d4e4aa1a3c1c6d1b8b1a1d5e1b4a0f9c2e0d3c8b7a6f5e4d3c2b1a0f9e8d7c6 in . ',
    ),
    files: { '/init/abc.txt': 'abc\n', '/init/def.txt': 'def\n' },
  },
  {
    createdBy: nop('CMD ["/bin/ls" "-1A" "/init"]'),
    config: { Cmd: ['/bin/ls', '-1A', '/init'] },
  },
];

/** diamol/ch06-todo-list: the to-do web app, its data in a VOLUME. */
const TODO_LIST = (base: Image): Step[] => [
  {
    createdBy: nop('ENV SQLITE_DATA_DIRECTORY=/data'),
    config: { Env: [...base.config.Env, 'SQLITE_DATA_DIRECTORY=/data'] },
  },
  { createdBy: copy('WORKDIR /app'), config: { WorkingDir: '/app' } },
  {
    createdBy: copy(
      'COPY dir:1b7f6a2c9e4d8b3a5f0c6e2d9a8b7c1f4e3d2a6b5c9f8e7d1a0b2c3d4e5f6a7b in . ',
    ),
    files: {
      '/app/appsettings.json': APPSETTINGS('/data/todo-list.db'),
      '/app/ToDoList.dll': 'MZ (simulated .NET assembly: the to-do list web app)\n',
      '/app/wwwroot/css/site.css': 'body { font-family: sans-serif; }\n',
      '/usr/bin/dotnet': { data: '#!simulated dotnet host\n', mode: 0o755 },
      // The published image has /data from its build (the VOLUME path exists, empty).
      '/data/': '',
    },
  },
  { createdBy: nop('VOLUME [/data]'), config: { Volumes: { '/data': {} } } },
  {
    createdBy: nop('ENTRYPOINT ["dotnet" "ToDoList.dll"]'),
    config: { Entrypoint: ['dotnet', 'ToDoList.dll'], Cmd: null },
  },
  { createdBy: nop('EXPOSE 80'), config: { ExposedPorts: { '80/tcp': {} } } },
];

/** diamol/ch06-todo-list:v2. */
const TODO_LIST_V2 = (): Step[] => [
  {
    createdBy: copy(
      'COPY file:6f7b2c1d0e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c in /app/wwwroot/css/ ',
    ),
    files: {
      '/app/wwwroot/css/site.css': 'body { background: #eef; font-family: sans-serif; } /* v2 */\n',
    },
  },
];

/** diamol/ch06-lab. */
const LAB = (): Step[] => [
  {
    createdBy: copy(
      'COPY file:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9 in /init-data/ ',
    ),
    files: { '/init-data/todo-list.db': labDatabase() },
  },
  {
    createdBy: copy(
      'COPY file:9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0 in /app/ ',
    ),
    files: { '/app/appsettings.json': APPSETTINGS('/init-data/todo-list.db') },
  },
];

/**
 * The book's images over `base` (diamol/base), each from its Dockerfile's steps above (fresh
 * objects for every machine).
 */
export function bookImages(
  base: Image,
  ctx: { created: number; inodes: InodeSource },
): Record<string, Image> {
  const randomNumber = imageFrom(base, 'diamol/ch06-random-number', RANDOM_NUMBER(), ctx);
  const fileDisplay = imageFrom(base, 'diamol/ch06-file-display', FILE_DISPLAY(), ctx);
  const bindMount = imageFrom(base, 'diamol/ch06-bind-mount', BIND_MOUNT(), ctx);
  const todo = imageFrom(base, 'diamol/ch06-todo-list', TODO_LIST(base), ctx);
  const todoV2 = imageFrom(todo, 'diamol/ch06-todo-list:v2', TODO_LIST_V2(), ctx);
  const lab = imageFrom(todo, 'diamol/ch06-lab', LAB(), ctx);
  return {
    'diamol/ch06-random-number:latest': randomNumber,
    'diamol/ch06-file-display:latest': fileDisplay,
    'diamol/ch06-bind-mount:latest': bindMount,
    'diamol/ch06-todo-list:latest': todo,
    'diamol/ch06-todo-list:v2': todoV2,
    'diamol/ch06-lab:latest': lab,
  };
}

/** The lab's pre-filled list, in the app's database format (see ../apps/todo-db.ts). */
function labDatabase(): string {
  return 'SQLite format 3 (simulated)\nTODO\tFinish the chapter 6 lab\nTODO\tMount a volume for the data\nTODO\tBind-mount the config\n';
}
