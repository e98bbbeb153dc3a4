/**
 * NetworkSettings, simplified to the default bridge network of a normal install (addresses:
 * lib/engine/network.ts): gateway 172.17.0.1/16 and the published ports on 0.0.0.0 and ::. Stopped and
 * created containers show the empty form. Machine/endpoint/network IDs are derived, stable hashes.
 */
import type { Container, Engine } from '../../../engine';
import { GoMap, goMap, strings, struct, ptr, type GoStruct } from '../template/values';
import { portMap } from './host-config';
import { derivedId } from './ids';

export const BRIDGE_NETWORK_ID = derivedId('network:bridge');

/** The container's bridge address while running, else null (lib/engine/sandbox.ts). */
export function bridgeAddress(engine: Engine, c: Container) {
  return engine.sandboxes.address(c);
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
