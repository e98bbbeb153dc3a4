import { describe, expect, it } from 'vitest';
import type { Address, PublishedPort } from '@/lib/machine';
import { afterCommand, backOf, home, NO_VISITS, servingPort, visited } from './visits';

const at = (port: number, path = '/', host = 'localhost'): Address => ({
  scheme: 'http',
  host,
  port,
  path,
});
const port = (n: number): PublishedPort => ({ port: n, container: `c${n}`, containerPort: 80 });

describe('the browser pane’s history', () => {
  it('pushes after the shown page (dropping the forward pages), replaces in place', () => {
    let v = visited(NO_VISITS, at(80), 'replace'); // the first load is always a new entry
    v = visited(v, at(80, '/a'), 'push');
    v = visited(v, at(80, '/b'), 'push');
    expect(v.index).toBe(2);
    v = backOf(backOf(v)!)!;
    expect(v.entries[v.index]).toEqual(at(80));
    v = visited(v, at(80, '/c'), 'push');
    expect(v.entries.map((a) => a.path)).toEqual(['/', '/c']);
    v = visited(v, at(80, '/c?x=1'), 'replace');
    expect(v.entries.map((a) => a.path)).toEqual(['/', '/c?x=1']);
    expect(backOf({ entries: [at(80)], index: 0 })).toBeNull();
  });

  it('after a command: the first port’s home when the shown local port is gone, else the page again', () => {
    expect(afterCommand(undefined, [])).toBeNull();
    expect(afterCommand(undefined, [port(8080), port(8081)])).toEqual({
      to: home(8080),
      move: 'push',
    });
    expect(afterCommand(at(8081, '/x'), [port(8080), port(8081)])).toEqual({
      to: at(8081, '/x'),
      move: 'replace',
    });
    expect(afterCommand(at(9000, '/x'), [port(8080)])).toEqual({ to: home(8080), move: 'push' });
    // Gone, nothing else published: the page is asked again (and shows the refusal).
    expect(afterCommand(at(9000), [])).toEqual({ to: at(9000), move: 'replace' });
    // Another host is not a published port: it stays.
    const away = at(80, '/', 'example.com');
    expect(afterCommand(away, [port(8080)])).toEqual({ to: away, move: 'replace' });
  });

  it('names the port serving a local page only', () => {
    expect(servingPort(at(8080), [port(8080)])).toEqual(port(8080));
    expect(servingPort(at(8080, '/', '127.0.0.1'), [port(8080)])).toEqual(port(8080));
    expect(servingPort(at(8080, '/', 'example.com'), [port(8080)])).toBeUndefined();
    expect(servingPort(null, [port(8080)])).toBeUndefined();
  });
});
