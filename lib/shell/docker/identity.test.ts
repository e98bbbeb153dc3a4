import { describe, expect, it } from 'vitest';
import { HOST_RESOLV_CONF } from '../../engine';
import { buildLayerModel } from '../../layers';
import { createMachine, restoreMachine, snapshot, type Machine } from '../../machine';

/**
 * What fixtures/identity-etc.cmds cannot compare: the oracle daemon runs with --bridge=none (no
 * address line in /etc/hosts) on a machine with its own nameserver. The simulated machine has the
 * default bridge (lib/engine/network.ts) and the host's resolv.conf of lib/engine/host-facts.
 */
async function run(m: Machine, line: string) {
  const r = await m.exec(line);
  expect(r.hung, line).toBe(false);
  return r;
}

async function out(m: Machine, line: string): Promise<string> {
  return (await run(m, line)).stdout;
}

const HOSTS_HEAD =
  '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n' +
  'ff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n';

describe("a container's /etc/hosts", () => {
  it('ends with its bridge address and host name, as inspect reports them', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    await run(m, 'docker run -d --name ca diamol/base sleep 3600');
    await run(m, 'docker run -d --name cb -h web.local diamol/base sleep 3600');
    const id = (await out(m, "docker inspect -f '{{.Id}}' ca")).slice(0, 12);
    expect(await out(m, 'docker exec ca cat /etc/hosts')).toBe(`${HOSTS_HEAD}172.17.0.2\t${id}\n`);
    expect(await out(m, 'docker exec cb tail -n 1 /etc/hosts')).toBe('172.17.0.3\tweb.local\n');
    expect(await out(m, "docker inspect -f '{{.NetworkSettings.IPAddress}}' ca cb")).toBe(
      '172.17.0.2\n172.17.0.3\n',
    );
    expect(await out(m, 'docker exec cb hostname -i')).toBe('172.17.0.3\n');
  });

  it('keeps an address while the container runs; a new one takes the lowest free', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    for (const n of ['ca', 'cb']) await run(m, `docker run -d --name ${n} diamol/base sleep 3600`);
    await run(m, 'docker rm -f ca');
    expect(await out(m, 'docker exec cb hostname -i')).toBe('172.17.0.3\n');
    await run(m, 'docker run -d --name cc diamol/base sleep 3600');
    expect(await out(m, 'docker exec cc hostname -i')).toBe('172.17.0.2\n');
  });

  it('is built afresh at each start (a line added by hand is gone), as on a bridge network', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    const add = "sh -c 'echo 10.0.0.9 extra >> /etc/hosts; grep -c extra /etc/hosts'";
    expect(await out(m, `docker run --name cc diamol/base ${add}`)).toBe('1\n');
    expect(await out(m, 'docker start -a cc')).toBe('1\n');
  });
});

describe("a container's /etc/resolv.conf", () => {
  it("is the host's, and survives a restart once changed", async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    expect(await out(m, 'cat /etc/resolv.conf')).toBe(HOST_RESOLV_CONF);
    expect(await out(m, 'docker run --rm diamol/base cat /etc/resolv.conf')).toBe(HOST_RESOLV_CONF);
    const add = "sh -c 'echo x >> /etc/resolv.conf; wc -l < /etc/resolv.conf'";
    expect(await out(m, `docker run --name cc diamol/base ${add}`)).toBe('2\n');
    expect(await out(m, 'docker start -a cc')).toBe('3\n');
  });

  it('falls back to public resolvers when the host has none left after dropping localhost', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    await run(m, "sudo sh -c 'echo nameserver 127.0.0.53 > /etc/resolv.conf'");
    expect(await out(m, 'docker run --rm diamol/base cat /etc/resolv.conf')).toBe(
      '\nnameserver 8.8.8.8\nnameserver 8.8.4.4',
    );
  });
});

