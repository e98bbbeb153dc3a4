/**
 * containerInspect over a real Engine. Key orders and value shapes are the 20.10 daemon's
 * (recorded with `docker inspect` on the oracle: run -d -p 8010:80 -v tplvol:/data
 * -v /srv/host:/app/config:ro diamol/ch06-todo-list, and the --mount/--tmpfs container of
 * reference transcript f); paths use the default data root /var/lib/docker.
 */
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../template';
import { marshal } from '../template/json';
import { containerInspect } from './container';
import { T0, create, markExited, markRunning, testEngine } from './fixture.testing';
import { inspectOutput } from './output';
import { containerTarget } from './';

function keys(json: string, path: string[] = []): string[] {
  let v = JSON.parse(json) as Record<string, unknown>;
  for (const p of path) v = v[p] as Record<string, unknown>;
  return Object.keys(v);
}

function setup() {
  const { engine, scheduler } = testEngine();
  const c = create(
    engine,
    {
      image: 'diamol/ch06-todo-list',
      name: 'todo1',
      ports: [{ hostPort: 8010, containerPort: 80 }],
    },
    { v: ['tplvol:/data', '/srv/host:/app/config:ro'] },
  );
  return { engine, scheduler, c };
}

describe('containerInspect', () => {
  it('has the daemon key order at every level', () => {
    const { engine, c } = setup();
    markRunning(c, T0 + 88);
    const json = marshal(containerInspect(engine, c));
    expect(keys(json)).toEqual(
      'Id Created Path Args State Image ResolvConfPath HostnamePath HostsPath LogPath Name RestartCount Driver Platform MountLabel ProcessLabel AppArmorProfile ExecIDs HostConfig GraphDriver Mounts Config NetworkSettings'.split(
        ' ',
      ),
    );
    expect(keys(json, ['State'])).toEqual(
      'Status Running Paused Restarting OOMKilled Dead Pid ExitCode Error StartedAt FinishedAt'.split(
        ' ',
      ),
    );
    // Real, minus NetworkDisabled (only with the oracle's --bridge=none).
    expect(keys(json, ['Config'])).toEqual(
      'Hostname Domainname User AttachStdin AttachStdout AttachStderr ExposedPorts Tty OpenStdin StdinOnce Env Cmd Image Volumes WorkingDir Entrypoint OnBuild Labels'.split(
        ' ',
      ),
    );
    expect(keys(json, ['NetworkSettings'])).toEqual(
      'Bridge SandboxID HairpinMode LinkLocalIPv6Address LinkLocalIPv6PrefixLen Ports SandboxKey SecondaryIPAddresses SecondaryIPv6Addresses EndpointID Gateway GlobalIPv6Address GlobalIPv6PrefixLen IPAddress IPPrefixLen IPv6Gateway MacAddress Networks'.split(
        ' ',
      ),
    );
    expect(keys(json, ['NetworkSettings', 'Networks', 'bridge'])).toEqual(
      'IPAMConfig Links Aliases NetworkID EndpointID Gateway IPAddress IPPrefixLen IPv6Gateway GlobalIPv6Address GlobalIPv6PrefixLen MacAddress DriverOpts'.split(
        ' ',
      ),
    );
  });

  it('has the daemon HostConfig keys (with --mount and --tmpfs: Tmpfs and Mounts appear)', () => {
    const { engine } = testEngine();
    const c = create(
      engine,
      { image: 'alpine:3.9', name: 'm1', readOnly: true, entrypoint: ['sh'] },
      {
        mount: ['type=bind,source=/srv/host,target=/b2,readonly', 'type=tmpfs,target=/t2'],
        tmpfs: ['/t3'],
        v: ['/cache'],
      },
    );
    const json = marshal(containerInspect(engine, c));
    expect(keys(json, ['HostConfig'])).toEqual(
      'Binds ContainerIDFile LogConfig NetworkMode PortBindings RestartPolicy AutoRemove VolumeDriver VolumesFrom CapAdd CapDrop CgroupnsMode Dns DnsOptions DnsSearch ExtraHosts GroupAdd IpcMode Cgroup Links OomScoreAdj PidMode Privileged PublishAllPorts ReadonlyRootfs SecurityOpt Tmpfs UTSMode UsernsMode ShmSize Runtime ConsoleSize Isolation CpuShares Memory NanoCpus CgroupParent BlkioWeight BlkioWeightDevice BlkioDeviceReadBps BlkioDeviceWriteBps BlkioDeviceReadIOps BlkioDeviceWriteIOps CpuPeriod CpuQuota CpuRealtimePeriod CpuRealtimeRuntime CpusetCpus CpusetMems Devices DeviceCgroupRules DeviceRequests KernelMemory KernelMemoryTCP MemoryReservation MemorySwap MemorySwappiness OomKillDisable PidsLimit Ulimits CpuCount CpuPercent IOMaximumIOps IOMaximumBandwidth Mounts MaskedPaths ReadonlyPaths'.split(
        ' ',
      ),
    );
    const v = containerInspect(engine, c);
    // Real: {"Binds": null, ..., "Tmpfs": {"/t3": ""}, "Mounts": [{"Type": "bind", "Source": ..., "Target": "/b2", "ReadOnly": true}, {"Type": "tmpfs", "Target": "/t2"}]}
    expect(
      renderTemplate(
        '{{json .HostConfig.Mounts}} {{json .HostConfig.Tmpfs}} {{.HostConfig.ReadonlyRootfs}}',
        v,
      ),
    ).toBe(
      '[{"Type":"bind","Source":"/srv/host","Target":"/b2","ReadOnly":true},{"Type":"tmpfs","Target":"/t2"}] {"/t3":""} true',
    );
    // Real: "Cmd": null, "Volumes": {"/cache": {}}, "Entrypoint": ["sh"]; Path "sh", Args []
    expect(
      renderTemplate(
        '{{json .Config.Cmd}} {{json .Config.Volumes}} {{json .Config.Entrypoint}} {{.Path}} {{json .Args}}',
        v,
      ),
    ).toBe('null {"/cache":{}} ["sh"] sh []');
  });

  it.each<[string, string]>([
    [
      '{{json .Mounts}}',
      '[{"Type":"volume","Name":"tplvol","Source":"/var/lib/docker/volumes/tplvol/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""},{"Type":"bind","Source":"/srv/host","Destination":"/app/config","Mode":"ro","RW":false,"Propagation":"rprivate"}]',
    ],
    [
      '{{.Mounts}}',
      '[{volume tplvol /var/lib/docker/volumes/tplvol/_data /data local z true } {bind  /srv/host /app/config  ro false rprivate}]',
    ],
    ['{{json .HostConfig.Binds}}', '["tplvol:/data","/srv/host:/app/config:ro"]'],
    ['{{.HostConfig.PortBindings}}', 'map[80/tcp:[{ 8010}]]'],
    ['{{.Config.Volumes}}', 'map[/data:{}]'],
    ['{{.Config.ExposedPorts}}', 'map[80/tcp:{}]'],
    ['{{.Name}} {{.State.Status}} {{.Created}}', '/todo1 created 2026-11-28T01:40:15.563Z'],
    [
      '{{.State.StartedAt}} {{.State.FinishedAt}} {{.State.Pid}}',
      '0001-01-01T00:00:00Z 0001-01-01T00:00:00Z 0',
    ],
    ['[{{.ResolvConfPath}}] {{.ExecIDs}} {{json .ExecIDs}}', '[] [] null'],
    ['{{.NetworkSettings.IPAddress}}|{{.NetworkSettings.Ports}}', '|map[]'],
  ])('created container: %s', (source, expected) => {
    const { engine, c } = setup();
    expect(renderTemplate(source, containerInspect(engine, c))).toBe(expected);
  });

  it('running and exited states (RFC3339Nano, ms precision trimmed like Go)', () => {
    const { engine, c } = setup();
    markRunning(c, T0 + 88);
    const v = () => containerInspect(engine, c);
    expect(renderTemplate('{{.State.Status}} {{.State.Running}} {{.State.StartedAt}}', v())).toBe(
      'running true 2026-11-28T01:40:15.651Z',
    );
    expect(renderTemplate('{{.NetworkSettings.IPAddress}} {{.NetworkSettings.Ports}}', v())).toBe(
      '172.17.0.2 map[80/tcp:[{0.0.0.0 8010} {:: 8010}]]',
    );
    expect(renderTemplate('{{.ResolvConfPath}}', v())).toBe(
      `/var/lib/docker/containers/${c.id}/resolv.conf`,
    );
    markExited(c, T0 + 88, T0 + 2000, 137);
    expect(renderTemplate('{{json .State}}', v())).toBe(
      '{"Status":"exited","Running":false,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,"Pid":0,"ExitCode":137,"Error":"","StartedAt":"2026-11-28T01:40:15.651Z","FinishedAt":"2026-11-28T01:40:17.563Z"}',
    );
  });

  it('{{.}} prints like the CLI type (embedded *ContainerJSONBase): {0xc… [mounts] 0xc… 0xc… <nil>}', () => {
    const { engine, c } = setup();
    // Real: {0xc00047c6e0 [{volume tplvol ... /data local z true } {bind  ... ro false rprivate}] 0xc0004b52c0 0xc00045d700 <nil>}
    expect(renderTemplate('{{.}}', containerInspect(engine, c))).toMatch(
      /^\{0xc[0-9a-f]+ \[\{volume tplvol \/var\/lib\/docker\/volumes\/tplvol\/_data \/data local z true \} \{bind {2}\/srv\/host \/app\/config {2}ro false rprivate\}\] 0xc[0-9a-f]+ 0xc[0-9a-f]+ <nil>\}$/,
    );
    expect(renderTemplate('{{.ID}}', containerInspect(engine, c))).toBe(c.id);
  });

  it('anonymous volume from the image VOLUME: Mode "" (reference transcript d)', () => {
    const { engine } = testEngine();
    const c = create(engine, { image: 'diamol/ch06-todo-list', name: 'anon1' });
    const name = c.mounts[0]!.name!;
    expect(renderTemplate('{{json .Mounts}}', containerInspect(engine, c))).toBe(
      `[{"Type":"volume","Name":"${name}","Source":"/var/lib/docker/volumes/${name}/_data","Destination":"/data","Driver":"local","Mode":"","RW":true,"Propagation":""}]`,
    );
  });

  it('GraphDriver: UpperDir under /var/lib/docker/overlay2, LowerDir starts with the -init layer', () => {
    const { engine, c } = setup();
    const out = renderTemplate(
      '{{.GraphDriver.Name}} {{.GraphDriver.Data.UpperDir}} {{.GraphDriver.Data.LowerDir}}',
      containerInspect(engine, c),
    );
    expect(out).toMatch(
      /^overlay2 \/var\/lib\/docker\/overlay2\/([0-9a-f]{64})\/diff \/var\/lib\/docker\/overlay2\/\1-init\/diff(:\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff){2}$/,
    );
  });

  it('prints the whole object like docker inspect (4-space indent, [ ], trailing newline)', () => {
    const { engine, c } = setup();
    const out = inspectOutput(undefined, [containerTarget(engine, c)]).stdout;
    expect(
      out.startsWith(
        `[\n    {\n        "Id": "${c.id}",\n        "Created": "2026-11-28T01:40:15.563Z",\n        "Path": "dotnet",\n        "Args": [\n            "ToDoList.dll"\n        ],\n`,
      ),
    ).toBe(true);
    expect(out.endsWith('            }\n        }\n    }\n]\n')).toBe(true);
    expect(out).toContain('\n            "Dns": [],\n');
    expect(out).toContain(
      '\n            "ExposedPorts": {\n                "80/tcp": {}\n            },\n',
    );
  });
});
