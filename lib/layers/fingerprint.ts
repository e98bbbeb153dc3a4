/**
 * A cheap stamp of everything the layer view and the goals read: containers and their states,
 * every writable layer, every volume and the host's disk. Work done without a command line (an
 * app answering the browser pane, a container that exits on its own) changes the stamp, so the
 * page knows to look again.
 */
import type { Engine } from '../engine';
import type { Layer, Node } from '../fs';

/** 32-bit FNV-1a over the text, continued from `hash`. */
function fnv(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function stampNode(hash: number, name: string, node: Node): number {
  if (node.kind === 'whiteout') return fnv(hash, `${name}/w`);
  const size = node.kind === 'file' ? node.data.length : 0;
  let h = fnv(hash, `${name}/${node.kind}/${node.ino}/${node.mtime}/${node.mode}/${size}`);
  if (node.kind === 'dir') {
    h = fnv(h, node.opaque ? 'o' : '');
    for (const [child, n] of node.children) h = stampNode(h, child, n);
  }
  return h;
}

function stampLayer(hash: number, layer: Layer): number {
  return stampNode(hash, '', layer.root);
}

export function machineStamp(engine: Engine): number {
  let h = 0x811c9dc5;
  for (const c of engine.list()) h = stampLayer(fnv(h, `${c.id}:${c.state.status}`), c.upper);
  for (const v of engine.volumes.all()) h = stampLayer(fnv(h, v.name), v.data.layer);
  return stampLayer(h, engine.host.layer);
}
