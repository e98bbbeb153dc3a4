/** `docker volume inspect`: volume.Volume, keys in the daemon's (alphabetical) order. */
import { mountpoint, type Volume } from '../../../engine';
import { goMap, ptr, struct, type GoStruct } from '../template/values';
import { rfc3339 } from './time';

export function volumeInspect(volume: Volume): GoStruct {
  return struct('volume.Volume', {
    ClusterVolume: [ptr('*volume.ClusterVolume', null), 'omitempty'],
    CreatedAt: [rfc3339(volume.createdAt), 'omitempty'],
    Driver: 'local',
    Labels: goMap(volume.labels, ''),
    Mountpoint: mountpoint(volume),
    Name: volume.name,
    Options: goMap(volume.options, ''),
    Scope: 'local',
    Status: [goMap(null, null), 'omitempty'],
    UsageData: [ptr('*volume.UsageData', null), 'omitempty'],
  });
}
