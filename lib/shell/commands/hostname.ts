/**
 * hostname (docs/semantics.md#m35-the-host-name-and-the-bridge-address): the node name of the
 * machine's UTS namespace (a container's is its host name, the host's `host`), looked up in
 * /etc/hosts for -f, -d and -i. Nobody here may set it: a container lacks CAP_SYS_ADMIN, the
 * learner is not root. BusyBox 1.35's applet in containers
 * (lib/shell/docker/fixtures/identity-etc.cmds, identity-ps.cmds), Debian's hostname 3.23 on the
 * host (lib/shell/fixtures/hostname.bash.cmds).
 */
import { getopt, type Options } from '../util/args/getopt';
import { optionError } from '../util/args/text-args';
import type { Command, CommandContext } from '../types';

const GNU_USAGE = `Usage: hostname [-b] {hostname|-F file}         set host name (from file)
       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name
       hostname                                 display host name

       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)
       {yp,nis,}domainname                      display NIS domain name

       dnsdomainname                            display dns domain name

       hostname -V|--version|-h|--help          print info and exit

Program name:
       {yp,nis,}domainname=hostname -y
       dnsdomainname=hostname -d

Program options:
    -a, --alias            alias names
    -A, --all-fqdns        all long host names (FQDNs)
    -b, --boot             set default hostname if none available
    -d, --domain           DNS domain name
    -f, --fqdn, --long     long host name (FQDN)
    -F, --file             read host name or NIS domain name from given file
    -i, --ip-address       addresses for the host name
    -I, --all-ip-addresses all addresses for the host
    -s, --short            short host name
    -y, --yp, --nis        NIS/YP domain name

Description:
   This command can get or set the host name or the NIS domain name. You can
   also get the DNS domain or the FQDN (fully qualified domain name).
   Unless you are using bind or NIS for host lookups you can change the
   FQDN (Fully Qualified Domain Name) and the DNS domain name (which is
   part of the FQDN) in the /etc/hosts file.
`;

const GNU_LONG: Record<string, string> = {
  help: 'h',
  version: 'V',
  boot: 'b',
  alias: 'a',
  domain: 'd',
  fqdn: 'f',
  long: 'f',
  file: 'F=',
  'ip-address': 'i',
  short: 's',
  yp: 'y',
  nis: 'y',
};

/** The /etc/hosts lines naming `name`: their address and canonical (first) name, in order. */
function lookup(
  ctx: CommandContext,
  name: string,
): { ip: string; canonical: string; aliases: string[] }[] {
  let text: string;
  try {
    text = ctx.fs.readTextFile('/etc/hosts');
  } catch {
    return [];
  }
  return text.split('\n').flatMap((line) => {
    const [ip, canonical, ...aliases] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!ip || !canonical || (canonical !== name && !aliases.includes(name))) return [];
    return ip.includes(':') ? [] : [{ ip, canonical, aliases }];
  });
}

/** -f, -d, -i, -a: what the resolver says about the name, or its error (status). */
function formatted(ctx: CommandContext, name: string, letter: string): number {
  const found = lookup(ctx, name);
  // BusyBox's gethostbyname reads the first matching line; glibc's getaddrinfo all of them
  const hits = ctx.flavor === 'bash' ? found : found.slice(0, 1);
  if (hits.length === 0) {
    ctx.stderr.write(
      ctx.flavor === 'bash'
        ? 'hostname: Name or service not known\n'
        : `hostname: ${name}: Host name lookup failure\n`,
    );
    return 1;
  }
  const canonical = hits[0]!.canonical;
  const dot = canonical.indexOf('.');
  if (letter === 'i') ctx.stdout.write(`${[...new Set(hits.map((h) => h.ip))].join(' ')}\n`);
  else if (letter === 'f') ctx.stdout.write(`${canonical}\n`);
  else if (letter === 'a') ctx.stdout.write(`${hits[0]!.aliases.join(' ')}\n`);
  else if (dot >= 0) ctx.stdout.write(`${canonical.slice(dot + 1)}\n`);
  return 0;
}

/** Setting the name (NAME or -F FILE): refused, as it is for a container or the learner. */
function setName(ctx: CommandContext, file: string | undefined): number {
  if (file !== undefined && !ctx.fs.exists(ctx.resolve(file))) {
    ctx.stderr.write(
      ctx.flavor === 'bash'
        ? 'hostname: No such file or directory\n'
        : `hostname: can't open '${file}': No such file or directory\n`,
    );
    return 1;
  }
  ctx.stderr.write(
    ctx.flavor === 'bash'
      ? 'hostname: you must be root to change the host name\n'
      : 'hostname: sethostname: Operation not permitted\n',
  );
  return 1;
}

export const hostname: Command = {
  name: 'hostname',
  run(ctx) {
    const bash = ctx.flavor === 'bash';
    const r = getopt(
      ctx,
      bash
        ? { flags: 'abdfhisyV', withValue: 'F', long: GNU_LONG }
        : { flags: 'sidf', withValue: 'F' },
    );
    if (r.ok) return bash ? gnu(ctx, r.opts) : show(ctx, r.opts);
    if (!bash) return optionError(ctx, r.error);
    // Debian's hostname: getopt's complaint on stderr, its whole usage on stdout, no "Try" line
    ctx.stderr.write(r.error);
    ctx.stdout.write(GNU_USAGE);
    return 255;
  },
};

/** Debian's hostname: -V, -h and too many operands first (recorded: usage and exit 255). */
function gnu(ctx: CommandContext, opts: Options): number {
  if (opts.flags.has('V')) {
    ctx.stdout.write('hostname 3.23\n');
    return 0;
  }
  if (opts.flags.has('h') || opts.operands.length > 1) {
    (opts.flags.has('h') ? ctx.stdout : ctx.stderr).write(GNU_USAGE);
    return 255;
  }
  return show(ctx, opts);
}

function show(ctx: CommandContext, { flags, operands, values }: Options): number {
  const bash = ctx.flavor === 'bash';
  const name = ctx.kernel?.hostname ?? 'localhost';
  const file = values.get('F')?.at(-1);
  if (operands.length > 0 || file !== undefined) return setName(ctx, file);
  if (bash && flags.has('y')) {
    ctx.stderr.write('hostname: Local domain name not set\n');
    return 1;
  }
  const letter = ['i', 'f', 'd', 'a'].find((l) => flags.has(l));
  if (letter) return formatted(ctx, name, letter);
  ctx.stdout.write(`${flags.has('s') ? name.split('.')[0] : name}\n`);
  return 0;
}
