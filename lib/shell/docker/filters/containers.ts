/**
 * `docker ps --filter`, as the 20.10 daemon's container list applies it (daemon/list.go):
 * keys are checked first, then `exited` and `status` values (a status filter lists stopped
 * containers too), `before`/`since` name containers; then a container passes if it matches
 * every key. name and id are regular expressions (name with or without its leading "/"),
 * volume is a mount's name, source or destination, ancestor an image or any image built on it.
 */
import {
  DaemonError,
  descendsFrom,
  type Container,
  type Engine,
  type Image,
} from '../../../engine';
import { matchLabels, matchRegex, validateKeys, type FilterArgs } from './args';

const ACCEPTED = [
  'ancestor',
  'before',
  'exited',
  'expose',
  'health',
  'id',
  'label',
  'name',
  'network',
  'publish',
  'since',
  'status',
  'volume',
  'isolation',
  'is-task',
];
const STATES = ['paused', 'restarting', 'removing', 'running', 'dead', 'created', 'exited'];

export interface ListOptions {
  all: boolean;
  /** -n / --last (-l is 1): the newest n containers in any state; 0 for no limit. */
  last: number;
}

function checkValues(args: FilterArgs): void {
  for (const v of args.get('exited') ?? [])
    if (!/^[+-]?\d+$/.test(v))
      throw new DaemonError(`strconv.Atoi: parsing "${v}": invalid syntax`, 'invalid');
  for (const v of args.get('status') ?? [])
    if (!STATES.includes(v)) throw new DaemonError(`Invalid filter 'status=${v}'`, 'invalid');
}

function ancestors(engine: Engine, args: FilterArgs): Image[] | null {
  const refs = args.get('ancestor');
  if (!refs) return null;
  return refs.flatMap((ref) => engine.images.find(ref) ?? []);
}

function matchVolume(args: FilterArgs, c: Container): boolean {
  const values = args.get('volume');
  if (!values) return true;
  return c.mounts.some(
    (m) => m.listed && (values.includes(m.destination) || values.includes(m.name ?? m.source)),
  );
}

/** publish= (host ports) and expose= (container ports): PORT or PORT/PROTO, tcp by default. */
function matchPorts(values: string[] | undefined, ports: readonly number[]): boolean {
  if (!values) return true;
  const have = new Set(ports.map((p) => `${p}/tcp`));
  return values.some((v) => have.has(v.includes('/') ? v : `${v}/tcp`));
}

/** No container here has a health check or is a swarm task. */
function matchNoHealthNoTask(args: FilterArgs): boolean {
  const health = args.get('health');
  const task = args.get('is-task');
  return (!health || health.includes('none')) && (!task || task.includes('false'));
}

function matches(engine: Engine, args: FilterArgs, c: Container, bases: Image[] | null): boolean {
  const exited = args.get('exited');
  return (
    matchRegex(args, 'id', c.id) &&
    (matchRegex(args, 'name', `/${c.name}`) || matchRegex(args, 'name', c.name)) &&
    (!args.has('status') || args.get('status')!.includes(c.state.status)) &&
    (!exited || (c.state.status === 'exited' && exited.map(Number).includes(c.state.exitCode))) &&
    matchLabels(args, 'label', c.image.config.Labels) &&
    matchVolume(args, c) &&
    (!bases || bases.some((b) => descendsFrom(c.image, b))) &&
    (!args.has('network') || args.get('network')!.includes('bridge')) &&
    matchPorts(
      args.get('publish'),
      c.hostConfig.portBindings.map((p) => p.hostPort),
    ) &&
    matchPorts(args.get('expose'), [
      ...Object.keys(c.image.config.ExposedPorts ?? {}).map((p) => parseInt(p, 10)),
      ...c.hostConfig.portBindings.map((p) => p.containerPort),
    ]) &&
    matchNoHealthNoTask(args)
  );
}

/** Newest first, as `docker ps` lists them; throws the daemon's error for a bad filter. */
export function listContainers(engine: Engine, args: FilterArgs, opts: ListOptions): Container[] {
  validateKeys(args, ACCEPTED);
  checkValues(args);
  const before = args.get('before')?.map((ref) => engine.container(ref));
  const since = args.get('since')?.map((ref) => engine.container(ref));
  const all = opts.all || args.has('status') || opts.last > 0;
  const bases = ancestors(engine, args);
  const newestFirst = engine.list();
  const at = (c: Container) => newestFirst.indexOf(c);
  let list = newestFirst
    .filter((c) => all || c.state.status === 'running')
    .filter((c) => !before || before.every((b) => at(c) > at(b)))
    .filter((c) => !since || since.every((s) => at(c) < at(s)))
    .filter((c) => matches(engine, args, c, bases));
  if (opts.last > 0) list = list.slice(0, opts.last);
  return list;
}
