/**
 * How nginx's default server answers (conf.d/default.conf: `root /usr/share/nginx/html; index
 * index.html index.htm;`): files with nginx's headers, a directory without its slash redirected
 * (to the port nginx listens on, as the real one does behind -p), nginx's own error pages, an
 * error-log line on stderr for what it could not open, an access-log line on stdout for every
 * request.
 *
 * Known difference: real workers run as user nginx (101), so a file only its owner may read gets
 * 403. Here files are read as the master (root): the simulated bind mount still checks search
 * permission on the host's parents of its source (/home/learner is 750), which the kernel
 * does not, and a worker as 101 would then be refused every bind-mounted file.
 */
import { isFsError, joinPath, normalizePath, type FileSystem } from '../../fs';
import type { HttpRequest, HttpResponse, ProcessSpec } from '../process';
import { httpDate, nginxAccessTime, nginxErrorTime } from './clock';

export interface ServerConfig {
  port: number;
  root: string;
  /** Connections served so far (the `*N` in error-log lines). */
  connections: number;
}

/** Requests from the host through -p arrive from the bridge's gateway. */
const CLIENT = '172.17.0.1';
const WORKER = 29;

const TYPES: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'application/javascript',
  json: 'application/json',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
};

const REASONS: Record<number, string> = {
  301: 'Moved Permanently',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Not Allowed',
};

export function serveStatic(
  spec: ProcessSpec,
  config: ServerConfig,
  version: string,
  request: HttpRequest,
): HttpResponse {
  const fs = spec.fs;
  const host = headerOf(request, 'Host') ?? 'localhost';
  const uri = decode(request.path.split('?')[0] ?? '/');
  const line = `${request.method} ${request.path} HTTP/1.1`;
  const n = ++config.connections;
  const fail = (what: string) =>
    spec.stderr.write(
      `${nginxErrorTime(spec.now())} [error] ${WORKER}#${WORKER}: *${n} ${what}, client: ${CLIENT}, server: localhost, request: "${line}", host: "${host}"\n`,
    );
  const response = answer(fs, config, version, request.method, uri, host, spec.now(), fail);
  const sent = request.method === 'HEAD' ? 0 : byteLength(response.body);
  const agent = headerOf(request, 'User-Agent') ?? '-';
  const referer = headerOf(request, 'Referer') ?? '-';
  spec.stdout.write(
    `${CLIENT} - - [${nginxAccessTime(spec.now())}] "${line}" ${response.status} ${sent} "${referer}" "${agent}" "-"\n`,
  );
  return request.method === 'HEAD' ? { ...response, body: '' } : response;
}

type Fail = (message: string) => void;

function answer(
  fs: FileSystem,
  config: ServerConfig,
  version: string,
  method: string,
  uri: string,
  host: string,
  now: number,
  fail: Fail,
): HttpResponse {
  const page = (status: number, extra: Record<string, string> = {}) =>
    errorPage(status, version, now, extra);
  const under = normalizePath(`/${uri}`);
  const path = `${config.root.replace(/\/$/, '')}${under === '/' ? '' : under}`;
  if (method !== 'GET' && method !== 'HEAD') return page(405);
  try {
    const st = fs.stat(path);
    if (st.kind === 'dir' && !uri.endsWith('/')) {
      const location = `http://${host.replace(/:\d+$/, '')}${config.port === 80 ? '' : `:${config.port}`}${uri}/`;
      return page(301, { Location: location });
    }
    if (st.kind === 'dir') return indexOf(fs, path, version, now, fail);
    return file(fs, path, version, now);
  } catch (e) {
    if (!isFsError(e)) throw e;
    const denied = e.code === 'EACCES';
    const why = denied ? '13: Permission denied' : '2: No such file or directory';
    // the index module reports a missing directory as its index file "is not found"
    if (uri.endsWith('/')) fail(`"${path}/index.html" is not found (${why})`);
    else fail(`open() "${path}" failed (${why})`);
    return page(denied ? 403 : 404);
  }
}

function indexOf(
  fs: FileSystem,
  dir: string,
  version: string,
  now: number,
  fail: Fail,
): HttpResponse {
  for (const name of ['index.html', 'index.htm']) {
    const path = joinPath(dir, name);
    if (fs.exists(path)) return file(fs, path, version, now);
  }
  fail(`directory index of "${dir}/" is forbidden`);
  return errorPage(403, version, now);
}

function file(fs: FileSystem, path: string, version: string, now: number): HttpResponse {
  const st = fs.stat(path);
  const body = fs.readTextFile(path);
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  const mtime = Math.floor(st.mtime / 1000);
  return {
    status: 200,
    statusText: 'OK',
    headers: {
      Server: `nginx/${version}`,
      Date: httpDate(now),
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': String(st.size),
      'Last-Modified': httpDate(mtime * 1000),
      Connection: 'keep-alive',
      ETag: `"${mtime.toString(16)}-${st.size.toString(16)}"`,
      'Accept-Ranges': 'bytes',
    },
    body,
  };
}

/** nginx's built-in error page (ngx_http_special_response.c), CR LF line ends. */
export function errorPage(
  status: number,
  version: string,
  now: number,
  extra: Record<string, string> = {},
): HttpResponse {
  const title = `${status} ${REASONS[status]}`;
  const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
  return {
    status,
    statusText: REASONS[status]!,
    headers: {
      Server: `nginx/${version}`,
      Date: httpDate(now),
      'Content-Type': 'text/html',
      'Content-Length': String(byteLength(body)),
      ...extra,
      Connection: 'keep-alive',
    },
    body,
  };
}

function headerOf(request: HttpRequest, name: string): string | undefined {
  const key = Object.keys(request.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : request.headers[key];
}

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function byteLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
