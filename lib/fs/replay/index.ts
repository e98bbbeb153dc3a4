/**
 * Union replay: runs a scenario of ../shared/oracle/overlay-oracle.sh on UnionFs and prints
 * what the kernel oracle prints (`# scenario`, `## mount`, `## ops`, `## merged`, `## upper`),
 * minus kernel bookkeeping ([origin], [impure], the xattr dump).
 */
import { EPOCH_2024, logicalClock } from '../clock';
import { UnionFs } from '../unionfs';
import { buildLayers } from './build';
import { runOp } from './coreutils';
import { dumpLayer, dumpMerged, type Sha256Hex } from './dump';
import { ScenarioError, parseScenario, type Scenario } from './scenario';

export { ScenarioError, parseScenario, type Scenario } from './scenario';
export { runOp } from './coreutils';
export type { Sha256Hex } from './dump';

const DAY = 86_400_000;

/** Options Docker's overlay2 mounts with anyway; anything else changes the rules. */
const DEFAULT_OPTIONS = new Set(['redirect_dir=off', 'index=off', 'metacopy=off']);

/** The scenario's image layers mounted as a fresh container filesystem. */
export function mountScenario(scenario: Scenario): UnionFs {
  checkMountOptions(scenario);
  // The container runs a day after the image was built, as with any real image.
  return new UnionFs({ layers: buildLayers(scenario), clock: logicalClock(EPOCH_2024 + DAY) });
}

export function replayScenario(text: string, sha256: Sha256Hex): string {
  const scenario = parseScenario(text);
  const fs = mountScenario(scenario);
  const lines = [
    `# scenario: ${scenario.name}`,
    '## mount',
    `layers (top -> bottom): ${scenario.layers
      .map((l) => `${l.name} `)
      .reverse()
      .join('')}`,
    `extra options: ${scenario.mountOptions.join(' ')}`,
    '## ops',
  ];
  for (const op of scenario.ops) lines.push(...runOp(fs, op));
  lines.push('## merged', ...dumpMerged(fs, sha256));
  lines.push('## upper', ...dumpLayer(fs.upperDir.root, sha256));
  return lines.join('\n') + '\n';
}

function checkMountOptions(scenario: Scenario): void {
  for (const opt of scenario.mountOptions) {
    if (!DEFAULT_OPTIONS.has(opt)) {
      throw new ScenarioError(
        `mountopt ${opt} is not simulated: layerlab models Docker's overlay2 ` +
          '(redirect_dir=off, index=off, metacopy=off)',
      );
    }
  }
}

/** Kernel output reduced to what the replay reproduces (drops [origin]/[impure] and xattrs). */
export function normalizeKernelOutput(kernel: string): string {
  const cut = kernel.indexOf('## upper-xattrs');
  const body = cut === -1 ? kernel : kernel.slice(0, cut);
  return body.replace(/ \[(origin|impure)\]/g, '');
}