describe("a container's host name", () => {
  it('is its short ID, or --hostname, wherever a process asks', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    await run(m, 'docker run -d --name ca diamol/base sleep 3600');
    await run(m, 'docker run -d --name cb --hostname box diamol/base sleep 3600');
    const id = (await out(m, "docker inspect -f '{{.Id}}' ca")).slice(0, 12);
    const ask = 'cat /etc/hostname; hostname; echo $HOSTNAME; uname -n';
    expect(await out(m, `docker exec ca sh -c '${ask}'`)).toBe(`${id}\n`.repeat(4));
    expect(await out(m, `docker exec cb sh -c '${ask}'`)).toBe('box\n'.repeat(4));
    expect(await out(m, "docker inspect -f '{{.Config.Hostname}}' ca cb")).toBe(`${id}\nbox\n`);
    // the kernel's name, not the variable or the file
    expect(
      await out(m, "docker exec cb sh -c 'HOSTNAME=x uname -n; echo y > /etc/hostname; hostname'"),
    ).toBe('box\nbox\n');
  });

  it('is rewritten into /etc/hostname at each start', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    await run(
      m,
      "docker run --name cc -h box diamol/base sh -c 'cat /etc/hostname; echo y > /etc/hostname'",
    );
    expect(await out(m, 'docker start -a cc')).toBe('box\n');
  });

  it('and its /etc files come back with a restored machine', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    await run(m, 'docker run -d --name ca -h box diamol/base sleep 3600');
    const restored = restoreMachine(JSON.stringify(snapshot(m)));
    expect(await out(restored, "docker inspect -f '{{.Config.Hostname}}' ca")).toBe('box\n');
    expect(await out(restored, 'docker exec ca tail -n 1 /etc/hosts')).toBe('172.17.0.2\tbox\n');
    expect(await out(restored, 'docker exec ca cat /etc/hostname')).toBe('box\n');
  });
});

describe('what docker diff and the layers see of them', () => {
  it('lists none of the three files, nor their directory, unless something else changed', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    await run(
      m,
      'docker run --name cc diamol/base sh -c "echo 1 >> /etc/hosts; echo 2 > /etc/hostname"',
    );
    expect(await run(m, 'docker diff cc')).toMatchObject({ stdout: '', exitCode: 0 });
    const c = m.engine.container('cc');
    expect(c.upper.get('/etc')).toBeUndefined();
    // nor does the layer view show the container changing anything
    expect(buildLayerModel(m, { container: 'cc' }).selected!.writable.entries).toEqual([]);
    expect(c.rootfs.lowerDirs[0]!.id).toBe(`${c.id}-init`);
  });
});

describe('hostname on the host', () => {
  it("prints the simulated host's name and looks it up in its /etc/hosts", async () => {
    const m = createMachine({ seed: 1 });
    expect(await out(m, 'hostname; hostname -s; hostname -f; hostname -i')).toBe(
      'host\nhost\nhost\n127.0.1.1\n',
    );
    expect(await run(m, 'hostname -d')).toMatchObject({ stdout: '', exitCode: 0 });
    // where Debian's hostname writes its usage (recorded by hand: the fixture merges the streams)
    const bad = await run(m, 'hostname -x');
    expect([bad.stderr, bad.stdout.split('\n')[0], bad.exitCode]).toEqual([
      "hostname: invalid option -- 'x'\n",
      'Usage: hostname [-b] {hostname|-F file}         set host name (from file)',
      255,
    ]);
    expect(await run(m, 'hostname a b')).toMatchObject({ stdout: '', exitCode: 255 });
    expect(await run(m, 'hostname --help')).toMatchObject({ stderr: '', exitCode: 255 });
    expect(await run(m, 'hostname foo')).toMatchObject({
      stderr: 'hostname: you must be root to change the host name\n',
      exitCode: 1,
    });
  });
});

