/**
 * psql in the postgres image: `psql -U postgres -c '…'` once, or its own prompt (`postgres=# `)
 * under `docker exec -it`. It connects as -U (else $PGUSER, else the Unix user: root fails as
 * the real one does) to -d (else the user's name), prints results aligned with command tags,
 * errors as libpq shows them, and a Korean note for SQL or backslash commands beyond the subset.
 */
import type { Output, Program, ProcessSpec, Repl } from '../process';
import { isComplete } from './pg-lexer';
import type { Outcome } from './pg-query';
import { PG_PORT, pgVersion, SOCKET, type PgRequest } from './postgres';
import { envValue } from './proc-env';
import { notSimulated } from './not-simulated';
import { aligned, errorText } from './psql-format';
import { listTables } from './psql-meta';

interface Options {
  user: string;
  database: string;
  commands: string[];
  unknown: string | null;
}

function parseArgs(spec: ProcessSpec, args: readonly string[]): Options {
  const unix =
    spec.identity.uid === 0
      ? 'root'
      : spec.identity.uid === 999
        ? 'postgres'
        : `${spec.identity.uid}`;
  const o: Options = {
    user: envValue(spec, 'PGUSER') ?? unix,
    database: '',
    commands: [],
    unknown: null,
  };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (long: string) =>
      a.startsWith(`${long}=`) ? a.slice(long.length + 1) : (args[++i] ?? '');
    if (a === '-U' || a.startsWith('--username')) o.user = value('--username');
    else if (a.startsWith('-U')) o.user = a.slice(2);
    else if (a === '-d' || a.startsWith('--dbname')) o.database = value('--dbname');
    else if (a === '-c' || a.startsWith('--command')) o.commands.push(value('--command'));
    else if (a === '-h' || a === '-p') i++;
    else if (a === '-W' || a === '-w') continue;
    else if (a.startsWith('-')) o.unknown ??= a;
    else positional.push(a);
  }
  if (positional[1] !== undefined) o.user = positional[1];
  o.database ||= positional[0] ?? envValue(spec, 'PGDATABASE') ?? o.user;
  return o;
}

type Sent = { outcomes: Outcome[] } | { fatal: string } | { refused: true };

async function send(spec: ProcessSpec, o: Options, sql: string): Promise<Sent> {
  const handler = spec.connect?.(PG_PORT);
  if (!handler) return { refused: true };
  const body: PgRequest = { user: o.user, database: o.database, sql };
  const r = await handler({ method: 'PG', path: '/', headers: {}, body: JSON.stringify(body) });
  return JSON.parse(r.body) as Sent;
}

function connectionError(sent: Sent): string | null {
  const start = `psql: error: connection to server on socket "${SOCKET}" failed: `;
  if ('refused' in sent)
    return `${start}No such file or directory\n\tIs the server running locally and accepting connections on that socket?\n`;
  if ('fatal' in sent) return `${start}FATAL:  ${sent.fatal}\n`;
  return null;
}

/** Prints what the server answered; returns whether an error came back. */
function show(
  outcomes: Outcome[],
  sql: string,
  out: { stdout: Output; stderr: Output },
  tty: boolean,
): boolean {
  for (const o of outcomes) {
    if ('note' in o) notSimulated(out.stderr, tty, 'psql', `SQL의 이 부분(${o.note})`);
    else if ('error' in o)
      out.stderr.write(errorText(o.error.message, sql, o.error.pos, o.error.detail));
    else {
      for (const n of o.result.notices ?? []) out.stderr.write(`NOTICE:  ${n}\n`);
      const r = o.result;
      out.stdout.write(r.columns ? aligned(r.columns, r.rows ?? []) : `${r.tag}\n`);
    }
  }
  return outcomes.some((o) => !('result' in o));
}

export const psql: Program = {
  name: 'psql',
  async run(spec, args) {
    if (args[0] === '--version' || args[0] === '-V') {
      spec.stdout.write(`psql (PostgreSQL) ${pgVersion(spec).short}\n`);
      return 0;
    }
    const o = parseArgs(spec, args);
    const tty = Boolean(spec.tty);
    if (o.unknown) {
      notSimulated(spec.stderr, tty, 'psql', `'${o.unknown}' 옵션`);
      return 1;
    }
    // no -c and no terminal: psql reads its (empty) input after connecting
    for (const sql of o.commands.length > 0 ? o.commands : ['']) {
      const sent = await send(spec, o, sql);
      const failed = connectionError(sent);
      if (failed) return (spec.stderr.write(failed), 2);
      if ('outcomes' in sent && show(sent.outcomes, sql, spec, tty)) return 1;
    }
    return 0;
  },
  repl(spec, args) {
    const o = parseArgs(spec, args);
    if (o.commands.length > 0 || o.unknown) return null;
    // psql connects before its first prompt: a refused connection is run()'s error and exit 2
    const handler = spec.connect?.(PG_PORT);
    const probe = handler?.({
      method: 'PG',
      path: '/',
      headers: {},
      body: JSON.stringify({ user: o.user, database: o.database, sql: '' }),
    });
    if (!probe || probe instanceof Promise || 'fatal' in JSON.parse(probe.body)) return null;
    return new PsqlPrompt(spec, o);
  },
};

class PsqlPrompt implements Repl {
  exited: number | null = null;
  private buffer = '';
  readonly banner: string;

  constructor(
    private readonly spec: ProcessSpec,
    private readonly options: Options,
  ) {
    this.banner = `psql (${pgVersion(spec).short})\nType "help" for help.\n\n`;
  }

  prompt(): string {
    const quotes = (this.buffer.match(/'/g) ?? []).length % 2 === 1;
    const open = (this.buffer.match(/\(/g) ?? []).length > (this.buffer.match(/\)/g) ?? []).length;
    const mark = this.buffer === '' ? '=' : quotes ? "'" : open ? '(' : '-';
    return `${this.options.database}${mark}# `;
  }

  async line(text: string, out: { stdout: Output; stderr: Output }): Promise<void> {
    const trimmed = text.trim();
    if (this.buffer === '' && trimmed.startsWith('\\')) return this.meta(trimmed, out);
    if (this.buffer === '' && /^(help|quit|exit)$/.test(trimmed)) return this.word(trimmed, out);
    if (trimmed === '' && this.buffer === '') return;
    this.buffer += (this.buffer ? '\n' : '') + text;
    if (!isComplete(this.buffer)) return;
    const sql = this.buffer;
    this.buffer = '';
    const sent = await send(this.spec, this.options, sql);
    const failed = connectionError(sent);
    if (failed) return void out.stderr.write(failed);
    if ('outcomes' in sent) show(sent.outcomes, sql, out, true);
  }

  private word(w: string, out: { stdout: Output }): void {
    if (w === 'help')
      out.stdout.write(
        'You are using psql, the command-line interface to PostgreSQL.\nType:  \\copyright for distribution terms\n       \\h for help with SQL commands\n       \\? for help with psql commands\n       \\g or terminate with semicolon to execute query\n       \\q to quit\n',
      );
    else this.exited = 0;
  }

  private async meta(cmd: string, out: { stdout: Output; stderr: Output }): Promise<void> {
    if (cmd === '\\q') {
      this.exited = 0;
      return;
    }
    if (cmd === '\\dt') return listTables(this.spec, this.options.database, out);
    notSimulated(out.stderr, true, 'psql', `'${cmd.split(/\s/)[0]}' 명령`);
  }
}
