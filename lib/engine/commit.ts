/**
 * `docker commit`: a new image whose top layer is a copy of the container's writable layer
 * (UpperDir: copied-up files, new files, whiteouts; never what lives in its volumes, bind
 * mounts or tmpfs) on top of the container's image, and whose config is the container's
 * (its command, env, working dir, user, `-v /path` volumes, published ports) with `--change`
 * applied. One more history row: the container's Cmd as CREATED BY, the message as COMMENT.
 */
import { Layer, type DirNode, type Node } from '../fs';
import { applyChanges } from './commit-changes';
import type { Container } from './container';
import type { Engine } from './engine';
import type { HistoryEntry, Image, ImageConfig } from './image';

export interface CommitOptions {
  author?: string;
  message?: string;
  changes?: readonly string[];
}

/** A frozen copy of a writable layer: later changes in the container do not reach it. */
function snapshot(upper: Layer, id: string, engine: Engine): Layer {
  const layer = new Layer({ id, clock: () => engine.scheduler.now(), inodes: engine.inodes });
  const copies = new Map<Node, Node>(); // hard links stay one inode
  const copy = (node: Node): Node => {
    if (node.kind === 'whiteout') return node;
    const known = copies.get(node);
    if (known) return known;
    const ino = engine.inodes.next();
    const made: Node =
      node.kind === 'dir' ? { ...node, ino, children: copyChildren(node) } : { ...node, ino };
    copies.set(node, made);
    return made;
  };
  const copyChildren = (dir: DirNode) =>
    new Map([...dir.children].map(([name, child]) => [name, copy(child)]));
  for (const [name, child] of upper.root.children) layer.root.children.set(name, copy(child));
  Object.assign(layer.root, { mode: upper.root.mode, opaque: upper.root.opaque });
  return layer.freeze();
}

function containerConfig(c: Container): ImageConfig {
  const image = c.image.config;
  const volumes = { ...image.Volumes };
  for (const m of c.hostConfig.mounts)
    if (m.origin === 'v' && m.type === 'volume' && m.source === null) volumes[m.target] = {};
  const ports = { ...image.ExposedPorts };
  for (const p of c.hostConfig.portBindings) ports[`${p.containerPort}/tcp`] = {};
  return {
    Cmd: c.config.cmd.length > 0 ? [...c.config.cmd] : null,
    Entrypoint: c.config.entrypoint ? [...c.config.entrypoint] : null,
    WorkingDir: c.config.workingDir === '/' && !image.WorkingDir ? '' : c.config.workingDir,
    User: c.config.user,
    Env: [...c.config.env],
    Volumes: Object.keys(volumes).length > 0 ? volumes : null,
    ExposedPorts: Object.keys(ports).length > 0 ? ports : null,
    Labels: image.Labels ? { ...image.Labels } : null,
  };
}

/** Makes (and stores, untagged) the image; DaemonError for a bad --change. */
export function commitContainer(engine: Engine, c: Container, opts: CommitOptions = {}): Image {
  const config = containerConfig(c);
  applyChanges(config, opts.changes ?? []);
  const id = engine.ids.hex64();
  const created = engine.scheduler.now();
  const keep = c.upper.root.children.size > 0;
  const parentRows = c.image.history.map((h) => ({ ...h }));
  const top = parentRows[parentRows.length - 1];
  if (top) top.stepId = c.image.id; // the parent is a local image: history shows its ID
  const row: HistoryEntry = {
    created,
    createdBy: c.config.cmd.join(' '),
    emptyLayer: !keep,
    stepId: `sha256:${id}`,
  };
  if (opts.message) row.comment = opts.message;
  if (opts.author) row.author = opts.author;
  const image: Image = {
    id: `sha256:${id}`,
    repoTags: [],
    layers: keep ? [...c.image.layers, snapshot(c.upper, id, engine)] : c.image.layers,
    config,
    history: [...parentRows, row],
    created,
  };
  engine.images.add(image);
  return image;
}
