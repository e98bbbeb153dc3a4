/**
 * `--mount CSV` → MountSpec: opts/mount.go of CLI 28.2.2 (errors reported by pflag as
 * `invalid argument "<csv>" for "--mount" flag: <why>`), then the daemon's mount config checks.
 */
import { MountSpecError, type MountSpec } from './mount-spec.types';
import {
  checkVolumeName,
  daemonError,
  mountConfigProblem,
  type Propagation,
} from './mount-spec-daemon';
import {
  goAbs,
  goClean,
  goParseBool,
  goParseOctal32,
  goQuote,
  ramInBytes,
  readCsvRecord,
} from './mount-spec-go';
import { newMountSpec as spec } from './mount-spec-new';

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

/** opts/mount.go (CLI 28.2.2) MountOpt.Set; throws the bare reason, wrapped by parseMountFlag. */
function cliMountFields(csv: string, cwd: string): MountFields {
  const record = readCsvRecord(csv);
  if ('error' in record) throw new Error(record.error);
  const m: MountFields = {
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
  const bool = (key: string, val: string, what = `${key}: ${val}`): boolean => {
    const b = goParseBool(val);
    if (b === null) throw new Error(`invalid value for ${what}`);
    return b;
  };
  for (const field of record.fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') m.readOnly = true;
      else if (key === 'volume-nocopy') m.noCopy = m.volumeOpts = true;
      else if (key === 'bind-nonrecursive') m.bindOpts = true;
      else throw new Error(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    switch (key) {
      case 'type':
        m.type = val.toLowerCase();
        break;
      case 'source':
      case 'src':
        // CLI 28.2.2 resolves every source starting with "." (".", "./x", "..", ".hidden").
        m.source = val.startsWith('.') ? goAbs(cwd, val) : val;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.target = val;
        break;
      case 'readonly':
      case 'ro':
        m.readOnly = bool(key, val);
        break;
      case 'consistency':
        break;
      case 'bind-propagation':
        m.bindOpts = true;
        m.propagation = val.toLowerCase();
        break;
      case 'bind-nonrecursive':
        m.bindOpts = true;
        bool(key, val);
        break;
      case 'bind-recursive':
        if (!['enabled', 'disabled', 'writable', 'readonly'].includes(val))
          throw new Error(
            `invalid value for ${key}: ${val} (must be "enabled", "disabled", "writable", or "readonly")`,
          );
        if (val !== 'enabled') m.bindOpts = true;
        m.recursive = val;
        break;
      case 'volume-subpath':
        m.volumeOpts = true;
        m.subpath = val;
        break;
      case 'volume-nocopy':
        m.volumeOpts = true;
        m.noCopy = bool(key, val, `volume-nocopy: ${val}`);
        break;
      case 'volume-label':
      case 'volume-driver':
      case 'volume-opt':
        m.volumeOpts = true;
        break;
      case 'tmpfs-size':
        m.tmpfsOpts = true;
        m.tmpfsSize = ramInBytes(val);
        if (m.tmpfsSize === null) throw new Error(`invalid value for ${key}: ${val}`);
        break;
      case 'tmpfs-mode':
        m.tmpfsOpts = true;
        m.tmpfsMode = goParseOctal32(val);
        if (m.tmpfsMode === null) throw new Error(`invalid value for ${key}: ${val}`);
        break;
      default:
        throw new Error(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (m.type === '') throw new Error('type is required');
  if (m.target === '') throw new Error('target is required');
  for (const [set, kind, type] of [
    [m.volumeOpts, 'volume', 'volume'],
    [m.bindOpts, 'bind', 'bind'],
    [m.tmpfsOpts, 'tmpfs', 'tmpfs'],
  ] as const) {
    if (set && m.type !== type)
      throw new Error(`cannot mix '${kind}-*' options with mount type '${m.type}'`);
  }
  if ((m.recursive === 'writable' || m.recursive === 'readonly') && !m.readOnly)
    throw new Error(
      `option 'bind-recursive=${m.recursive}' requires 'readonly' to be specified in conjunction`,
    );
  if (m.recursive === 'readonly' && m.propagation !== 'rprivate')
    throw new Error(
      "option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction",
    );
  return m;
}

/**
 * Parses a `--mount CSV` value. Does not check that a bind source exists: the engine owns the host
 * filesystem and reports `invalid mount config for type "bind": bind source path does not exist: <p>`.
 */
export function parseMountFlag(csv: string, cwd: string): MountSpec {
  let m: MountFields;
  try {
    m = cliMountFields(csv, cwd);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new MountSpecError(`invalid argument ${goQuote(csv)} for "--mount" flag: ${why}`, 'flag');
  }
  const problem = mountConfigProblem({
    type: m.type,
    source: m.source,
    target: m.target,
    readOnly: m.readOnly,
    hasBindOptions: m.bindOpts,
    hasVolumeOptions: m.volumeOpts,
    propagation: m.propagation,
  });
  if (problem) throw daemonError(problem);
  const type = m.type as MountSpec['type'];
  if (type === 'volume' && m.source !== '') checkVolumeName(m.source);
  return spec({
    type,
    source: m.source === '' ? null : type === 'bind' ? goClean(m.source) : m.source,
    target: goClean(m.target),
    readOnly: m.readOnly,
    origin: 'mount',
    noCopy: m.noCopy,
    propagation: (m.propagation || 'rprivate') as Propagation,
    // 20.10 ignores volume-subpath (API 1.41 has no Subpath); kept for the engine to decide.
    subpath: m.subpath,
    tmpfsSize: m.tmpfsSize,
    tmpfsMode: m.tmpfsMode,
  });
}
