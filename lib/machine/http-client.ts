/**
 * A browser's view of the host's network: which localhost ports running containers publish,
 * addresses as a reader types them, and page loads through the engine (redirects followed,
 * forms encoded), so the playground's browser pane and `curl` see the same apps and the same
 * state. Failures are results with Chrome's error codes, never exceptions.
 */
import type { Engine, HttpResponse } from '../engine';

/** What a page load needs from the engine. */
export type HostNetwork = Pick<Engine, 'containers' | 'request'>;

export interface PublishedPort {
  port: number;
  /** The container that answers on it, and its port inside. */
  container: string;
  containerPort: number;
}

/** Host ports published by running containers, lowest first (the first one wins, as in request). */
export function publishedPorts(engine: HostNetwork): PublishedPort[] {
  const ports = new Map<number, PublishedPort>();
  for (const c of engine.containers.values()) {
    if (c.state.status !== 'running') continue;
    for (const b of c.hostConfig.portBindings)
      if (!ports.has(b.hostPort))
        ports.set(b.hostPort, {
          port: b.hostPort,
          container: c.name,
          containerPort: b.containerPort,
        });
  }
  return [...ports.values()].sort((a, b) => a.port - b.port);
}

export interface Address {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  /** Path and query, starting with '/'. */
  path: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]']);
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const AUTHORITY = /^([^/:?#\s]+|\[[^\]\s]+\])(?::(\d{1,5}))?([^#\s]*)(?:#.*)?$/;

/** Reads an address bar's text ("localhost:8010", "http://127.0.0.1:8010/list"); null if not one. */
export function parseAddress(text: string): Address | null {
  const trimmed = text.trim();
  const given = SCHEME.exec(trimmed);
  const scheme = given ? given[1]!.toLowerCase() : 'http';
  if (scheme !== 'http' && scheme !== 'https') return null;
  const m = AUTHORITY.exec(trimmed.slice(given ? given[0].length : 0));
  if (!m) return null;
  const port = m[2] ? Number(m[2]) : scheme === 'https' ? 443 : 80;
  if (port < 1 || port > 65535) return null;
  const rest = m[3] ?? '';
  return {
    scheme,
    host: m[1]!.toLowerCase(),
    port,
    path: rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`,
  };
}

/** The address as the address bar shows it: the default port left out, as browsers do. */
export function formatAddress(a: Address): string {
  const standard = a.port === (a.scheme === 'https' ? 443 : 80);
  return `${a.scheme}://${a.host}${standard ? '' : `:${a.port}`}${a.path}`;
}

/**
 * Where a link or form action points, from the page at `base`: an address, or null for what a
 * page pane does not follow (javascript:, mailto:, a fragment on the same page).
 */
export function resolveHref(base: Address, href: string): Address | null {
  const h = href.trim();
  if (h === '') return base;
  if (h.startsWith('#')) return null;
  if (/^https?:\/\//i.test(h)) return parseAddress(h);
  if (/^[a-z][a-z0-9+.-]*:/i.test(h)) return null;
  if (h.startsWith('//')) return parseAddress(`${base.scheme}:${h}`);
  const [basePath = '/'] = splitQuery(base.path);
  if (h.startsWith('?')) return { ...base, path: `${basePath}${stripFragment(h)}` };
  const [relPath = '', query] = splitQuery(stripFragment(h));
  const dir = basePath.slice(0, basePath.lastIndexOf('/') + 1);
  const path = normalizePath(relPath.startsWith('/') ? relPath : `${dir}${relPath}`);
  return { ...base, path: query === undefined ? path : `${path}?${query}` };
}

function stripFragment(s: string): string {
  const i = s.indexOf('#');
  return i < 0 ? s : s.slice(0, i);
}

function splitQuery(s: string): [string, string | undefined] {
  const i = s.indexOf('?');
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** Resolves "." and ".." segments (RFC 3986 remove_dot_segments, for absolute paths). */
function normalizePath(path: string): string {
  const out: string[] = [];
  const segments = path.split('/').slice(1);
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '..') out.pop();
    if (seg === '.' || seg === '..') {
      if (last) out.push('');
    } else out.push(seg);
  });
  return `/${out.join('/')}`;
}

/** application/x-www-form-urlencoded, as a browser encodes a form (spaces as '+'). */
export function encodeForm(fields: readonly (readonly [string, string])[]): string {
  const enc = (s: string) =>
    encodeURIComponent(s.replace(/\r?\n/g, '\r\n'))
      .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%20/g, '+');
  return fields.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

/** Chrome's names for what went wrong before a page arrived. */
export type NetError =
  | 'ERR_CONNECTION_REFUSED'
  | 'ERR_EMPTY_RESPONSE'
  | 'ERR_NAME_NOT_RESOLVED'
  | 'ERR_SSL_PROTOCOL_ERROR'
  | 'ERR_TOO_MANY_REDIRECTS';

export type PageLoad =
  | { ok: true; address: Address; response: HttpResponse; contentType: string }
  | { ok: false; address: Address; error: NetError };

export interface PageRequest {
  method: 'GET' | 'POST';
  /** Form-encoded body of a POST. */
  body?: string;
}

/** Chrome gives up after 20 redirects. */
export const MAX_REDIRECTS = 20;

/** Loads a page from the host's network, following redirects as a browser does. */
export async function loadPage(
  engine: HostNetwork,
  address: Address,
  request: PageRequest = { method: 'GET' },
): Promise<PageLoad> {
  let current = address;
  let { method, body = '' } = request;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const result = await fetchOnce(engine, current, method, body);
    if ('error' in result) return { ok: false, address: current, error: result.error };
    const { response } = result;
    const location = header(response, 'Location');
    if (![301, 302, 303, 307, 308].includes(response.status) || location === undefined)
      return { ok: true, address: current, response, contentType: contentType(response) };
    const next = resolveHref(current, location);
    if (!next) return { ok: true, address: current, response, contentType: contentType(response) };
    if (response.status !== 307 && response.status !== 308) [method, body] = ['GET', ''];
    current = next;
  }
  return { ok: false, address: current, error: 'ERR_TOO_MANY_REDIRECTS' };
}

async function fetchOnce(
  engine: HostNetwork,
  a: Address,
  method: string,
  body: string,
): Promise<{ response: HttpResponse } | { error: NetError }> {
  if (!LOCAL_HOSTS.has(a.host)) return { error: 'ERR_NAME_NOT_RESOLVED' };
  const published = publishedPorts(engine).some((p) => p.port === a.port);
  // The apps speak plain HTTP: a TLS handshake gets an HTTP answer back.
  if (a.scheme === 'https')
    return { error: published ? 'ERR_SSL_PROTOCOL_ERROR' : 'ERR_CONNECTION_REFUSED' };
  const headers: Record<string, string> = {
    Host: formatAddress({ ...a, path: '' }).replace(/^https?:\/\//, ''),
    Accept: 'text/html,*/*',
  };
  if (method === 'POST') headers['Content-Type'] = 'application/x-www-form-urlencoded';
  let response: HttpResponse | null;
  try {
    response = await engine.request(a.port, { method, path: a.path, headers, body });
  } catch {
    // The app failed while answering: the connection closes without a response.
    return { error: 'ERR_EMPTY_RESPONSE' };
  }
  // A published port with nothing listening behind it: docker-proxy accepts, then closes.
  if (!response) return { error: published ? 'ERR_EMPTY_RESPONSE' : 'ERR_CONNECTION_REFUSED' };
  return { response };
}

function header(response: HttpResponse, name: string): string | undefined {
  const key = Object.keys(response.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : response.headers[key];
}

/** The media type without parameters ("text/html"); text/plain when the app sent none. */
function contentType(response: HttpResponse): string {
  return (header(response, 'Content-Type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
}
