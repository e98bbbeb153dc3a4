import { describe, expect, it } from 'vitest';
import { REPO, createMachine, type Machine } from '../../machine';

/** The book's chapter-6 exercises (spec §5, S1–S13) on the simulated machine, observation by observation. */
async function run(s: Machine, line: string) {
  const r = await s.exec(line);
  expect(r.hung, line).toBe(false);
  return r;
}

function machine() {
  return createMachine({ seed: 7, cwd: REPO });
}

const ANON = /^[0-9a-f]{64}$/;

describe('book scenarios', () => {
  it('S1: two containers from one image each get their own writable layer', async () => {
    const s = machine();
    expect(await run(s, 'docker container run --name rn1 diamol/ch06-random-number')).toMatchObject(
      { output: '', exitCode: 0 },
    );
    await run(s, 'docker container run --name rn2 diamol/ch06-random-number');
    await run(s, 'docker container cp rn1:/random/number.txt number1.txt');
    await run(s, 'docker container cp rn2:/random/number.txt number2.txt');
    const n1 = (await run(s, 'cat number1.txt')).stdout;
    const n2 = (await run(s, 'cat number2.txt')).stdout;
    expect(n1).toMatch(/^\d+\n$/);
    expect(Number(n1)).toBeLessThan(32768);
    expect(n1).not.toBe(n2);
    expect((await run(s, 'docker diff rn1')).stdout).toBe('C /random\nA /random/number.txt\n');
    expect((await run(s, 'docker ps -a --format "{{.Names}} {{.Status}}"')).stdout).toMatch(
      /rn2 Exited \(0\)/,
    );
  });

  it('S2/S3: copy-on-write of an image file, gone with the container', async () => {
    const s = machine();
    expect((await run(s, 'docker container run --name f1 diamol/ch06-file-display')).stdout).toBe(
      'https://www.manning.com/books/learn-docker-in-a-month-of-lunches\n',
    );
    await run(s, 'echo "http://eltonstoneman.com" > url.txt');
    await run(s, 'docker container cp url.txt f1:/input.txt');
    expect((await run(s, 'docker container start --attach f1')).stdout).toBe(
      'http://eltonstoneman.com\n',
    );
    expect((await run(s, 'docker diff f1')).stdout).toBe('C /input.txt\n');
    expect(
      (await run(s, 'docker container run --name f2 diamol/ch06-file-display')).stdout,
    ).toMatch(/manning/);
    expect((await run(s, 'docker container rm -f f1')).stdout).toBe('f1\n');
    expect(await run(s, 'docker container cp f1:/input.txt .')).toMatchObject({
      stderr: 'Error response from daemon: No such container: f1\n',
      exitCode: 1,
    });
  });

  it('S4/S5: VOLUME gives each container its own anonymous volume; --volumes-from shares one', async () => {
    const s = machine();
    await run(s, 'docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list');
    expect((await run(s, "docker container inspect --format '{{.Mounts}}' todo1")).stdout).toMatch(
      /^\[\{volume [0-9a-f]{64} \/var\/lib\/docker\/volumes\/[0-9a-f]{64}\/_data \/data local {2}true \}\]\n$/,
    );
    await run(s, 'curl -s -d item=milk http://localhost:8010/new');
    expect((await run(s, 'docker diff todo1')).stdout).toBe('');
    await run(s, 'docker container run --name todo2 -d diamol/ch06-todo-list');
    expect((await run(s, 'docker container exec todo2 ls /data')).stdout).toBe('');
    await run(s, 'docker container run -d --name t3 --volumes-from todo1 diamol/ch06-todo-list');
    expect((await run(s, 'docker container exec t3 ls /data')).stdout).toBe('todo-list.db\n');
    const volumes = (await run(s, 'docker volume ls -q')).stdout.trim().split('\n');
    expect(volumes).toHaveLength(2);
    expect(volumes.every((v) => ANON.test(v))).toBe(true);
    const [ids] = [(await run(s, 'docker ps -q --no-trunc')).stdout.trim().split('\n')];
    const todo1Volume = s.engine.container('todo1').mounts[0]!.name!;
    const r = await run(s, `docker volume rm ${todo1Volume}`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^Error response from daemon: remove ${todo1Volume}: volume is in use - \\[[0-9a-f]{64}, [0-9a-f]{64}\\]\\n$`,
      ),
    );
    for (const id of [s.engine.container('todo1').id, s.engine.container('t3').id])
      expect(ids).toContain(id);
  });

  it('S6: a named volume survives an upgrade from v1 to v2', async () => {
    const s = machine();
    await run(s, "target='/data'");
    expect((await run(s, 'docker volume create todo-list')).stdout).toBe('todo-list\n');
    await run(
      s,
      'docker container run -d -p 8011:80 -v todo-list:$target --name todo-v1 diamol/ch06-todo-list',
    );
    expect(s.engine.volumes.all()).toHaveLength(1);
    await run(s, 'curl -s -d item=bread http://localhost:8011/new');
    expect((await run(s, 'docker container rm -f todo-v1')).stdout).toBe('todo-v1\n');
    expect((await run(s, 'docker volume ls')).stdout).toBe(
      'DRIVER    VOLUME NAME\nlocal     todo-list\n',
    );
    await run(
      s,
      'docker container run -d -p 8011:80 -v todo-list:$target --name todo-v2 diamol/ch06-todo-list:v2',
    );
    expect((await run(s, 'curl -s http://localhost:8011/list')).stdout).toContain('<li>bread</li>');
    expect((await run(s, 'curl -s http://localhost:8011/css/site.css')).stdout).toContain('v2');
    expect(
      (await run(s, "docker container inspect --format '{{json .Mounts}}' todo-v2")).stdout,
    ).toBe(
      '[{"Type":"volume","Name":"todo-list","Source":"/var/lib/docker/volumes/todo-list/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""}]\n',
    );
  });

  it('S7: a bind mount puts the database on the host, owned by root; --mount needs the source', async () => {
    const s = machine();
    await run(s, 'source="$(pwd)/databases" && target=\'/data\'');
    const missing = await run(
      s,
      'docker container run --mount type=bind,source=$source,target=$target -d -p 8012:80 diamol/ch06-todo-list',
    );
    expect(missing).toMatchObject({ exitCode: 125 });
    expect(missing.stderr).toBe(
      `docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: ${REPO}/databases\n\nRun 'docker run --help' for more information\n`,
    );
    await run(s, 'mkdir ./databases');
    await run(
      s,
      'docker container run --mount type=bind,source=$source,target=$target -d -p 8012:80 diamol/ch06-todo-list',
    );
    expect((await run(s, 'curl -s http://localhost:8012')).stdout).toContain('To-Do List');
    expect((await run(s, 'ls ./databases')).stdout).toBe('todo-list.db\n');
    expect((await run(s, 'ls -l ./databases')).stdout).toMatch(
      /-rw-r--r-- 1 root root \d+ .* todo-list.db/,
    );
  });

  it('S8: a read-only config bind mount switches the app to Debug logging', async () => {
    const s = machine();
    await run(s, 'cd ./ch06/exercises/todo-list');
    await run(s, 'source="$(pwd)/config" && target=\'/app/config\'');
    await run(
      s,
      'docker container run --name todo-configured -d -p 8013:80 --mount type=bind,source=$source,target=$target,readonly diamol/ch06-todo-list',
    );
    await run(s, 'curl -s http://localhost:8013');
    expect((await run(s, 'docker container logs todo-configured')).stdout).toMatch(/^dbug: /m);
    expect(await run(s, 'docker exec todo-configured touch /app/config/x')).toMatchObject({
      stderr: 'touch: /app/config/x: Read-only file system\n',
      exitCode: 1,
    });
    await run(s, "echo '{}' > x.json");
    expect(await run(s, 'docker cp x.json todo-configured:/app/config/')).toMatchObject({
      stderr: 'Error response from daemon: mounted volume is marked read-only\n',
      exitCode: 1,
    });
    expect(
      (await run(s, "docker container inspect --format '{{json .Mounts}}' todo-configured")).stdout,
    ).toContain(
      // next to the anonymous volume the image's VOLUME /data gives every container
      `{"Type":"bind","Source":"${REPO}/ch06/exercises/todo-list/config","Destination":"/app/config","Mode":"","RW":false,"Propagation":"rprivate"}`,
    );
  });

  it('S9/S10: a mount hides the image directory; a single-file bind merges; an empty volume gets the files', async () => {
    const s = machine();
    await run(s, 'cd ./ch06/exercises/bind-mount');
    await run(s, 'source="$(pwd)/new" && target=\'/init\'');
    expect((await run(s, 'docker container run diamol/ch06-bind-mount')).stdout).toBe(
      'abc.txt\ndef.txt\n',
    );
    expect(
      (
        await run(
          s,
          'docker container run --mount type=bind,source=$source,target=$target diamol/ch06-bind-mount',
        )
      ).stdout,
    ).toBe('123.txt\n456.txt\n');
    const single = await run(
      s,
      'docker container run --name single --mount type=bind,source="$(pwd)/new/123.txt",target=/init/123.txt diamol/ch06-bind-mount',
    );
    expect(single.stdout).toBe('123.txt\nabc.txt\ndef.txt\n');
    expect((await run(s, 'docker diff single')).stdout).toBe('C /init\nA /init/123.txt\n');
    await run(s, 'docker volume create v1');
    expect((await run(s, 'docker run -v v1:/init diamol/ch06-bind-mount')).stdout).toBe(
      'abc.txt\ndef.txt\n',
    );
    expect((await run(s, 'docker run -v v1:/init diamol/ch06-bind-mount')).stdout).toBe(
      'abc.txt\ndef.txt\n',
    );
    expect(
      (await run(s, 'docker run --mount src=v2,dst=/init,volume-nocopy diamol/ch06-bind-mount'))
        .stdout,
    ).toBe('');
  });

  it('S13: the lab: config from a read-only bind, data in a named volume at a new path', async () => {
    const s = machine();
    await run(s, 'docker container run -d -p 8015:80 diamol/ch06-lab');
    expect((await run(s, 'curl -s http://localhost:8015/list')).stdout).toContain(
      '<li>Finish the chapter 6 lab</li>',
    );
    await run(s, 'docker volume create ch06-lab');
    await run(s, 'cd ch06/lab');
    await run(
      s,
      "configSource=\"$(pwd)/solution\" && configTarget='/app/config' && dataTarget='/new-data'",
    );
    const id = (
      await run(
        s,
        'docker container run -d -p 8016:80 --mount type=bind,source=$configSource,target=$configTarget,readonly --volume ch06-lab:$dataTarget diamol/ch06-lab',
      )
    ).stdout.trim();
    expect((await run(s, 'curl -s http://localhost:8016/list')).stdout).not.toContain('<li>');
    await run(s, 'curl -s -d item=saved http://localhost:8016/new');
    // Both mount targets are new in the writable layer (M5); the volume's content is not (R23).
    expect((await run(s, `docker diff ${id.slice(0, 12)}`)).stdout).toBe(
      'C /app\nA /app/config\nA /new-data\n',
    );
    expect(s.engine.volumes.find('ch06-lab')!.data.readTextFile('/todo-list.db')).toContain(
      'saved',
    );
    expect(s.engine.volumes.all().filter((v) => v.anonymous)).toHaveLength(2); // each lab container's unused /data
  });
});

describe('S11: a network share looks like a directory but lacks operations (M17)', () => {
  it('the database cannot live there, read-only config can', async () => {
    const s = machine();
    expect((await run(s, 'ls /mnt/nfs')).stdout).toBe('config\n');
    expect(await run(s, 'ln /mnt/nfs/config/config.json /mnt/nfs/hard')).toMatchObject({
      stderr:
        "ln: failed to create hard link '/mnt/nfs/hard' => '/mnt/nfs/config/config.json': Operation not permitted\n",
      exitCode: 1,
    });
    await run(s, 'docker run -d --name db-on-nfs -v /mnt/nfs/data:/data diamol/ch06-todo-list');
    expect((await run(s, 'docker ps -a --format "{{.Names}} {{.Status}}"')).stdout).toMatch(
      /^db-on-nfs Exited \(134\)/,
    );
    expect((await run(s, 'docker logs db-on-nfs')).output).toContain(
      "SQLite Error 5: 'database is locked'",
    );
    await run(
      s,
      'docker run -d --name cfg-on-nfs -p 8020:80 --mount type=bind,source=/mnt/nfs/config,target=/app/config,readonly diamol/ch06-todo-list',
    );
    expect((await run(s, 'curl -s http://localhost:8020/list')).stdout).toContain('To-Do List');
    expect((await run(s, 'docker logs cfg-on-nfs')).stdout).toMatch(/^dbug: /m);
  });
});

describe('volume prune follows current Docker (M32)', () => {
  it('removes unused anonymous volumes; named ones only with -a', async () => {
    const s = machine();
    await run(s, 'docker volume create keep');
    await run(s, 'docker run --name aa -v /data diamol/base true'); // an anonymous volume
    await run(s, 'docker rm aa');
    const anon = s.engine.volumes.all().find((v) => v.anonymous)!.name;
    expect((await run(s, 'docker volume prune -f')).stdout).toBe(
      `Deleted Volumes:\n${anon}\n\nTotal reclaimed space: 0B\n`,
    );
    expect((await run(s, 'docker volume ls -q')).stdout).toBe('keep\n');
    expect((await run(s, 'docker volume prune -f -a')).stdout).toBe(
      'Deleted Volumes:\nkeep\n\nTotal reclaimed space: 0B\n',
    );
  });
});

describe('S12: union filesystem overview', () => {
  it('a later layer overrides an earlier file, another deletes one; one writable layer per container', async () => {
    const s = machine();
    await run(s, 'mkdir layers && cd layers');
    await run(
      s,
      "printf 'FROM diamol/base\\nCOPY a.txt /f\\nCOPY b.txt /f\\nRUN rm /etc/group\\n' > Dockerfile",
    );
    await run(s, 'echo a > a.txt && echo b > b.txt');
    expect((await run(s, 'docker build -t layered .')).exitCode).toBe(0);
    expect((await run(s, 'docker run --rm layered cat /f')).stdout).toBe('b\n');
    expect(await run(s, 'docker run --rm layered cat /etc/group')).toMatchObject({
      stderr: "cat: can't open '/etc/group': No such file or directory\n",
      exitCode: 1,
    });
    await run(s, 'docker run --name l1 -v v1:/data -v $(pwd):/src --tmpfs /scratch layered true');
    expect(s.engine.container('l1').mounts).toHaveLength(3);
    await run(s, 'docker volume create v2');
    expect((await run(s, 'docker system df -v')).stdout).toMatch(/v1\s+1\s+0B\n/);
  });
});

describe('the host as on Linux', () => {
  it("keeps Docker's data root closed to the learner, open to sudo", async () => {
    const s = machine();
    await run(s, 'docker volume create data');
    await run(s, 'docker run --rm -v data:/data diamol/base sh -c "echo hi > /data/x"');
    expect((await run(s, 'ls /var/lib/docker/volumes')).stderr).toBe(
      "ls: cannot open directory '/var/lib/docker/volumes': Permission denied\n",
    );
    expect((await run(s, 'sudo ls /var/lib/docker/volumes')).stdout).toBe('data\n');
    expect((await run(s, 'cat /var/lib/docker/volumes/data/_data/x')).stdout).toBe('hi\n');
    expect((await run(s, 'sudo whoami')).stdout).toBe('root\n');
  });

  it('renames containers; the new name works everywhere', async () => {
    const s = machine();
    await run(s, 'docker run -d --name web diamol/base sleep 100');
    expect(await run(s, 'docker rename web web2')).toMatchObject({ output: '', exitCode: 0 });
    expect((await run(s, 'docker ps --format "{{.Names}}"')).stdout).toBe('web2\n');
    expect((await run(s, 'docker rename nosuch x')).stderr).toBe(
      'Error response from daemon: No such container: nosuch\n',
    );
  });
});
