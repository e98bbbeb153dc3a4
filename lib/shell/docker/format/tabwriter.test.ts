/**
 * Tables recorded from the real docker CLI 28.2.2 (daemon 20.10.24) on 2026-11-28; each test
 * rebuilds the table from its cell values and must reproduce the recorded bytes exactly.
 */
import { describe, expect, it } from 'vitest';
import { containerStatus, createdAgo } from './duration';
import { humanSize } from './size';
import { tabwriter } from './tabwriter';
import { mountsColumn, quoteCommand, shortId } from './truncate';

const PS_HEADER = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
const S = 1000;
const exited = (exitCode: number, ms: number) =>
  containerStatus({ state: 'exited', exitCode, sinceFinishMs: ms });

/** The recorded containers: id, command as created, created seconds ago, status, name, SizeRw. */
const CONTAINERS: ReadonlyArray<readonly [string, string, number, string, string, number]> = [
  [
    '553c9022b332604efeb46e8ca078a4b6ad0507d9980a781cc30219ea9500b585',
    "sh -c 'dd if=/dev/zero of=/big bs=1000 count=2050 2>/dev/null; head -c 36 /dev/zero > /s36'",
    1,
    exited(0, 1.4 * S),
    'msp-size',
    2050036,
  ],
  [
    '59007508abd60d20fdb283642975c0e2005828196670dd1dedd58585366c0c6d',
    `sh -c 'echo "quoted \\"x\\"" > /dev/null'`,
    1,
    exited(0, 1.2 * S),
    'msp-q',
    0,
  ],
  ['9da67f824cca', 'echo 안녕', 1, exited(0, 1.5 * S), 'msp-ko', 0],
  [
    'ac09553319ce',
    'echo 안녕하세요 여러분 반갑습니다',
    1,
    containerStatus({ state: 'created' }),
    'msp-created',
    0,
  ],
  ['94d9b4a155cf', "sh -c 'exit 3'", 2, exited(3, 1.9 * S), 'msp-exit3', 0],
  ['115b8bcdb2e4', 'true', 2, exited(0, 1.99 * S), 'msp-exit', 0],
  [
    '81a6b4b592b0',
    `sh -c 'trap "exit 0" TERM; while true; do sleep 1; done'`,
    2,
    containerStatus({ state: 'running', upMs: 1.7 * S }),
    'msp-run',
    0,
  ],
];

const IMAGE_BYTES = 1984172; // docker image inspect -f '{{.Size}}' diamol/base

function psRows(withSize: boolean): string[][] {
  return CONTAINERS.map(([id, cmd, created, status, name, rw]) => {
    const row = [
      shortId(id),
      'diamol/base',
      quoteCommand(cmd),
      createdAgo(created * S + 300),
      status,
      '',
      name,
    ];
    if (withSize) row.push(`${humanSize(rw)} (virtual ${humanSize(rw + IMAGE_BYTES)})`);
    return row;
  });
}

/** Cells of a recorded table whose cells hold no double spaces. */
const cellsOf = (block: string) =>
  block.split('\n').map((l) => (l === '' ? [''] : l.split(/ {2,}/)));

describe('tabwriter: docker ps', () => {
  it('ps -a with an empty list prints the header only', () => {
    expect(tabwriter([PS_HEADER])).toBe(
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
    );
  });

  it('ps -a (quoted/truncated commands, Hangul counted as 2 columns, empty PORTS)', () => {
    expect(tabwriter([PS_HEADER, ...psRows(false)])).toBe(PS);
  });

  it('ps -a --size', () => {
    expect(tabwriter([[...PS_HEADER, 'SIZE'], ...psRows(true)])).toBe(PS_SIZE);
  });

  it("--format 'table {{.Names}}\\t{{.Mounts}}' (15-column mount names, trailing padding kept)", () => {
    const mounts: Record<string, string[]> = {
      'msp-q': [
        'msp-a-very-long-volume-name-for-tables',
        'de3d53b78dc3fe14ac61cba87eb09d5722ac5b3843b404db9bbb776b5e44fdc2',
      ],
    };
    const rows = CONTAINERS.map(([, , , , name]) => [name, mountsColumn(mounts[name] ?? [])]);
    expect(tabwriter([['NAMES', 'MOUNTS'], ...rows])).toBe(MOUNTS);
  });
});

