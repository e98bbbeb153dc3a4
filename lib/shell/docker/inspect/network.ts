/**
 * NetworkSettings, simplified to the default bridge network of a normal install (the oracle
 * daemon runs with --bridge=none, so its addresses are all empty): a running container gets
 * 172.17.0.<2 + n> (n = its position among running containers by start time), gateway
 * 172.17.0.1/16, MAC 02:42:ac:11:00:<ip>, and its published ports on 0.0.0.0 and ::. Stopped and
 * created containers show the empty form. Machine/endpoint/network IDs are derived, stable hashes.
 */
import type { Container, Engine } from '../../../engine';
import { GoMap, goMap, strings, struct, ptr, type GoStruct } from '../template/values';
import { portMap } from './host-config';
import { derivedId } from './ids';

export const BRIDGE_NETWORK_ID = derivedId('network:bridge');

export interface Address {
  ip: string;
  mac: string;
}

/** The container's bridge address while running, else null. */
export function bridgeAddress(engine: Engine, c: Container): Address | null {
  if (c.state.status !== 'running') return null;
  const running = [...engine.containers.values()]
    .filter((x) => x.state.status === 'running')
    .sort((a, b) => (a.state.startedAt ?? 0) - (b.state.startedAt ?? 0) || (a.id < b.id ? -1 : 1));
  const n = 2 + running.indexOf(c);
  const hex = n.toString(16).padStart(2, '0');
  return { ip: `172.17.0.${n}`, mac: `02:42:ac:11:00:${hex}` };
}

export function networkSettings(engine: Engine, c: Container): GoStruct {
  const addr = bridgeAddress(engine, c);
  const machine = addr ? derivedId(`machine:${c.id}:${c.state.startedAt}`) : '';
  const endpoint = addr ? derivedId(`endpoint:${c.id}:${c.state.startedAt}`) : '';
  const gateway = addr ? '172.17.0.1' : '';
  const prefix = addr ? 16 : 0;
  const bridge = struct('network.EndpointSettings', {
    IPAMConfig: ptr('*network.EndpointIPAMConfig', null),
    Links: strings(null),
    Aliases: strings(null),
    NetworkID: c.state.startedAt === null ? '' : BRIDGE_NETWORK_ID,
    EndpointID: endpoint,
    Gateway: gateway,
    IPAddress: addr?.ip ?? '',
    IPPrefixLen: prefix,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    MacAddress: addr?.mac ?? '',
    DriverOpts: goMap(null, ''),
  });
  return struct('container.NetworkSettings', {
    Bridge: '',
    SandboxID: machine,
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    Ports: addr ? portMap(c.hostConfig.portBindings, ['0.0.0.0', '::']) : new GoMap(new Map()),
    SandboxKey: addr ? `/var/run/docker/netns/${machine.slice(0, 12)}` : '',
    SecondaryIPAddresses: strings(null),
    SecondaryIPv6Addresses: strings(null),
    EndpointID: endpoint,
    Gateway: gateway,
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: addr?.ip ?? '',
    IPPrefixLen: prefix,
    IPv6Gateway: '',
    MacAddress: addr?.mac ?? '',
    Networks: goMap({ bridge: ptr('*network.EndpointSettings', bridge) }, null),
  });
}
