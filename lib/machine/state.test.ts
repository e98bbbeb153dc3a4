// Rule and exercise ids in test names are those of docs/semantics.md#the-books-exercises.
import { describe, expect, it } from 'vitest';
import { REPO } from './paths';
import { createMachine, type Machine } from './machine';
import { restoreMachine, snapshot } from './state';

async function run(s: Machine, line: string): Promise<string> {
  const r = await s.exec(line);
  expect(r.hung, line).toBe(false);
  return `$ ${line}\n${r.output}[exit ${r.exitCode}]\n`;
}

async function runAll(s: Machine, lines: readonly string[]): Promise<string> {
  let out = '';
  for (const line of lines) out += await run(s, line);
  return out;
}

/** Save, through JSON text as browser storage would, and restore. */
function roundTrip(s: Machine): { restored: Machine; text: string } {
  const text = JSON.stringify(snapshot(s));
  return { restored: restoreMachine(JSON.parse(text)), text };
}

const SETUP = [
  'mkdir -p /tmp/work/sub && echo hello > /tmp/work/a.txt',
  'ln /tmp/work/a.txt /tmp/work/hard.txt && ln -s a.txt /tmp/work/link',
  "chmod 640 /tmp/work/a.txt && printf '\\001\\377\\000' > /tmp/work/bin && touch /tmp/work/sub/z",
  'target=/data; export EXPORTED=yes; cd /tmp/work; cd /tmp; cd - >/dev/null',
  "alias ll='ls -ld' d=docker",
  'greet() { echo "hi $1"; }; count() { local n=0; for x in "$@"; do n=$((n+1)); done; echo $n; }',
  'docker volume create named && docker volume create --label team=web labelled',
  'echo shared > /mnt/nfs/note',
  "docker run --name filler -v named:/data diamol/base sh -c 'echo v > /data/v.txt; rm /etc/group'",
  'docker run --rm -v named:/data diamol/base ln /data/v.txt /data/w.txt',
  'docker run --name exited1 diamol/ch06-random-number',
  'docker create --name created1 diamol/ch06-file-display',
  'docker run -d --name todo -p 8010:80 diamol/ch06-todo-list',
  'curl -s -d item=milk http://localhost:8010/new >/dev/null',
  'docker run -d --name bound -v /tmp/work:/work --tmpfs /scratch diamol/ch06-todo-list',
  "docker exec bound sh -c 'rm -r /app/wwwroot'",
  "docker exec bound sh -c 'mkdir /app/wwwroot; echo n > /app/wwwroot/n'",
  "docker exec bound sh -c 'echo x >> /etc/group; ln -s /work /app/w'",
  "docker run --name anon -v /anon --mount type=volume,target=/m2 diamol/base sh -c 'echo a > /anon/a'",
  'docker run --name ro --mount type=bind,source=/tmp/work,target=/w,readonly diamol/base ls /w',
  'docker run -d --name sleeper diamol/base sleep 1000',
  'docker kill sleeper',
  'docker run --name failing diamol/base sh -c "echo oops >&2; exit 3"',
];

const OBSERVE = [
  'docker ps -a --no-trunc',
  'docker ps -a -s',
  'docker volume ls',
  'docker volume ls -f dangling=true',
  'docker images',
  'docker system df -v',
  ...['filler', 'exited1', 'created1', 'todo', 'bound', 'anon', 'ro', 'sleeper', 'failing'].map(
    (c) => `docker diff ${c}; docker logs ${c}`,
  ),
  'ls -la /tmp/work /tmp/work/sub',
  "stat -c '%n %i %h %a %U:%G %Y %s' /tmp/work/a.txt /tmp/work/hard.txt /tmp/work/link /tmp/work/bin",
  'cat /tmp/work/a.txt /tmp/work/hard.txt; wc -c /tmp/work/bin',
  'ls -la /var/lib/docker/volumes/named/_data',
  'cat /var/lib/docker/volumes/named/_data/v.txt',
  "stat -c '%n %i %h' /var/lib/docker/volumes/named/_data/v.txt /var/lib/docker/volumes/named/_data/w.txt",
  'docker exec bound ls -la /app /app/wwwroot /work',
  'docker exec bound cat /etc/group /app/wwwroot/n',
  'docker cp created1:/input.txt - | wc -c',
  'curl -s http://localhost:8010/list',
  'pwd; echo "$OLDPWD $target $EXPORTED $?"; env | sort',
  'history',
  'alias; ll /tmp/work; d volume ls -q',
  'greet learner; count a b c; type greet',
  'ls -la /mnt/nfs /mnt/nfs/config; cat /mnt/nfs/note',
];

