/**
 * docker version [--format TEMPLATE]: the client (CLI 28.2.2) and the daemon it talks to, laid
 * out as CLI 28.2.2 prints them (cli/command/system/version.go) against the 20.10 daemon of
 * fixtures/info.docker.transcript. The two Version lines say the engine is simulated, as
 * `docker --version` does; `--format` sees the plain values. (`docker system version` does not
 * exist in the real CLI either.)
 */
import { DOCKER_CLIENT, DOCKER_SERVER, KERNEL } from '../../../engine';
import { GoSlice, GoStruct, goMap, struct, type GoValue } from '../template';
import { str } from '../flags';
import type { Subcommand } from '../types';
import { formatValue } from './format-value';
import { SIMULATED } from './info';

const c = DOCKER_CLIENT;
const s = DOCKER_SERVER;

const row = (depth: number, key: string, value: string) =>
  `${' '.repeat(depth)}${`${key}:`.padEnd(20 - depth)}${value}`;

function component(name: string, version: string, commit: string): string[] {
  return [` ${name}:`, row(2, 'Version', version), row(2, 'GitCommit', commit)];
}

export function prettyVersion(): string {
  return [
    'Client:',
    row(1, 'Version', `${c.version}${SIMULATED}`),
    row(1, 'API version', `${s.apiVersion} (downgraded from ${c.apiVersion})`),
    row(1, 'Go version', c.goVersion),
    row(1, 'Git commit', c.gitCommit),
    row(1, 'Built', c.built),
    row(1, 'OS/Arch', 'linux/amd64'),
    row(1, 'Context', 'default'),
    '',
    'Server:',
    ' Engine:',
    row(2, 'Version', `${s.version}${SIMULATED}`),
    row(2, 'API version', `${s.apiVersion} (minimum version ${s.minApiVersion})`),
    row(2, 'Go version', s.goVersion),
    row(2, 'Git commit', s.gitCommit),
    row(2, 'Built', s.built),
    row(2, 'OS/Arch', 'linux/amd64'),
    row(2, 'Experimental', 'false'),
    ...component('containerd', s.containerd.version, s.containerd.commit),
    ...component('runc', s.runc.version, s.runc.commit),
    ...component('docker-init', s.init.version, s.init.commit),
    '',
  ].join('\n');
}

const details = (fields: Record<string, string>) => goMap(fields);

function serverValue(): GoValue {
  const engine = details({
    ApiVersion: s.apiVersion,
    Arch: 'amd64',
    BuildTime: s.built,
    Experimental: 'false',
    GitCommit: s.gitCommit,
    GoVersion: s.goVersion,
    KernelVersion: KERNEL.release,
    MinAPIVersion: s.minApiVersion,
    Os: 'linux',
  });
  const part = (Name: string, Version: string, Details: GoValue) =>
    struct('types.ComponentVersion', { Name, Version, Details });
  const components = new GoSlice([
    part('Engine', s.version, engine),
    part('containerd', s.containerd.version, details({ GitCommit: s.containerd.commit })),
    part('runc', s.runc.version, details({ GitCommit: s.runc.commit })),
    part('docker-init', s.init.version, details({ GitCommit: s.init.commit })),
  ]);
  return new GoStruct('*types.Version', [
    { name: 'Platform', value: struct('struct { Name string }', { Name: '' }) },
    { name: 'Components', value: components },
    { name: 'Version', value: s.version },
    { name: 'APIVersion', value: s.apiVersion, json: 'ApiVersion' },
    { name: 'MinAPIVersion', value: s.minApiVersion },
    { name: 'GitCommit', value: s.gitCommit },
    { name: 'GoVersion', value: s.goVersion },
    { name: 'Os', value: 'linux' },
    { name: 'Arch', value: 'amd64' },
    { name: 'KernelVersion', value: KERNEL.release },
    { name: 'BuildTime', value: s.buildTime },
  ]);
}

function clientValue(): GoValue {
  return new GoStruct('system.clientVersion', [
    { name: 'Version', value: c.version },
    { name: 'APIVersion', value: s.apiVersion, json: 'ApiVersion' },
    { name: 'DefaultAPIVersion', value: c.apiVersion },
    { name: 'GitCommit', value: c.gitCommit },
    { name: 'GoVersion', value: c.goVersion },
    { name: 'Os', value: 'linux' },
    { name: 'Arch', value: 'amd64' },
    { name: 'BuildTime', value: c.built },
    { name: 'Context', value: 'default' },
  ]);
}

export function versionValue(): GoValue {
  return new GoStruct('system.versionInfo', [
    { name: 'Client', value: clientValue() },
    { name: 'Server', value: serverValue() },
  ]);
}

export const version: Subcommand = {
  path: 'version',
  aliases: ['version'],
  usage: '[OPTIONS]',
  flags: [{ name: 'format', short: 'f', type: 'string' }],
  args: { max: 0 },
  run(d, flags) {
    const format = str(flags, 'format');
    if (format) return formatValue(d, format, versionValue(), 'version');
    d.out.write(prettyVersion());
    return 0;
  },
};
