/**
 * docker info / docker system info [--format TEMPLATE]: the client's and the daemon's summary,
 * laid out as CLI 28.2.2 prints it (cli/command/system/info.go prettyPrintInfo) against the
 * 20.10 daemon it was recorded with (fixtures/info.docker.transcript). The two version lines say
 * the daemon is simulated, as `docker --version` does; `--format` sees the plain values.
 */
import { DOCKER_CLIENT, DOCKER_SERVER, KERNEL, OPERATING_SYSTEM, CPUS } from '../../../engine';
import { DOCKER_ROOT, MEM_TOTAL_BYTES, type Engine } from '../../../engine';
import { goFormatG } from '../format';
import { str } from '../flags';
import type { Subcommand } from '../types';
import { formatValue } from './format-value';
import { DRIVER_STATUS, PLUGINS, RUNTIMES, hostName, infoCounts, infoValue } from './info-value';

export const SIMULATED = ' (simulated by layerlab)';

/** go-units BytesSize: binary units, 4 significant digits ("7.763GiB"). */
export function bytesSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let size = bytes;
  let i = 0;
  for (; size >= 1024 && i < units.length - 1; i++) size /= 1024;
  return `${goFormatG(size, 4)}${units[i]}`;
}

function serverLines(engine: Engine): string[] {
  const n = infoCounts(engine);
  const s = DOCKER_SERVER;
  return [
    `Containers: ${n.containers}`,
    ...[`Running: ${n.running}`, `Paused: ${n.paused}`, `Stopped: ${n.stopped}`].map(indent),
    `Images: ${n.images}`,
    `Server Version: ${s.version}${SIMULATED}`,
    'Storage Driver: overlay2',
    ...DRIVER_STATUS.map(([k, v]) => indent(`${k}: ${v}`)),
    'Logging Driver: json-file',
    'Cgroup Driver: cgroupfs',
    'Cgroup Version: 1',
    'Plugins:',
    ...Object.entries(PLUGINS).map(([k, v]) => indent(`${k}: ${v.join(' ')}`)),
    'Swarm: inactive',
    `Runtimes: ${RUNTIMES.join(' ')}`,
    'Default Runtime: runc',
    'Init Binary: docker-init',
    `containerd version: ${s.containerd.commit}`,
    `runc version: ${s.runc.commit}`,
    `init version: ${s.init.commit}`,
    'Security Options:',
    ' seccomp',
    '  Profile: default',
    `Kernel Version: ${KERNEL.release}`,
    `Operating System: ${OPERATING_SYSTEM}`,
    'OSType: linux',
    `Architecture: ${KERNEL.machine}`,
    `CPUs: ${CPUS}`,
    `Total Memory: ${bytesSize(MEM_TOTAL_BYTES)}`,
    `Name: ${hostName(engine)}`,
    `ID: ${s.id}`,
    `Docker Root Dir: ${DOCKER_ROOT}`,
    'Debug Mode: false',
    'Experimental: false',
    'Insecure Registries:',
    ' 127.0.0.0/8',
    'Live Restore Enabled: false',
  ];
}

function indent(line: string): string {
  return ` ${line}`;
}

export function prettyInfo(engine: Engine): string {
  const client = [
    `Version:    ${DOCKER_CLIENT.version}${SIMULATED}`,
    'Context:    default',
    'Debug Mode: false',
  ];
  const lines = [
    'Client:',
    ...client.map(indent),
    '',
    'Server:',
    ...serverLines(engine).map(indent),
  ];
  return `${lines.join('\n')}\n\n`;
}

export const info: Subcommand = {
  path: 'system info',
  aliases: ['info'],
  summary: 'Display system-wide information',
  usage: '[OPTIONS]',
  flags: [{ name: 'format', short: 'f', type: 'string' }],
  args: { max: 0 },
  run(d, flags) {
    const format = str(flags, 'format');
    if (format) return formatValue(d, format, infoValue(d.engine));
    d.out.write(prettyInfo(d.engine));
    return 0;
  },
};
