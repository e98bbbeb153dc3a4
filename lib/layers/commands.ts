/**
 * From the picture to the terminal: the commands that show the same fact a selected path or layer
 * shows (docker diff, docker history, docker inspect --format …, ls -l in the container). They are
 * offered as text to put on the terminal's line; the learner runs them.
 */
import type { ContainerLayers, LayerPick } from './types';

export interface TerminalCommand {
  /** What the command shows, in Korean. */
  label: string;
  line: string;
}

/** A word as bash reads it back: quoted when it holds anything but safe characters. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

type Layers = Pick<ContainerLayers, 'name' | 'image' | 'status' | 'mounts'>;

/** Commands for a selected path of the container's tree, or (no path) for a picked layer. */
export function commandsFor(c: Layers, path: string | null, pick: LayerPick): TerminalCommand[] {
  const name = shellWord(c.name);
  const image = shellWord(c.image);
  if (path === null && pick.kind === 'image')
    return [
      { label: '이미지의 단계와 레이어 크기', line: `docker history ${image}` },
      { label: '만든 명령 전체', line: `docker history --no-trunc ${image}` },
      {
        label: '이미지 레이어의 ID, 아래부터',
        line: `docker image inspect --format '{{json .RootFS.Layers}}' ${image}`,
      },
    ];
  const out: TerminalCommand[] = [
    { label: '기록 가능 레이어의 변경 (A, C, D)', line: `docker diff ${name}` },
  ];
  if (path !== null && c.status === 'running')
    out.push({
      label: '컨테이너 안에서 보기',
      line: `docker exec ${name} ls -l ${shellWord(path)}`,
    });
  const mount = path === null ? undefined : mountOver(c.mounts, path);
  if (mount) {
    out.push({
      label: '컨테이너의 마운트',
      line: `docker inspect --format '{{json .Mounts}}' ${name}`,
    });
    if (mount.kind === 'volume' && mount.name)
      out.push({ label: '볼륨 정보', line: `docker volume inspect ${shellWord(mount.name)}` });
  } else {
    out.push({
      label: '기록 가능 레이어의 호스트 경로',
      line: `docker inspect --format '{{.GraphDriver.Data.UpperDir}}' ${name}`,
    });
  }
  out.push({ label: '이미지의 단계와 레이어 크기', line: `docker history ${image}` });
  return out;
}

function mountOver(mounts: Layers['mounts'], path: string) {
  let best: Layers['mounts'][number] | undefined;
  for (const m of mounts)
    if (
      (path === m.target || path.startsWith(`${m.target}/`)) &&
      (!best || m.target.length > best.target.length)
    )
      best = m;
  return best;
}