describe('tabwriter: volumes, images, system df', () => {
  it('volume ls, empty and with a 64-hex anonymous volume', () => {
    expect(tabwriter([['DRIVER', 'VOLUME NAME']])).toBe('DRIVER    VOLUME NAME\n');
    const names = [
      'de3d53b78dc3fe14ac61cba87eb09d5722ac5b3843b404db9bbb776b5e44fdc2',
      'msp-a-very-long-volume-name-for-tables',
    ];
    expect(tabwriter([['DRIVER', 'VOLUME NAME'], ...names.map((n) => ['local', n])])).toBe(VOLS);
  });

  it('images, empty and listed', () => {
    const header = ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'];
    expect(tabwriter([header])).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
    expect(tabwriter(cellsOf(IMAGES.trimEnd()))).toBe(IMAGES);
  });

  it('system df', () => {
    const rows = [
      ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
      ['Images', '7', '1', '1.985MB', '1.985MB (100%)'],
      ['Containers', '7', '1', humanSize(2050036, 4), `${humanSize(2050036, 4)} (100%)`],
      ['Local Volumes', '2', '2', humanSize(0, 4), humanSize(0, 4)],
      ['Build Cache', '0', '0', '0B', '0B'],
    ];
    expect(tabwriter(rows)).toBe(SYSTEM_DF);
  });

  it('system df -v: headings and blank lines split the column blocks', () => {
    const parts = SYSTEM_DF_V.trimEnd().split('\n\n');
    const [images = '', volumes = '', cache = ''] = [parts[1], parts[5], parts[7]];
    const containerRows = CONTAINERS.map(([id, cmd, created, status, name, rw]) => [
      shortId(id),
      'diamol/base',
      quoteCommand(cmd),
      name === 'msp-q' ? '2' : '0',
      humanSize(rw),
      createdAgo(created * S + 300),
      status,
      name,
    ]);
    const rows: string[][] = [
      ['Images space usage:'],
      [''],
      ...cellsOf(images),
      [''],
      ['Containers space usage:'],
      [''],
      ['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES'],
      ...containerRows,
      [''],
      ['Local Volumes space usage:'],
      [''],
      ...cellsOf(volumes),
      [''],
      ['Build cache usage: 0B'],
      [''],
      ...cellsOf(cache),
    ];
    expect(tabwriter(rows)).toBe(SYSTEM_DF_V);
  });
});

const PS =
  'CONTAINER ID   IMAGE         COMMAND                   CREATED         STATUS                    PORTS     NAMES\n553c9022b332   diamol/base   "sh -c \'dd if=/dev/z…"    1 second ago    Exited (0) 1 second ago             msp-size\n59007508abd6   diamol/base   "sh -c \'echo \\"quoted…"   1 second ago    Exited (0) 1 second ago             msp-q\n9da67f824cca   diamol/base   "echo 안녕"               1 second ago    Exited (0) 1 second ago             msp-ko\nac09553319ce   diamol/base   "echo 안녕하세요 여…"     1 second ago    Created                             msp-created\n94d9b4a155cf   diamol/base   "sh -c \'exit 3\'"          2 seconds ago   Exited (3) 1 second ago             msp-exit3\n115b8bcdb2e4   diamol/base   "true"                    2 seconds ago   Exited (0) 1 second ago             msp-exit\n81a6b4b592b0   diamol/base   "sh -c \'trap \\"exit 0…"   2 seconds ago   Up 1 second                         msp-run\n';
const PS_SIZE =
  'CONTAINER ID   IMAGE         COMMAND                   CREATED         STATUS                    PORTS     NAMES         SIZE\n553c9022b332   diamol/base   "sh -c \'dd if=/dev/z…"    1 second ago    Exited (0) 1 second ago             msp-size      2.05MB (virtual 4.03MB)\n59007508abd6   diamol/base   "sh -c \'echo \\"quoted…"   1 second ago    Exited (0) 1 second ago             msp-q         0B (virtual 1.98MB)\n9da67f824cca   diamol/base   "echo 안녕"               1 second ago    Exited (0) 1 second ago             msp-ko        0B (virtual 1.98MB)\nac09553319ce   diamol/base   "echo 안녕하세요 여…"     1 second ago    Created                             msp-created   0B (virtual 1.98MB)\n94d9b4a155cf   diamol/base   "sh -c \'exit 3\'"          2 seconds ago   Exited (3) 1 second ago             msp-exit3     0B (virtual 1.98MB)\n115b8bcdb2e4   diamol/base   "true"                    2 seconds ago   Exited (0) 1 second ago             msp-exit      0B (virtual 1.98MB)\n81a6b4b592b0   diamol/base   "sh -c \'trap \\"exit 0…"   2 seconds ago   Up 1 second                         msp-run       0B (virtual 1.98MB)\n';