describe('sandbox state', () => {
  it('round-trips every kind of state: the same observations before and after', async () => {
    const s = createMachine({ seed: 7, cwd: REPO });
    await runAll(s, SETUP);
    const { restored } = roundTrip(s);
    await restored.internals.ready;
    const before = await runAll(s, OBSERVE);
    const after = await runAll(restored, OBSERVE);
    expect(after).toBe(before);
    expect(before).toContain('labelled');
    expect(before).toContain('<li>milk</li>');
    expect(before).toMatch(/D \/etc\/group/);
    expect(before).toMatch(/A \/app\/wwwroot\/n/);
    expect(before).toMatch(/Exited \(137\)/);
    expect(before).toMatch(/Exited \(3\)/);
    expect(before).toContain('hi learner\n3\n');
  });

  it('continues IDs, names, $RANDOM, inodes and time exactly as without the save', async () => {
    const s = createMachine({ seed: 3, cwd: REPO });
    await runAll(s, SETUP);
    const { restored } = roundTrip(s);
    const next = [
      'echo $RANDOM $RANDOM',
      'docker run -d -v /x diamol/ch06-todo-list',
      'docker run diamol/ch06-random-number && docker ps -a --no-trunc',
      'touch /tmp/new && ls -i /tmp/new',
      "docker exec todo sh -c 'echo x > /tmp/y; ls -i /tmp/y'",
      'curl -s -d item=eggs http://localhost:8010/new >/dev/null; curl -s http://localhost:8010/list',
      'sleep 5; docker stop todo; docker ps -a; docker logs todo',
      'docker volume ls',
      'docker start -a exited1; docker cp exited1:/random/number.txt -',
    ];
    const original = await runAll(s, next);
    expect(await runAll(restored, next)).toBe(original);
    // and a restore of a restore
    const again = restoreMachine(JSON.stringify(snapshot(restored)));
    expect(await runAll(again, ['docker ps -a --no-trunc', 'echo $RANDOM'])).toBe(
      await runAll(restored, ['docker ps -a --no-trunc', 'echo $RANDOM']),
    );
  });

  it('shares layers by identity and rebuilds preloaded images instead of saving them', async () => {
    const s = createMachine({ seed: 1 });
    await runAll(s, [
      'docker create --name a1 diamol/ch06-todo-list',
      'docker create --name a2 diamol/ch06-todo-list',
    ]);
    const { restored, text } = roundTrip(s);
    expect(text.length).toBeLessThan(20_000);
    const [a1, a2] = ['a1', 'a2'].map((n) => restored.engine.container(n));
    const image = restored.engine.images.get('diamol/ch06-todo-list');
    expect(a1!.image).toBe(image);
    // the image's layers, the same objects, under each container's own -init layer
    for (const c of [a1!, a2!]) {
      const [init, ...shared] = c.rootfs.lowerDirs;
      expect(init!.id).toBe(`${c.id}-init`);
      shared.reverse().forEach((l, i) => expect(l).toBe(image.layers[i]));
      expect(shared).toHaveLength(image.layers.length);
    }
    expect(a1!.rootfs.lowerDirs[0]).not.toBe(a2!.rootfs.lowerDirs[0]);
    expect(restored.engine.images.get('diamol/base').layers[0]).toBe(image.layers[0]);
  });

  it('restarts running containers: the to-do app serves its saved list; a tmpfs starts empty', async () => {
    const s = createMachine({ seed: 1 });
    await runAll(s, [
      'docker volume create todo-list',
      'docker run -d -p 8011:80 -v todo-list:/data --tmpfs /scratch --name tt diamol/ch06-todo-list',
      'curl -s -d item=bread http://localhost:8011/new',
      "docker exec tt sh -c 'echo x > /scratch/x'",
    ]);
    const { restored } = roundTrip(s);
    expect((await restored.exec('curl -s http://localhost:8011/list')).stdout).toContain(
      '<li>bread</li>',
    );
    expect((await restored.exec('docker exec tt ls /scratch')).stdout).toBe('');
    expect((await restored.exec('docker logs tt')).stdout).toBe(
      (await s.exec('docker logs tt')).stdout,
    );
  });

  it('saves a built image when the builder is there', async () => {
    const s = createMachine({ seed: 1 });
    await runAll(s, [
      "mkdir /tmp/ctx && printf 'FROM diamol/base\\nRUN echo built > /built.txt && rm /etc/group\\nCMD cat /built.txt\\n' > /tmp/ctx/Dockerfile",
    ]);
    const built = await s.exec('docker build -t mine /tmp/ctx');
    if (built.exitCode !== 0) return; // lib/engine/build not wired into the CLI yet
    await runAll(s, ['docker run --name m1 mine', 'docker tag mine mine:two']);
    const { restored } = roundTrip(s);
    const look = ['docker images', 'docker history mine', 'docker run --rm mine', 'docker diff m1'];
    expect(await runAll(restored, look)).toBe(await runAll(s, look));
    expect(restored.engine.container('m1').image).toBe(restored.engine.images.get('mine'));
  });
});

