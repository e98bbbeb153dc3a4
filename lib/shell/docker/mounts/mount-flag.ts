/**
 * `--mount CSV` → a MountRequest: opts/mount.go of CLI 28.2.2 (MountOpt.Set). Its errors are
 * pflag's, `invalid argument "<csv>" for "--mount" flag: <why>`; the daemon validates the
 * resulting mount.Mount (lib/engine/mount-spec-mount.ts).
 */
import { goParseOctal32, goQuote, type ApiMount, type MountRequest } from '../../../engine';
import { MountFlagError } from './errors';
import { goAbs, goParseBool, ramInBytes, readCsvRecord } from './go';

/** The CLI's mount.Mount while it reads the fields, plus which option groups were named. */
interface MountFields {
  type: string;
  source: string;
  target: string;
  readOnly: boolean;
  volumeOpts: boolean;
  bindOpts: boolean;
  tmpfsOpts: boolean;
  noCopy: boolean;
  subpath: string | null;
  propagation: string;
  recursive: string;
  tmpfsSize: number | null;
  tmpfsMode: number | null;
}

/** Why a value was refused: the text after `for "--mount" flag: `. */
class Refused extends Error {}

function newFields(): MountFields {
  return {
    type: 'volume',
    source: '',
    target: '',
    readOnly: false,
    volumeOpts: false,
    bindOpts: false,
    tmpfsOpts: false,
    noCopy: false,
    subpath: null,
    propagation: '',
    recursive: 'enabled',
    tmpfsSize: null,
    tmpfsMode: null,
  };
}

function parseBool(key: string, val: string): boolean {
  const b = goParseBool(val);
  if (b === null) throw new Refused(`invalid value for ${key}: ${val}`);
  return b;
}

type Setter = (m: MountFields, val: string, key: string, cwd: string) => void;

// CLI 28.2.2 resolves every source starting with "." (".", "./x", "..", ".hidden").
const setSource: Setter = (m, val, _, cwd) => {
  m.source = val.startsWith('.') ? goAbs(cwd, val) : val;
};
const setTarget: Setter = (m, val) => {
  m.target = val;
};
const setReadOnly: Setter = (m, val, key) => {
  m.readOnly = parseBool(key, val);
};
const namesVolumeOption: Setter = (m) => {
  m.volumeOpts = true;
};

const RECURSIVE = ['enabled', 'disabled', 'writable', 'readonly'];

/** The `key=value` fields MountOpt.Set knows (keys are matched lower-cased). */
const KEYS = new Map<string, Setter>([
  [
    'type',
    (m, val) => {
      m.type = val.toLowerCase();
    },
  ],
  ['source', setSource],
  ['src', setSource],
  ['target', setTarget],
  ['dst', setTarget],
  ['destination', setTarget],
  ['readonly', setReadOnly],
  ['ro', setReadOnly],
  ['consistency', () => {}],
  [
    'bind-propagation',
    (m, val) => {
      m.bindOpts = true;
      m.propagation = val.toLowerCase();
    },
  ],
  [
    'bind-nonrecursive',
    (m, val, key) => {
      m.bindOpts = true;
      parseBool(key, val);
    },
  ],
  [
    'bind-recursive',
    (m, val, key) => {
      if (!RECURSIVE.includes(val))
        throw new Refused(
          `invalid value for ${key}: ${val} (must be "enabled", "disabled", "writable", or "readonly")`,
        );
      if (val !== 'enabled') m.bindOpts = true;
      m.recursive = val;
    },
  ],
  [
    'volume-subpath',
    (m, val) => {
      m.volumeOpts = true;
      m.subpath = val;
    },
  ],
  [
    'volume-nocopy',
    (m, val, key) => {
      m.volumeOpts = true;
      m.noCopy = parseBool(key, val);
    },
  ],
  ['volume-label', namesVolumeOption],
  ['volume-driver', namesVolumeOption],
  ['volume-opt', namesVolumeOption],
  [
    'tmpfs-size',
    (m, val, key) => {
      m.tmpfsOpts = true;
      m.tmpfsSize = ramInBytes(val);
      if (m.tmpfsSize === null) throw new Refused(`invalid value for ${key}: ${val}`);
    },
  ],
  [
    'tmpfs-mode',
    (m, val, key) => {
      m.tmpfsOpts = true;
      m.tmpfsMode = goParseOctal32(val);
      if (m.tmpfsMode === null) throw new Refused(`invalid value for ${key}: ${val}`);
    },
  ],
]);

/** A field without `=`: only the boolean options may stand alone. */
function applyBareField(m: MountFields, field: string): void {
  const key = field.toLowerCase();
  if (key === 'readonly' || key === 'ro') m.readOnly = true;
  else if (key === 'volume-nocopy') m.noCopy = m.volumeOpts = true;
  else if (key === 'bind-nonrecursive') m.bindOpts = true;
  else throw new Refused(`invalid field '${field}' must be a key=value pair`);
}

function applyField(m: MountFields, field: string, cwd: string): void {
  const eq = field.indexOf('=');
  if (eq < 0) return applyBareField(m, field);
  const key = field.slice(0, eq).toLowerCase();
  const set = KEYS.get(key);
  if (!set) throw new Refused(`unexpected key '${key}' in '${field}'`);
  set(m, field.slice(eq + 1), key, cwd);
}

/** What MountOpt.Set checks once every field is read. */
function checkFields(m: MountFields): void {
  if (m.type === '') throw new Refused('type is required');
  if (m.target === '') throw new Refused('target is required');
  for (const [named, kind] of [
    [m.volumeOpts, 'volume'],
    [m.bindOpts, 'bind'],
    [m.tmpfsOpts, 'tmpfs'],
  ] as const) {
    if (named && m.type !== kind)
      throw new Refused(`cannot mix '${kind}-*' options with mount type '${m.type}'`);
  }
  if ((m.recursive === 'writable' || m.recursive === 'readonly') && !m.readOnly)
    throw new Refused(
      `option 'bind-recursive=${m.recursive}' requires 'readonly' to be specified in conjunction`,
    );
  if (m.recursive === 'readonly' && m.propagation !== 'rprivate')
    throw new Refused(
      "option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction",
    );
}

function readFields(csv: string, cwd: string): MountFields {
  const record = readCsvRecord(csv);
  if ('error' in record) throw new Refused(record.error);
  const m = newFields();
  for (const field of record.fields) applyField(m, field, cwd);
  checkFields(m);
  return m;
}

function apiMount(m: MountFields): ApiMount {
  return {
    type: m.type,
    source: m.source,
    target: m.target,
    readOnly: m.readOnly,
    bindOptions: m.bindOpts ? { propagation: m.propagation } : null,
    volumeOptions: m.volumeOpts ? { noCopy: m.noCopy, subpath: m.subpath } : null,
    tmpfsOptions: m.tmpfsOpts ? { sizeBytes: m.tmpfsSize, mode: m.tmpfsMode } : null,
  };
}

/**
 * Parses a `--mount CSV` value. The bind source's existence is the daemon's to check
 * (`invalid mount config for type "bind": bind source path does not exist: <p>`).
 */
export function parseMountFlag(csv: string, cwd: string): MountRequest {
  try {
    return { kind: 'mount', mount: apiMount(readFields(csv, cwd)) };
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    throw new MountFlagError(
      `invalid argument ${goQuote(csv)} for "--mount" flag: ${e.message}`,
      'flag',
    );
  }
}
