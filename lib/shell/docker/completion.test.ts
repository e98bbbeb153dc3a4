import { describe, expect, it } from 'vitest';
import { createMachine } from '../../machine';

describe('docker tab completion', () => {
  it('offers subcommands, flags and object names', async () => {
    const s = createMachine();
    await s.exec('docker run -d --name todo1 diamol/ch06-todo-list');
    await s.exec('docker volume create todo-list');
    const c = (line: string) => s.host.complete(line).candidates;
    expect(c('docker r')).toEqual(['rename', 'restart', 'rm', 'rmi', 'run']);
    expect(c('docker volume ')).toEqual(['create', 'inspect', 'ls', 'prune', 'rm']);
    expect(c('docker run --vol')).toEqual(['--volume', '--volumes-from']);
    expect(c('docker run diamol/ch06-t')).toEqual([
      'diamol/ch06-todo-list',
      'diamol/ch06-todo-list:v2',
    ]);
    expect(c('docker exec -it to')).toEqual(['todo1']);
    expect(c('docker stop ')).toEqual(['todo1']);
    expect(c('docker volume rm to')).toEqual(['todo-list']);
    expect(c('ls /mnt/n')).toEqual(['/mnt/nfs/']);
  });
});
