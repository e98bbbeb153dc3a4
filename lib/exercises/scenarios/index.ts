/** The exercises, in the notes' order (one per subsection). */
import type { Scenario } from '../model';
import { anonymousVolume } from './anonymous-volume';
import { bindMount } from './bind-mount';
import { copyOnWrite } from './copy-on-write';
import { mountLimits } from './mount-limits';
import { namedVolume } from './named-volume';
import { statelessReplicas } from './stateless-replicas';
import { storageOptions } from './storage-options';
import { tmpfsMount } from './tmpfs-mount';
import { underTheHood } from './under-the-hood';
import { unionLayers } from './union-layers';
import { vOrMount } from './v-or-mount';
import { volumeBackup } from './volume-backup';
import { volumeCleanup } from './volume-cleanup';
import { writableLayerLifetime } from './writable-layer-lifetime';
import { writableLayers } from './writable-layers';

export const scenarios: readonly Scenario[] = [
  statelessReplicas,
  writableLayers,
  copyOnWrite,
  writableLayerLifetime,
  anonymousVolume,
  namedVolume,
  bindMount,
  mountLimits,
  vOrMount,
  tmpfsMount,
  volumeCleanup,
  volumeBackup,
  unionLayers,
  storageOptions,
  underTheHood,
];
