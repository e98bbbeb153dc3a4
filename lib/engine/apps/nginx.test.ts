import { describe, expect, it } from 'vitest';
import { createMachine } from '../../machine';
import { addTestImages, NGINX_INDEX } from './images.testing';

async function nginxSandbox(runArgs = '') {
  const s = createMachine();
  addTestImages(s.engine);
  const run = await s.exec(`docker run -d --name web -p 8080:80 ${runArgs} test-nginx`);
  expect(run.exitCode).toBe(0);
  await s.exec('sleep 1');
  return s;
}

describe('nginx image', () => {
  it('starts with the entrypoint lines on stdout and the notices on stderr', async () => {
    const s = await nginxSandbox();
    const logs = await s.exec('docker logs web');
    expect(logs.stdout.split('\n').slice(0, 5)).toEqual([
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
      '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    ]);
    expect(logs.stdout).toContain(
      '/docker-entrypoint.sh: Configuration complete; ready for start up\n',
    );
    expect(logs.stderr).toMatch(
      /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: using the "epoll"/,
    );
    expect(logs.stderr).toContain('[notice] 1#1: nginx/1.27.3\n');
    expect(logs.stderr).toContain('[notice] 1#1: start worker process 29\n');
    // the script changed default.conf: a restart finds IPv6 already enabled
    expect((await s.exec('docker restart web')).exitCode).toBe(0);
    expect((await s.exec('docker logs web')).stdout).toContain(
      '10-listen-on-ipv6-by-default.sh: info: IPv6 listen already enabled\n',
    );
  });

  it('serves index.html with nginx headers and logs each request in the main format', async () => {
    const s = await nginxSandbox();
    const r = await s.exec('curl -s -i localhost:8080/');
    const [head, body] = r.stdout.split('\r\n\r\n');
    expect(body).toBe(NGINX_INDEX);
    expect(head!.split('\r\n')).toEqual([
      'HTTP/1.1 200 OK',
      'Server: nginx/1.27.3',
      expect.stringMatching(/^Date: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/),
      'Content-Type: text/html',
      'Content-Length: 615',
      expect.stringMatching(/^Last-Modified: /),
      'Connection: keep-alive',
      expect.stringMatching(/^ETag: "[0-9a-f]+-267"$/),
      'Accept-Ranges: bytes',
    ]);
    const logs = await s.exec('docker logs web');
    expect(logs.stdout).toMatch(
      /\n172\.17\.0\.1 - - \[\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/8\.5\.0" "-"\n$/,
    );
  });

  it('answers a missing file with its 404 page and an error-log line', async () => {
    const s = await nginxSandbox();
    const r = await s.exec('curl -s localhost:8080/nope.html');
    expect(r.stdout).toBe(
      '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n',
    );
    const logs = await s.exec('docker logs web');
    expect(logs.stderr).toMatch(
      /\[error\] 29#29: \*1 open\(\) "\/usr\/share\/nginx\/html\/nope\.html" failed \(2: No such file or directory\), client: 172\.17\.0\.1, server: localhost, request: "GET \/nope\.html HTTP\/1\.1", host: "localhost:8080"\n$/,
    );
    expect(logs.stdout).toContain('"GET /nope.html HTTP/1.1" 404 153 "-"');
  });

  it('serves a bind-mounted folder read-only, and shows an edit on the host at once', async () => {
    const s = createMachine();
    addTestImages(s.engine);
    await s.exec('mkdir site && echo "<h1>v1</h1>" > site/index.html');
    await s.exec(
      'docker run -d --name web -p 8080:80 -v "$(pwd)/site":/usr/share/nginx/html:ro test-nginx',
    );
    await s.exec('sleep 1');
    expect((await s.exec('curl -s localhost:8080')).stdout).toBe('<h1>v1</h1>\n');
    await s.exec('echo "<h1>v2</h1>" > site/index.html');
    expect((await s.exec('curl -s localhost:8080')).stdout).toBe('<h1>v2</h1>\n');
    const write = await s.exec('docker exec web sh -c "echo x > /usr/share/nginx/html/x"');
    expect(write.stderr).toContain('Read-only file system');
  });

  it('docker stop shuts it down gracefully (the image stops it with SIGQUIT)', async () => {
    const s = await nginxSandbox();
    await s.exec('docker stop web');
    const logs = await s.exec('docker logs web');
    expect(logs.stderr).toContain('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n');
    expect(logs.stderr).toMatch(/\[notice\] 1#1: exit\n$/);
    expect((await s.exec('docker inspect -f "{{.State.ExitCode}}" web')).stdout).toBe('0\n');
  });

  it('runs another command through the entrypoint without configuring', async () => {
    const s = createMachine();
    addTestImages(s.engine);
    const r = await s.exec('docker run --rm test-nginx echo hi');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['hi\n', '', 0]);
  });
});
