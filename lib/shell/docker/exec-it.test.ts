import { expect, it } from 'vitest';
import { createSandbox } from '../sandbox';
it('exec -it hands a container shell to the terminal', async () => {
  const seen: string[] = [];
  const s = createSandbox({
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
  const s = createSandbox();
  await s.exec('docker run -d --name long diamol/base sleep 1000');
  const script = Array.from({ length: 80 }, (_, i) => `echo ${i}`).join('; ');
  const r = await s.exec(`docker exec long sh -c '${script}; ls / | wc -l'`);
  expect(r.hung).toBe(false);
  expect(r.stdout.split('\n').slice(-3)).toEqual(['79', '10', '']);
});

it('docker run -it keeps the container running while the learner is inside', async () => {
  let statusInside = '';
  const s = createSandbox({
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
