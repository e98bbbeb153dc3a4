/**
 * A small static file server for the exported site (out/), the way a static host or CDN serves
 * it: `/a/` → `a/index.html`, `/a` → 308 to `/a/`, unknown paths → 404.html with status 404,
 * gzip for text, long-lived caching for hashed assets. Used by `npm start` and the e2e tests.
 *
 *   node scripts/serve.mjs [dir=out] [port=3000] [host=127.0.0.1]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.txt',
  '.xml',
  '.svg',
  '.map',
  '.webmanifest',
]);

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Resolves a URL path to a file in root, or a redirect, or null (404). Never leaves root. */
export function resolveRequest(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const target = normalize(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return null;
  if (decoded.endsWith('/')) {
    const index = join(target, 'index.html');
    return isFile(index) ? { file: index } : null;
  }
  if (isFile(target)) return { file: target };
  if (isFile(join(target, 'index.html'))) return { redirect: `${decoded}/` };
  return null;
}

function send(req, res, file, status = 200) {
  const ext = extname(file);
  const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
  headers['Cache-Control'] = file.includes(`${sep}_next${sep}static${sep}`)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) {
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

export function createStaticServer(dir) {
  const root = resolve(dir);
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const found = resolveRequest(root, req.url ?? '/');
    if (found?.redirect) {
      res.writeHead(308, { Location: found.redirect }).end();
    } else if (found?.file) {
      send(req, res, found.file);
    } else {
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) send(req, res, notFound, 404);
      else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
}

/** Listens on port, or on the next free one (up to `tries` ports) when it is taken. Resolves the URL. */
export function listen(server, port, host, tries = 1) {
  return new Promise((resolveUrl, reject) => {
    let attempts = 0;
    const attempt = (p) => {
      server.once('error', (err) => {
        if (err.code === 'EADDRINUSE' && ++attempts < tries) attempt(p + 1);
        else reject(err);
      });
      // Port 0 asks the system for a free port; the URL carries the one it gave.
      server.listen(p, host, () =>
        resolveUrl(`http://${host === '0.0.0.0' ? 'localhost' : host}:${server.address().port}/`),
      );
    };
    attempt(port);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'out', port = process.env.PORT ?? '3000', host = process.env.HOST ?? '127.0.0.1'] =
    process.argv.slice(2);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`serve: ${dir}/index.html not found. Run 'npm run build' first.`);
    process.exit(1);
  }
  const url = await listen(createStaticServer(dir), Number(port), host).catch((err) => {
    console.error(`serve: cannot listen on ${host}:${port}: ${err.code ?? err.message}`);
    process.exit(1);
  });
  console.log(`레이어랩이 준비됐습니다: ${url}  (Ctrl-C로 종료)`);
}
