/** LiveFs as the filesystem behaviour suite runs it (lib/fs/fs-behaviour.test.ts). */
import { MemFs, MountedFs, type FileSystem } from '../fs';
import { LiveFs } from './live-fs';
import { createMachine, type Machine } from './machine';

/** The host's disk as the machine wires it for its shell: a LiveFs over the engine's host view. */
export function machineHost(): { fs: FileSystem; machine: Machine } {
  const machine = createMachine({ seed: 1 });
  return { fs: new LiveFs(() => machine.engine.hostView()), machine };
}

/** A LiveFs whose view is a new MountedFs on every call, as after each volume change. */
export function rebuiltViewFs(): FileSystem {
  const disk = new MemFs();
  return new LiveFs(() => new MountedFs(disk, []));
}
