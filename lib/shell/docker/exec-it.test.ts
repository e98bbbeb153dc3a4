import { expect, it } from 'vitest';
import { createMachine, restoreMachine, snapshot } from '../../machine';
it('exec -it hands a container shell to the terminal', async () => {
  const seen: string[] = [];
  const s = createMachine({
    docker: {
      attachShell: async (session) => {
        seen.push(session.prompt());
        seen.push((await session.exec('pwd; echo hi > /tmp/x; ls /tmp')).output);
        return 0;
      },
    },
  });
  await s.exec('docker run -d --name c1 diamol/ch06-todo-list');
  const r = await s.exec('docker exec -it c1 sh');
  expect(r.exitCode).toBe(0);
  expect(seen).toEqual(['/app # ', '/app\nx\n']);
  expect((await s.exec('docker diff c1')).stdout).toBe('C /tmp\nA /tmp/x\n');
});

it('a long sh -c script in a container runs to the end on virtual time', async () => {
  const s = createMachine();
  await s.exec('docker run -d --name long diamol/base sleep 1000');
  const script = Array.from({ length: 80 }, (_, i) => `echo ${i}`).join('; ');
  const r = await s.exec(`docker exec long sh -c '${script}; ls / | wc -l'`);
  expect(r.hung).toBe(false);
  expect(r.stdout.split('\n').slice(-3)).toEqual(['79', '10', '']);
});

it('docker run -it keeps the container running while the learner is inside', async () => {
  let statusInside = '';
  const s = createMachine({
    docker: {
      attachShell: async (session) => {
        statusInside = s.engine.container('box').state.status;
        await session.exec('echo hi > /tmp/x');
        return 3;
      },
    },
  });
  const r = await s.exec('docker run -it --name box diamol/base sh');
  expect(statusInside).toBe('running');
  expect(r.exitCode).toBe(3);
  expect((await s.exec('docker ps -a --format "{{.Names}} {{.Status}}"')).stdout).toMatch(
    /^box Exited \(3\)/,
  );
  expect((await s.exec('docker diff box')).stdout).toBe('C /tmp\nA /tmp/x\n');
});

it('a container whose main process is a -it shell runs until the shell is stopped or exits', async () => {
  const s = createMachine();
  await s.exec('docker run -dit --name sh1 diamol/base sh');
  await s.exec('docker create -t --name tt1 diamol/base sh');
  await s.exec('docker create --name plain diamol/base sh');
  await s.exec('docker start tt1 plain');
  const ps = await s.exec('docker ps -a --format "{{.Names}} {{.Status}}"');
  expect(ps.stdout).toMatch(/^plain Exited \(0\).*\ntt1 Up .*\nsh1 Up /);
  // sh as PID 1 ignores TERM: docker stop kills it after the timeout
  const stop = await s.exec('docker stop sh1');
  expect(stop.stdout).toBe('sh1\n');
  expect((await s.exec('docker inspect -f "{{.State.ExitCode}}" sh1')).stdout).toBe('137\n');
  const attach = await s.exec('docker attach sh1');
  expect(attach.stderr).toBe('You cannot attach to a stopped container, start it first\n');
  expect(attach.exitCode).toBe(1);
});

it('-i without a terminal feeds the shell what is piped in, and -t makes its output CR LF', async () => {
  const s = createMachine();
  const piped = await s.exec("echo 'echo hi; exit 4' | docker run -i --rm diamol/base sh");
  expect([piped.stdout, piped.exitCode]).toEqual(['hi\n', 4]);
  const t = await s.exec('docker run -t --name tt2 diamol/base sh -c "echo out; echo err >&2"');
  expect(t.stdout).toBe('out\r\nerr\r\n');
  expect(t.stderr).toBe('');
  expect((await s.exec('docker logs tt2')).stdout).toBe('out\r\nerr\r\n');
});

it('docker start -ai joins the shell a running -it container waits in, without a new prompt', async () => {
  const modes: unknown[] = [];
  const s = createMachine({
    docker: {
      attachShell: async (session, mode) => {
        modes.push(mode);
        await session.exec('cd /tmp');
        return (await session.exec('exit 7')).exitCode;
      },
    },
  });
  await s.exec('docker run -dit --name sh1 diamol/base sh');
  const r = await s.exec('docker start -ai sh1');
  expect(r.exitCode).toBe(7);
  expect(modes).toEqual([{ tty: true, resumed: true }]);
  expect(
    (await s.exec('docker inspect -f "{{.State.Status}} {{.State.ExitCode}}" sh1')).stdout,
  ).toBe('exited 7\n');
});

it('--rm -it removes the container when its shell exits; a restored -dit shell still waits', async () => {
  const s = createMachine({ docker: { attachShell: async () => 0 } });
  await s.exec('docker run -it --rm --name gone diamol/base sh');
  await s.exec('docker run -dit --name waits diamol/base sh');
  expect((await s.exec('docker ps -a --format "{{.Names}}"')).stdout).toBe('waits\n');
  const restored = restoreMachine(JSON.stringify(snapshot(s)), {
    docker: { attachShell: async (session) => (await session.exec('exit 5')).exitCode },
  });
  await restored.internals.ready;
  expect((await restored.exec('docker ps --format "{{.Names}}"')).stdout).toBe('waits\n');
  expect((await restored.exec('docker attach waits')).exitCode).toBe(5);
});
