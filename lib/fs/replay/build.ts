/** Builds the image layers of a scenario the way the oracle builds its lower dirs. */
import { logicalClock, inodeCounter } from '../clock';
import { Layer } from '../layer';
import { utf8 } from '../node';
import type { Scenario, ScenarioLayer } from './scenario';

export function buildLayers(scenario: Scenario): Layer[] {
  const clock = logicalClock();
  const inodes = inodeCounter();
  return scenario.layers.map((spec) => {
    const layer = new Layer({ id: spec.name, clock, inodes });
    applyStatements(layer, spec);
    return layer;
  });
}

function applyStatements(layer: Layer, spec: ScenarioLayer): void {
  for (const { kw, a1, rest } of spec.statements) {
    switch (kw) {
      case 'file':
        layer.putFile(a1, utf8(`${rest}\n`), { mode: 0o644 });
        break;
      case 'dir':
        layer.putDir(a1, { mode: 0o755 });
        break;
      case 'symlink':
        layer.putSymlink(a1, rest);
        break;
      case 'mode':
        layer.chmod(rest, parseInt(a1, 8));
        break;
      case 'whiteout':
        layer.putWhiteout(a1);
        break;
      case 'opaque':
        layer.putOpaqueDir(a1);
        break;
    }
  }
}