describe('ps in a container', () => {
  const HEAD = 'PID   USER     COMMAND\n';

  it('forks ps as PID 7 after the start, or runs it as the shell itself when it comes last', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    expect(await out(m, "docker run --rm diamol/base sh -c 'ps; true'")).toBe(
      `${HEAD}    1 root     sh -c ps; true\n    7 root     {ps} sh -c ps; true\n`,
    );
    expect(await out(m, "docker run --rm diamol/base sh -c 'true; ps'")).toBe(
      `${HEAD}    1 root     {ps} sh -c true; ps\n`,
    );
    expect(await out(m, 'docker run --rm -u 1000 diamol/base ps')).toBe(
      `${HEAD}    1 1000     ps\n`,
    );
  });

  it('lists the main process and each exec, six PIDs apart; a restart starts over', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    await run(m, 'docker run -d --name d1 diamol/base sleep 100');
    const first = `${HEAD}    1 root     sleep 100\n    7 root     ps\n`;
    expect(await out(m, 'docker exec d1 ps')).toBe(first);
    expect(await out(m, 'docker exec d1 ps')).toBe(
      `${HEAD}    1 root     sleep 100\n   13 root     ps\n`,
    );
    expect(await out(m, "docker exec d1 sh -c 'ps -o pid,ppid,comm; true'")).toBe(
      'PID   PPID  COMMAND\n    1     0 sleep\n   19     0 sh\n   25    19 ps\n',
    );
    await run(m, 'docker restart -t 0 d1');
    expect(await out(m, 'docker exec d1 ps')).toBe(first);
  });

  it("in Alpine's BusyBox: a TIME column, and ps's own command line (it is exec'd)", async () => {
    const m = createMachine({ seed: 1 });
    const head = 'PID   USER     TIME  COMMAND\n';
    expect(await out(m, "docker run --rm alpine sh -c 'ps; true'")).toBe(
      `${head}    1 root      0:00 sh -c ps; true\n    7 root      0:00 ps\n`,
    );
    expect(await out(m, "docker run --rm alpine sh -c 'true; ps -ef'")).toBe(
      `${head}    1 root      0:00 ps -ef\n`,
    );
    expect((await run(m, 'docker run --rm alpine ps -o nosuch')).stderr).toBe(
      "ps: bad -o argument 'nosuch', supported arguments: user,group,comm,args,pid,ppid,pgid,etime,nice,rgroup,ruser,time,tty,vsz,sid,stat,rss\n",
    );
  });

  it("runs a build step's command as PID 1 of its container, which has the /etc files too", async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    await run(m, "mkdir b && printf 'FROM diamol/base\\nRUN ls /etc; ps\\n' > b/Dockerfile");
    const r = await run(m, 'DOCKER_BUILDKIT=0 docker build b');
    expect(r.stdout).toContain(`${HEAD}    1 root     {ps} /bin/sh -c ls /etc; ps\n`);
    expect(r.stdout).toMatch(/^hostname\nhosts\n(.*\n)*resolv\.conf$/m);
  });

  it('is not on the host', async () => {
    const m = createMachine({ seed: 1 });
    expect(await run(m, 'ps')).toMatchObject({ exitCode: 127 });
  });
});

describe('ps in an interactive container shell', () => {
  it('shows the shell it was typed into, forked, and an exec shell until it exits', async () => {
    const seen: string[] = [];
    const m = createMachine({
      docker: {
        attachShell: async (session) => {
          seen.push((await session.exec('ps')).output);
          await session.exec('exit');
          return 0;
        },
      },
    });
    await run(m, 'docker run -d --name d1 diamol/base sleep 100');
    await run(m, 'docker exec -it d1 sh');
    // Debian's busybox-static runs ps inside the forked shell: `{ps} sh`
    expect(seen).toEqual([
      'PID   USER     COMMAND\n    1 root     sleep 100\n    7 root     sh\n   13 root     {ps} sh\n',
    ]);
    expect(await out(m, 'docker exec d1 ps -o pid,comm')).toBe(
      'PID   COMMAND\n    1 sleep\n   14 ps\n',
    );
  });
});