describe('size', async () => {
  const s = createMachine({ seed: 7, cwd: REPO });
  await runAll(s, [
    'docker container run --name rn1 diamol/ch06-random-number',
    'docker container run --name rn2 diamol/ch06-random-number',
    'docker container cp rn1:/random/number.txt number1.txt',
    'docker container cp rn2:/random/number.txt number2.txt',
    'docker container run --name f1 diamol/ch06-file-display',
    'echo "http://eltonstoneman.com" > url.txt',
    'docker container cp url.txt f1:/input.txt',
    'docker container start --attach f1',
    'docker container run --name f2 diamol/ch06-file-display',
    'docker container rm -f f1',
    'docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list',
    'curl -s -d item=milk http://localhost:8010/new',
    'docker container run --name todo2 -d diamol/ch06-todo-list',
    'docker container run -d --name t3 --volumes-from todo1 diamol/ch06-todo-list',
    "target='/data'",
    'docker volume create todo-list',
    'docker container run -d -p 8011:80 -v todo-list:$target --name todo-v1 diamol/ch06-todo-list',
    'curl -s -d item=bread http://localhost:8011/new',
    'docker container rm -f todo-v1',
    'docker container run -d -p 8011:80 -v todo-list:$target --name todo-v2 diamol/ch06-todo-list:v2',
  ]);
  let t0 = performance.now();
  const text = JSON.stringify(snapshot(s));
  const saveMs = performance.now() - t0;
  t0 = performance.now();
  const restored = restoreMachine(text);
  const restoreMs = performance.now() - t0;
  const bytes = text.length;
  const fresh = JSON.stringify(snapshot(createMachine({ seed: 7, cwd: REPO }))).length;
  console.log(
    `bench: sandbox snapshot after S1–S6 ${bytes} B (fresh sandbox ${fresh} B); ` +
      `snapshot+stringify ${saveMs.toFixed(1)} ms, restore ${restoreMs.toFixed(1)} ms`,
  );
  it(`after the book's S1–S6 commands a snapshot is ${bytes} B of JSON (fresh: ${fresh} B)`, () => {
    expect(bytes).toBeLessThan(50_000);
    expect(text).not.toContain('"zeros":1982256'); // the BusyBox root is never saved
  });
  it('a restored sandbox saves to the same document, before and after its restarts settle', async () => {
    expect(JSON.stringify(snapshot(restored))).toBe(text);
    await restored.internals.ready;
    expect(JSON.stringify(snapshot(restored))).toBe(text);
  });
});
