/**
 * `npm start`: serve the static build on localhost, building it first when out/ is missing or
 * older than the sources. Prints the URL it serves.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createStaticServer, listen } from './serve.mjs';

const SOURCES = [
  'app',
  'components',
  'content',
  'lib',
  'public',
  'next.config.mjs',
  'mdx-components.tsx',
  'package.json',
];
const STAMP = join('out', 'index.html');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const sourcesChanged = Math.max(...SOURCES.map(newestMtime));
if (built === 0 || sourcesChanged > built) {
  console.log(built === 0 ? '정적 사이트를 빌드합니다…' : '소스가 바뀌어 다시 빌드합니다…');
  // The same steps as `npm run build`: the font subset, next build, the post-build steps.
  for (const args of [
    ['run', 'fonts'],
    ['exec', '--', 'next', 'build'],
    ['run', 'postbuild'],
  ]) {
    const result = spawnSync('npm', args, {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const port = Number(process.env.PORT ?? 3000);
const url = await listen(
  createStaticServer('out'),
  port,
  process.env.HOST ?? '127.0.0.1',
  20,
).catch((err) => {
  console.error(`start: cannot listen near port ${port}: ${err.code ?? err.message}`);
  process.exit(1);
});
console.log(`\n레이어랩이 준비됐습니다: ${url}  (Ctrl-C로 종료)`);
