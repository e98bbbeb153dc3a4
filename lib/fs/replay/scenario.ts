/**
 * Parser for the scenario DSL of ../shared/oracle/overlay-oracle.sh. Fields are split the
 * way the oracle's `read -r kw a1 rest` splits them, so contents with spaces match byte
 * for byte.
 */

export interface LayerStatement {
  kw: 'file' | 'dir' | 'symlink' | 'mode' | 'whiteout' | 'opaque';
  a1: string;
  rest: string;
}

export interface ScenarioLayer {
  name: string;
  statements: LayerStatement[];
}

export interface Scenario {
  name: string;
  mountOptions: string[];
  /** Bottom first, as declared. */
  layers: ScenarioLayer[];
  /** Op lines as written (left-trimmed). */
  ops: string[];
}

export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

const LAYER_KEYWORDS = new Set(['file', 'dir', 'symlink', 'mode', 'whiteout', 'opaque']);

/** bash `read -r v1 .. vn` with the default IFS: n-1 words, then the rest of the line. */
export function readFields(line: string, n: number): string[] {
  let s = line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
  const out: string[] = [];
  for (let i = 0; i < n - 1; i++) {
    const m = /^([^ \t]*)[ \t]*/.exec(s) as RegExpExecArray;
    out.push(m[1] as string);
    s = s.slice(m[0].length);
  }
  out.push(s);
  return out;
}

export function parseScenario(text: string): Scenario {
  const scenario: Scenario = { name: '(unnamed)', mountOptions: [], layers: [], ops: [] };
  let inOps = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    if (inOps) {
      scenario.ops.push(line);
      continue;
    }
    const [kw, a1, rest] = readFields(line, 3) as [string, string, string];
    if (kw === 'ops') inOps = true;
    else if (kw === 'name') scenario.name = rest ? `${a1} ${rest}` : a1;
    else if (kw === 'mountopt') scenario.mountOptions.push(a1);
    else if (kw === 'layer') scenario.layers.push({ name: a1, statements: [] });
    else if (LAYER_KEYWORDS.has(kw)) {
      const layer = scenario.layers[scenario.layers.length - 1];
      if (!layer) throw new ScenarioError(`statement before any layer: ${line}`);
      layer.statements.push({ kw: kw as LayerStatement['kw'], a1, rest });
    } else throw new ScenarioError(`unknown statement: ${line}`);
  }
  if (scenario.layers.length === 0) throw new ScenarioError('need at least one layer');
  return scenario;
}
