/**
 * The book's to-do list web app (`dotnet ToDoList.dll`): serves HTTP on port 80, keeps its
 * list in the database file named by the configuration (default /data/todo-list.db, created on
 * the first request), logs like ASP.NET Core at the configured level, stops on SIGTERM.
 */
import { isFsError, isNetworkShare, strerror, type FileSystem } from '../../fs';
import type { HttpRequest, HttpResponse, Program, ProcessSpec } from '../process';
import { readTodoConfig, type LogLevel, type TodoConfig } from './todo-config';
import { addItem, ensureCreated, readItems } from './todo-db';

const LEVELS: LogLevel[] = [
  'Trace',
  'Debug',
  'Information',
  'Warning',
  'Error',
  'Critical',
  'None',
];
const TAGS: Record<string, string> = {
  Trace: 'trce',
  Debug: 'dbug',
  Information: 'info',
  Warning: 'warn',
  Error: 'fail',
  Critical: 'crit',
};

export const todoListApp: Program = {
  name: 'dotnet',
  async run(spec, args) {
    if (args[0] !== 'ToDoList.dll') {
      spec.stderr.write(`Could not execute because the specified command or file was not found.\n`);
      return 1;
    }
    const config = readTodoConfig(spec.fs);
    if ('error' in config) {
      spec.stderr.write(`Unhandled exception. System.IO.InvalidDataException: ${config.error}\n`);
      return 134;
    }
    const log = logger(spec, config.logLevel);
    const dataDir = config.databasePath.slice(0, config.databasePath.lastIndexOf('/')) || '/';
    if (isNetworkShare(spec.fs, dataDir)) {
      // SQLite needs POSIX file locks, which the network share does not offer (M17, S11).
      log(
        'Error',
        'Microsoft.EntityFrameworkCore.Database.Connection[20004]',
        `An error occurred using the connection to database 'main' on server '${config.databasePath}'.`,
      );
      spec.stderr.write(
        "Unhandled exception. Microsoft.Data.Sqlite.SqliteException (0x80004005): SQLite Error 5: 'database is locked'.\n   at ToDoList.Program.Main(String[] args)\n",
      );
      // an unhandled .NET exception ends in abort(): SIGABRT, 128 + 6
      return 134;
    }
    log('Debug', 'Microsoft.Extensions.Hosting.Internal.Host[1]', 'Hosting starting');
    for (const source of config.sources)
      log('Debug', 'ToDoList.Program[0]', `Loaded configuration file: ${source}`);
    log('Information', 'Microsoft.Hosting.Lifetime[0]', 'Now listening on: http://[::]:80');
    log(
      'Information',
      'Microsoft.Hosting.Lifetime[0]',
      'Application started. Press Ctrl+C to shut down.',
    );
    log('Information', 'Microsoft.Hosting.Lifetime[0]', 'Hosting environment: Production');
    log('Information', 'Microsoft.Hosting.Lifetime[0]', 'Content root path: /app');
    log('Debug', 'Microsoft.Extensions.Hosting.Internal.Host[2]', 'Hosting started');
    spec.listen(80, (request) => handle(spec.fs, config, request, log));
    await spec.terminated;
    log('Information', 'Microsoft.Hosting.Lifetime[0]', 'Application is shutting down...');
    return 0;
  },
};

type Log = (level: LogLevel, category: string, message: string) => void;

function logger(spec: ProcessSpec, minimum: LogLevel): Log {
  const min = LEVELS.indexOf(minimum);
  return (level, category, message) => {
    if (LEVELS.indexOf(level) < min || min < 0) return;
    spec.stdout.write(`${TAGS[level]}: ${category}\n      ${message}\n`);
  };
}

function handle(fs: FileSystem, config: TodoConfig, request: HttpRequest, log: Log): HttpResponse {
  log(
    'Debug',
    'Microsoft.AspNetCore.Hosting.Diagnostics[1]',
    `Request starting HTTP/1.1 ${request.method} http://localhost${request.path}`,
  );
  try {
    if (ensureCreated(fs, config.databasePath))
      log(
        'Debug',
        'Microsoft.EntityFrameworkCore.Database.Command[20101]',
        `Created database at ${config.databasePath}`,
      );
  } catch (e) {
    if (!isFsError(e)) throw e;
    log(
      'Error',
      'Microsoft.EntityFrameworkCore.Database.Connection[20004]',
      `SQLite Error 14: 'unable to open database file' (${strerror(e.code)}).`,
    );
    return html(
      500,
      'Internal Server Error',
      '<h1>Error.</h1><p>An error occurred while processing your request.</p>',
    );
  }
  const path = request.path.split('?')[0];
  if (request.method === 'POST' && (path === '/new' || path === '/')) {
    const item = new URLSearchParamsLite(request.body).get('item') ?? '';
    if (item.trim() !== '') addItem(fs, config.databasePath, item.trim());
    log('Information', 'ToDoList.Pages.NewModel[0]', `New item added: ${item.trim()}`);
    return { status: 302, statusText: 'Found', headers: { Location: '/list' }, body: '' };
  }
  if (path === '/css/site.css') {
    return {
      status: 200,
      statusText: 'OK',
      headers: { 'Content-Type': 'text/css' },
      body: fs.readTextFile('/app/wwwroot/css/site.css'),
    };
  }
  if (path === '/' || path === '/list') {
    const items = readItems(fs, config.databasePath);
    log('Debug', 'ToDoList.Pages.ListModel[0]', `Loaded ${items.length} items`);
    const rows = items.map((i) => `      <li>${escapeHtml(i)}</li>`).join('\n');
    return html(
      200,
      'OK',
      `<h1>To-Do List</h1>\n    <ul>\n${rows}\n    </ul>\n    <form method="post" action="/new"><input name="item"><button>Add</button></form>`,
    );
  }
  return html(404, 'Not Found', '<h1>Not Found</h1>');
}

function html(status: number, statusText: string, body: string): HttpResponse {
  return {
    status,
    statusText,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: `<!DOCTYPE html>\n<html>\n  <head>\n    <title>To-Do List</title>\n    <link rel="stylesheet" href="/css/site.css">\n  </head>\n  <body>\n    ${body}\n  </body>\n</html>\n`,
  };
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
  );
}

/** Form bodies (item=buy+milk): URLSearchParams is not in lib/'s ES library. */
class URLSearchParamsLite {
  private readonly pairs: [string, string][];
  constructor(body: string) {
    this.pairs = body
      .split('&')
      .filter(Boolean)
      .map((kv) => {
        const [k = '', v = ''] = kv.split('=');
        return [decode(k), decode(v)];
      });
  }
  get(key: string): string | undefined {
    return this.pairs.find(([k]) => k === key)?.[1];
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
