import type { Command, CommandContext, HttpClientRequest } from '../types';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]', 'host']);

/**
 * curl [-s] [-S] [-i] [-X METHOD] [-d DATA] [-H 'K: V'] [-o FILE] URL — to the host's own ports,
 * answered by the engine's published apps; the simulated machine has no other network.
 * Only on the host: alpine-based containers have no curl (`sh: curl: not found`).
 * Known difference: real curl draws a progress meter on stderr when stdout is not a terminal
 * and -s is absent; the simulation never draws it.
 */
export const curl: Command = {
  name: 'curl',
  flavors: ['bash'],
  async run(ctx) {
    const opts = parse(ctx);
    if (typeof opts === 'number') return opts;
    const url = /^(?:(https?):\/\/)?([^/:?#]+|\[[^\]]+\])(?::(\d+))?([^#]*)/.exec(opts.url);
    if (!url)
      return fail(
        ctx,
        opts.silent && !opts.showError,
        3,
        'URL using bad/illegal format or missing URL',
      );
    const [, scheme = 'http', host = '', port, path] = url;
    const portNumber = port ? Number(port) : scheme === 'https' ? 443 : 80;
    if (!LOCAL_HOSTS.has(host)) return fail(ctx, opts.quiet, 6, `Could not resolve host: ${host}`);
    const request: HttpClientRequest = {
      method: opts.method ?? (opts.data !== undefined ? 'POST' : 'GET'),
      host,
      port: portNumber,
      path: path || '/',
      // what curl sends unasked (Ubuntu 24.04's curl 8.5.0); -H replaces them
      headers: {
        Host: portNumber === 80 ? host : `${host}:${portNumber}`,
        'User-Agent': 'curl/8.5.0',
        Accept: '*/*',
        ...opts.headers,
      },
      body: opts.data ?? '',
    };
    if (opts.data !== undefined && !('Content-Type' in request.headers))
      request.headers['Content-Type'] = 'application/x-www-form-urlencoded';
    const response = ctx.session.http ? await ctx.session.http(request) : null;
    if (!response)
      return fail(
        ctx,
        opts.quiet,
        7,
        `Failed to connect to ${host} port ${portNumber} after 0 ms: Couldn't connect to server`,
      );
    let text = '';
    if (opts.include) {
      text += `HTTP/1.1 ${response.status} ${response.statusText}\r\n`;
      for (const [k, v] of Object.entries(response.headers)) text += `${k}: ${v}\r\n`;
      text += '\r\n';
    }
    text += response.body;
    if (opts.output) ctx.fs.writeFile(ctx.resolve(opts.output), text);
    else ctx.stdout.write(text);
    return 0;
  },
};

interface Options {
  url: string;
  silent: boolean;
  showError: boolean;
  quiet: boolean;
  include: boolean;
  method?: string;
  data?: string;
  output?: string;
  headers: Record<string, string>;
}

function parse(ctx: CommandContext): Options | number {
  const o: Partial<Options> & { headers: Record<string, string> } = {
    silent: false,
    showError: false,
    include: false,
    headers: {},
  };
  const args = [...ctx.args];
  let missing: string | null = null;
  const needValue = (flag: string) => {
    const v = args.shift();
    if (v === undefined) missing = flag;
    return v;
  };
  while (args.length > 0) {
    const a = args.shift()!;
    if (a === '-s' || a === '--silent') o.silent = true;
    else if (a === '-S' || a === '--show-error') o.showError = true;
    else if (a === '-sS' || a === '-Ss') o.silent = o.showError = true;
    else if (a === '-i' || a === '--include') o.include = true;
    else if (a === '-L' || a === '--location' || a === '-f' || a === '--fail' || a === '-v')
      continue;
    else if (a === '-X' || a === '--request') o.method = needValue(a);
    else if (a === '-d' || a === '--data')
      o.data = o.data === undefined ? needValue(a) : `${o.data}&${needValue(a)}`;
    else if (a === '-o' || a === '--output') o.output = needValue(a);
    else if (a === '-H' || a === '--header') {
      const h = needValue(a) ?? '';
      const i = h.indexOf(':');
      if (i > 0) o.headers[h.slice(0, i).trim()] = h.slice(i + 1).trim();
    } else if (a.startsWith('-') && a !== '-') {
      ctx.stderr.write(
        `curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`,
      );
      return 2;
    } else o.url = a;
  }
  if (missing !== null) {
    ctx.stderr.write(
      `curl: option ${missing}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`,
    );
    return 2;
  }
  if (o.url === undefined) {
    ctx.stderr.write("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  return {
    ...o,
    url: o.url,
    silent: o.silent!,
    showError: o.showError!,
    include: o.include!,
    quiet: o.silent! && !o.showError,
  };
}

function fail(ctx: CommandContext, quiet: boolean, code: number, message: string): number {
  if (!quiet) ctx.stderr.write(`curl: (${code}) ${message}\n`);
  return code;
}
