/** 내부 들여다보기: GraphDriver dirs, the data root on the host, /proc/mounts in the container. */
import { overlayDir } from '../../engine/overlay-ids';
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

/** Text files directly in the learner's working folder. */
const hostTexts = (s: ExerciseState) =>
  s
    .hostList(REPO)
    .map((n) => `${REPO}/${n}`)
    .filter((p) => s.hostFs.lstat(p).kind === 'file')
    .map((p) => s.hostFile(p) ?? '');

const upperDir = (s: ExerciseState) => {
  const c = s.container('peek');
  return c ? `${overlayDir(`rw:${c.id}`)}/diff` : undefined;
};

export const underTheHood: Scenario = {
  id: 'under-the-hood',
  title: '도커가 호스트에 두는 레이어와 볼륨 찾아보기',
  section: 'container-filesystem',
  start: {
    cwd: REPO,
    setup: [
      'docker container run -d --name peek -v peek-data:/data diamol/base sleep 100000',
      "docker container exec peek sh -c 'echo layer > /written.txt && echo volume > /data/hello.txt'",
    ],
  },
  goals: [
    {
      id: 'upper-saved',
      label: '`peek`의 기록 가능 레이어 경로(`UpperDir`)를 호스트 파일에 저장했습니다',
      hint: "`GraphDriver.Data`의 `UpperDir`만 골라 파일로 저장하세요: `docker container inspect --format '{{.GraphDriver.Data.UpperDir}}' peek > upper.txt`",
      check: (s) => {
        const dir = upperDir(s);
        return dir !== undefined && hostTexts(s).some((t) => t.trim() === dir);
      },
    },
    {
      id: 'mounts-saved',
      label: '컨테이너 안의 `/proc/mounts`를 호스트 파일에 저장했습니다',
      hint: '`docker container exec peek cat /proc/mounts > mounts.txt`로 저장한 뒤 `overlay /`와 `/data` 줄을 찾아보세요.',
      check: (s) => {
        const dir = upperDir(s);
        return (
          dir !== undefined &&
          hostTexts(s).some((t) => t.includes(`upperdir=${dir}`) && /^\S+ (on )?\/data /m.test(t))
        );
      },
    },
    {
      id: 'volume-from-host',
      label: '호스트에서 볼륨의 `_data` 폴더에 만든 파일이 컨테이너의 `/data`에 보입니다',
      hint: "볼륨 폴더는 root 것이라 `sudo`가 필요합니다: `sudo sh -c 'echo host > /var/lib/docker/volumes/peek-data/_data/from-host.txt'` 뒤에 `docker container exec peek ls /data`",
      check: (s) => {
        const c = s.container('peek');
        return c !== undefined && s.listIn(c, '/data').some((n) => n !== 'hello.txt');
      },
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '`docker container inspect`의 `GraphDriver`, 컨테이너 안의 `/proc/mounts`, 호스트의 `/var/lib/docker`를 차례로 보세요.',
    },
    {
      level: 'concept',
      text: 'overlay2는 이미지 레이어(`LowerDir`)와 기록 가능 레이어(`UpperDir`)를 합쳐 `MergedDir`에 보여 줍니다. 볼륨은 `/var/lib/docker/volumes/<이름>/_data` 폴더이고, 그 위에 따로 마운트됩니다. 이 폴더들은 root 것이라 호스트에서는 `sudo`가 필요합니다.',
    },
    {
      level: 'command',
      text: "`docker container inspect --format '{{.GraphDriver.Data.UpperDir}}' peek > upper.txt`, `docker container exec peek cat /proc/mounts > mounts.txt`, `sudo sh -c 'echo host > /var/lib/docker/volumes/peek-data/_data/from-host.txt'`를 실행하세요.",
    },
  ],
  wrongAnswers: [
    {
      id: 'no-sudo',
      example: ['ls /var/lib/docker/volumes'],
      detect: (_s, line) =>
        /\b(ls|cat|cd|find)\b[^|;&]*\/var\/lib\/docker\/volumes\/?(\s|$)/.test(line) &&
        !/\bsudo\b/.test(line),
      explanation:
        '도커의 데이터 폴더는 root 것입니다. `/var/lib/docker/volumes`는 `drwx-----x`라서 learner는 목록을 볼 수 없어 `Permission denied`가 났습니다. 앞에 `sudo`를 붙이세요(`sudo ls /var/lib/docker/volumes`). 경로를 아는 `_data` 폴더 안은 sudo 없이도 들어갈 수 있습니다.',
    },
    {
      id: 'merged-not-upper',
      example: [
        "docker container inspect --format '{{.GraphDriver.Data.MergedDir}}' peek > upper.txt",
      ],
      detect: (s) => {
        const dir = upperDir(s);
        const others = dir
          ? [dir.replace(/\/diff$/, '/merged'), dir.replace(/\/diff$/, '/work')]
          : [];
        return hostTexts(s).some((t) => others.includes(t.trim()));
      },
      explanation:
        '저장한 것은 `UpperDir`가 아닙니다. `MergedDir`는 이미지 레이어와 기록 가능 레이어를 합친 모습(컨테이너의 `/`)이 걸리는 곳이고, `WorkDir`는 overlayfs가 복사할 때 잠깐 쓰는 작업 폴더입니다. 컨테이너가 바꾼 파일만 들어 있는 기록 가능 레이어는 `UpperDir`입니다.',
    },
  ],
  solution: [
    "docker container inspect --format '{{json .GraphDriver.Data}}' peek",
    "docker container inspect --format '{{.GraphDriver.Data.UpperDir}}' peek > upper.txt",
    'docker container exec peek cat /proc/mounts > mounts.txt',
    'grep -e "overlay /" -e " /data " mounts.txt',
    'sudo ls /var/lib/docker/volumes',
    "sudo sh -c 'echo host > /var/lib/docker/volumes/peek-data/_data/from-host.txt'",
    'docker container exec peek ls /data',
  ],
};