const MOUNTS =
  'NAMES         MOUNTS\nmsp-size      \nmsp-q         msp-a-very-lon…,de3d53b78dc3fe…\nmsp-ko        \nmsp-created   \nmsp-exit3     \nmsp-exit      \nmsp-run       \n';
const VOLS =
  'DRIVER    VOLUME NAME\nlocal     de3d53b78dc3fe14ac61cba87eb09d5722ac5b3843b404db9bbb776b5e44fdc2\nlocal     msp-a-very-long-volume-name-for-tables\n';
const IMAGES =
  'REPOSITORY                  TAG       IMAGE ID       CREATED          SIZE\ndiamol/ch06-todo-list       latest    9c0d4c485ec0   12 minutes ago   1.98MB\ndiamol/ch06-todo-list       v2        9b65758cc523   12 minutes ago   1.98MB\ndiamol/ch06-bind-mount      latest    53850b4443ea   12 minutes ago   1.98MB\ndiamol/ch06-lab             latest    e1dcf1247a8d   12 minutes ago   1.98MB\ndiamol/base                 latest    080c61d9499b   12 minutes ago   1.98MB\nalpine                      3.9       080c61d9499b   12 minutes ago   1.98MB\nbusybox                     latest    080c61d9499b   12 minutes ago   1.98MB\ndiamol/ch06-random-number   latest    d7b024faa015   12 minutes ago   1.98MB\ndiamol/ch06-file-display    latest    fc57248316e5   12 minutes ago   1.98MB\n';
const SYSTEM_DF =
  'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\nImages          7         1         1.985MB   1.985MB (100%)\nContainers      7         1         2.05MB    2.05MB (100%)\nLocal Volumes   2         2         0B        0B\nBuild Cache     0         0         0B        0B\n';
const SYSTEM_DF_V =
  'Images space usage:\n\nREPOSITORY                  TAG       IMAGE ID       CREATED          SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS\ndiamol/ch06-todo-list       v2        9b65758cc523   12 minutes ago   1.98MB    1.984MB       27B           0\ndiamol/ch06-bind-mount      latest    53850b4443ea   12 minutes ago   1.98MB    1.984MB       8B            0\ndiamol/ch06-lab             latest    e1dcf1247a8d   12 minutes ago   1.98MB    1.984MB       125B          0\ndiamol/ch06-todo-list       latest    9c0d4c485ec0   12 minutes ago   1.98MB    1.984MB       0B            0\ndiamol/ch06-random-number   latest    d7b024faa015   12 minutes ago   1.98MB    1.984MB       36B           0\ndiamol/base                 latest    080c61d9499b   12 minutes ago   1.98MB    1.984MB       0B            7\ndiamol/ch06-file-display    latest    fc57248316e5   12 minutes ago   1.98MB    1.984MB       65B           0\n\nContainers space usage:\n\nCONTAINER ID   IMAGE         COMMAND                   LOCAL VOLUMES   SIZE      CREATED         STATUS                    NAMES\n553c9022b332   diamol/base   "sh -c \'dd if=/dev/z…"    0               2.05MB    1 second ago    Exited (0) 1 second ago   msp-size\n59007508abd6   diamol/base   "sh -c \'echo \\"quoted…"   2               0B        1 second ago    Exited (0) 1 second ago   msp-q\n9da67f824cca   diamol/base   "echo 안녕"               0               0B        1 second ago    Exited (0) 1 second ago   msp-ko\nac09553319ce   diamol/base   "echo 안녕하세요 여…"     0               0B        1 second ago    Created                   msp-created\n94d9b4a155cf   diamol/base   "sh -c \'exit 3\'"          0               0B        2 seconds ago   Exited (3) 1 second ago   msp-exit3\n115b8bcdb2e4   diamol/base   "true"                    0               0B        2 seconds ago   Exited (0) 1 second ago   msp-exit\n81a6b4b592b0   diamol/base   "sh -c \'trap \\"exit 0…"   0               0B        2 seconds ago   Up 1 second               msp-run\n\nLocal Volumes space usage:\n\nVOLUME NAME                                                        LINKS     SIZE\nmsp-a-very-long-volume-name-for-tables                             1         0B\nde3d53b78dc3fe14ac61cba87eb09d5722ac5b3843b404db9bbb776b5e44fdc2   1         0B\n\nBuild cache usage: 0B\n\nCACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n';
