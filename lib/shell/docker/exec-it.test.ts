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
