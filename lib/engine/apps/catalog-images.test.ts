import { expect, it } from 'vitest';
import { createMachine } from '../../machine';

it("the catalog's nginx configures itself on first start and serves its welcome page", async () => {
  const s = createMachine();
  expect((await s.exec('docker run -d --name web -p 8080:80 nginx')).exitCode).toBe(0);
  await s.exec('sleep 1');
  const logs = await s.exec('docker logs web');
  expect(logs.stdout).toContain(
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf\n',
  );
  expect(logs.stderr).toContain('[notice] 1#1: nginx/1.27.2\n');
  expect((await s.exec('curl -s localhost:8080 | grep h1')).stdout).toBe(
    '<h1>Welcome to nginx!</h1>\n',
  );
});

it("the catalog's redis keeps its data on the volume across containers", async () => {
  const s = createMachine();
  await s.exec('docker run -d --name rd1 -v rdata:/data redis');
  await s.exec('sleep 1');
  await s.exec('docker exec rd1 redis-cli SET k v');
  await s.exec('docker stop rd1');
  await s.exec('docker run -d --name rd2 -v rdata:/data redis');
  await s.exec('sleep 1');
  expect((await s.exec('docker exec rd2 redis-cli GET k')).stdout).toBe('v\n');
  expect((await s.exec('docker exec rd2 ls -l /data')).stdout).toMatch(
    /-rw------- +1 redis +redis .* dump\.rdb\n$/,
  );
});

it("the catalog's postgres initialises, answers psql and logs that it is ready", async () => {
  const s = createMachine();
  await s.exec('docker run -d --name pg1 -e POSTGRES_PASSWORD=pw postgres');
  await s.exec('sleep 1');
  const v = await s.exec('docker exec pg1 psql -U postgres -c "SELECT count(*) FROM pg_x"');
  expect(v.stderr).toMatch(/^ERROR: {2}relation "pg_x" does not exist\n/);
  expect((await s.exec('docker logs pg1')).stderr).toMatch(
    /\[1\] LOG: {2}database system is ready to accept connections\n$/,
  );
});
