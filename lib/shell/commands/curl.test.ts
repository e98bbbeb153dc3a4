import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../machine';
import type { HttpClient } from '../types';
import { curl } from './curl';

const app: HttpClient = async (req) =>
  req.port === 8010
    ? {
        status: 200,
        statusText: 'OK',
        headers: { 'Content-Type': 'text/plain' },
        body: `${req.method} ${req.path} ${req.body}\n`,
      }
    : null;

function session(http?: HttpClient) {
  return createHostSession([curl], { http });
}

describe('curl', () => {
  it('asks the engine for localhost ports', async () => {
    expect(await session(app).exec('curl http://localhost:8010/list')).toMatchObject({
      stdout: 'GET /list \n',
      exitCode: 0,
    });
    expect(await session(app).exec('curl -d item=milk localhost:8010/')).toMatchObject({
      stdout: 'POST / item=milk\n',
      exitCode: 0,
    });
    expect((await session(app).exec('curl -i localhost:8010')).stdout).toBe(
      'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nGET / \n',
    );
  });

  it.each([
    [
      'curl http://localhost:8011',
      "curl: (7) Failed to connect to localhost port 8011 after 0 ms: Couldn't connect to server\n",
      7,
    ],
    ['curl -s http://localhost:8011', '', 7],
    [
      'curl -sS http://localhost:8011',
      "curl: (7) Failed to connect to localhost port 8011 after 0 ms: Couldn't connect to server\n",
      7,
    ],
    ['curl http://example.com', 'curl: (6) Could not resolve host: example.com\n', 6],
    ['curl', "curl: try 'curl --help' or 'curl --manual' for more information\n", 2],
    [
      'curl -X',
      "curl: option -X: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
      2,
    ],
  ])('%s', async (line, stderr, exitCode) => {
    expect(await session(app).exec(line)).toMatchObject({ stdout: '', stderr, exitCode });
  });

  it('is not in a BusyBox container', () => {
    expect(curl.flavors).toEqual(['bash']);
  });
});
