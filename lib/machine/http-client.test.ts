import { describe, expect, it } from 'vitest';
import { createMachine } from './machine';
import {
  encodeForm,
  formatAddress,
  loadPage,
  parseAddress,
  publishedPorts,
  resolveHref,
  type Address,
  type HostNetwork,
} from './http-client';

const at = (text: string): Address => parseAddress(text)!;

async function machineWith(...lines: string[]) {
  const machine = createMachine();
  for (const line of lines) expect((await machine.exec(line)).exitCode, line).toBe(0);
  return machine;
}

describe('addresses', () => {
  it.each([
    ['localhost:8010', 'http://localhost:8010/'],
    ['http://localhost:8010', 'http://localhost:8010/'],
    ['HTTP://LocalHost:8010/list?x=1#top', 'http://localhost:8010/list?x=1'],
    ['127.0.0.1:8010/list', 'http://127.0.0.1:8010/list'],
    ['localhost', 'http://localhost/'],
    ['localhost:80/', 'http://localhost/'],
    ['https://localhost:443/a', 'https://localhost/a'],
    ['example.com', 'http://example.com/'],
  ])('%s reads as %s', (text, shown) => {
    expect(formatAddress(at(text))).toBe(shown);
  });

  it.each(['', 'http://', 'localhost:99999', 'local host:8010', 'ftp://localhost/'])(
    '%j is not an address',
    (text) => expect(parseAddress(text)).toBeNull(),
  );

  it.each([
    ['/list', 'http://localhost:8010/list'],
    ['list', 'http://localhost:8010/a/list'],
    ['../css/site.css', 'http://localhost:8010/css/site.css'],
    ['./', 'http://localhost:8010/a/'],
    ['?page=2', 'http://localhost:8010/a/b?page=2'],
    ['', 'http://localhost:8010/a/b?q=1'],
    ['http://localhost:8011/', 'http://localhost:8011/'],
    ['//127.0.0.1:8012/x', 'http://127.0.0.1:8012/x'],
  ])('%j from /a/b?q=1 is %s', (href, resolved) => {
    expect(formatAddress(resolveHref(at('localhost:8010/a/b?q=1'), href)!)).toBe(resolved);
  });

  it.each(['#top', 'javascript:alert(1)', 'mailto:a@b.c'])('%s is not followed', (href) => {
    expect(resolveHref(at('localhost:8010/'), href)).toBeNull();
  });

  it('encodes forms as a browser does', () => {
    expect(encodeForm([['item', 'buy milk & eggs (2)!']])).toBe(
      'item=buy+milk+%26+eggs+%282%29%21',
    );
    expect(
      encodeForm([
        ['item', '우유'],
        ['x', 'a\nb'],
      ]),
    ).toBe('item=%EC%9A%B0%EC%9C%A0&x=a%0D%0Ab');
  });
});

describe('loading pages from the engine', () => {
  it('lists the ports of running containers, not of stopped or unpublished ones', async () => {
    const machine = await machineWith(
      'docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list',
      'docker container run --name todo2 -d diamol/ch06-todo-list',
      'docker container run --name v2 -d -p 8011:80 diamol/ch06-todo-list:v2',
    );
    expect(publishedPorts(machine.engine)).toEqual([
      { port: 8010, container: 'todo1', containerPort: 80 },
      { port: 8011, container: 'v2', containerPort: 80 },
    ]);
    await machine.exec('docker container stop v2');
    expect(publishedPorts(machine.engine).map((p) => p.port)).toEqual([8010]);
  });

  it('adds an item through the form and sees the same list as curl', async () => {
    const machine = await machineWith(
      'docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list',
    );
    const list = await loadPage(machine.engine, at('localhost:8010'));
    expect(list).toMatchObject({ ok: true, contentType: 'text/html' });
    expect(list.ok && list.response.body).toContain('<h1>To-Do List</h1>');

    const added = await loadPage(machine.engine, at('localhost:8010/new'), {
      method: 'POST',
      body: encodeForm([['item', '우유 사기']]),
    });
    // 302 to /list, followed with a GET.
    expect(added.ok && formatAddress(added.address)).toBe('http://localhost:8010/list');
    expect(added.ok && added.response.status).toBe(200);
    expect(added.ok && added.response.body).toContain('<li>우유 사기</li>');
    expect((await machine.exec('curl -s http://localhost:8010/list')).stdout).toContain(
      '<li>우유 사기</li>',
    );

    const css = await loadPage(machine.engine, at('localhost:8010/css/site.css'));
    expect(css).toMatchObject({ ok: true, contentType: 'text/css' });
  });

  it('reports network failures with the browser error codes', async () => {
    const machine = await machineWith(
      'docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list',
      'docker container run --name idle -d -p 8020:80 diamol/base sleep 600',
    );
    const error = async (text: string) => {
      const load = await loadPage(machine.engine, at(text));
      return load.ok ? `${load.response.status}` : load.error;
    };
    expect(await error('localhost:8010/nope')).toBe('404');
    expect(await error('localhost:8011')).toBe('ERR_CONNECTION_REFUSED');
    expect(await error('localhost:8020')).toBe('ERR_EMPTY_RESPONSE');
    expect(await error('example.com')).toBe('ERR_NAME_NOT_RESOLVED');
    expect(await error('https://localhost:8010')).toBe('ERR_SSL_PROTOCOL_ERROR');
    await machine.exec('docker container stop todo1');
    expect(await error('localhost:8010')).toBe('ERR_CONNECTION_REFUSED');
  });

  it('gives up on a redirect loop and survives an app that throws', async () => {
    const running = { state: { status: 'running' }, name: 'app' };
    const fake = (request: HostNetwork['request']): HostNetwork =>
      ({
        containers: new Map([
          [
            'a',
            { ...running, hostConfig: { portBindings: [{ hostPort: 80, containerPort: 80 }] } },
          ],
        ]),
        request,
      }) as unknown as HostNetwork;
    let hops = 0;
    const loop = fake(async () => {
      hops++;
      return { status: 302, statusText: 'Found', headers: { location: '/again' }, body: '' };
    });
    expect(await loadPage(loop, at('localhost'))).toMatchObject({
      ok: false,
      error: 'ERR_TOO_MANY_REDIRECTS',
    });
    expect(hops).toBe(21);
    const broken = fake(async () => {
      throw new Error('boom');
    });
    expect(await loadPage(broken, at('localhost'))).toMatchObject({
      ok: false,
      error: 'ERR_EMPTY_RESPONSE',
    });
  });
});
