/**
 * The notes' static pictures as data: each is a stack of rows, top (what the container sees)
 * to bottom (the image layers), drawn by Figure.tsx as an SVG with a text equivalent.
 */
export type RowKind = 'merged' | 'mount' | 'writable' | 'image';
/** normal; new (written here); hidden (in this row but not seen above); whiteout; opaque dir. */
export type ItemState = 'normal' | 'new' | 'hidden' | 'whiteout' | 'opaque';

export interface FigureRow {
  kind: RowKind;
  label: string;
  items: { name: string; state?: ItemState }[];
}

export type FigureName = 'copy-up' | 'whiteout-opaque' | 'mount-shadow' | 'volume-populate';

export interface FigureData {
  title: string;
  /** The picture in words, for screen readers (and the caption). */
  description: string;
  rows: FigureRow[];
}

export const figures: Record<FigureName, FigureData> = {
  'copy-up': {
    title: '기록 중 복사: 이미지의 파일을 고칠 때',
    description:
      '이미지 레이어에 원본 input.txt가 있습니다. 컨테이너가 이 파일을 쓰기용으로 열면 파일 전체가 기록 가능 레이어로 복사되고, 변경은 그 복사본에 적용됩니다. 컨테이너는 위쪽에 있는 복사본을 보고, 이미지 레이어의 원본은 그대로 남습니다.',
    rows: [
      { kind: 'merged', label: '컨테이너가 보는 것', items: [{ name: 'input.txt (복사본)' }] },
      {
        kind: 'writable',
        label: '기록 가능 레이어',
        items: [{ name: 'input.txt: 원본 + x', state: 'new' }],
      },
      {
        kind: 'image',
        label: '이미지 레이어',
        items: [{ name: 'input.txt: 원본', state: 'hidden' }],
      },
    ],
  },
  'whiteout-opaque': {
    title: '화이트아웃과 불투명 디렉터리',
    description:
      '이미지 레이어에 a.txt와 init 디렉터리(abc.txt, def.txt)가 있습니다. 기록 가능 레이어에는 a.txt의 화이트아웃과, 지웠다가 다시 만든 불투명 디렉터리 init(new.txt)이 있습니다. 컨테이너에는 a.txt가 보이지 않고 init에는 new.txt만 보입니다. 이미지 레이어의 파일은 그대로 남아 있습니다.',
    rows: [
      { kind: 'merged', label: '컨테이너가 보는 것', items: [{ name: 'init/new.txt' }] },
      {
        kind: 'writable',
        label: '기록 가능 레이어',
        items: [
          { name: 'a.txt 화이트아웃', state: 'whiteout' },
          { name: 'init/ 불투명', state: 'opaque' },
          { name: 'init/new.txt', state: 'new' },
        ],
      },
      {
        kind: 'image',
        label: '이미지 레이어',
        items: [
          { name: 'a.txt', state: 'hidden' },
          { name: 'init/abc.txt', state: 'hidden' },
          { name: 'init/def.txt', state: 'hidden' },
        ],
      },
    ],
  },
  'mount-shadow': {
    title: '마운트는 아래 내용을 가립니다',
    description:
      '이미지 레이어의 /init에는 abc.txt와 def.txt가 있습니다. 호스트의 new 디렉터리(123.txt, 456.txt)를 /init에 바인드 마운트하면 컨테이너의 /init에는 123.txt와 456.txt만 보입니다. 마운트는 레이어와 합쳐지지 않고 그 경로 전체를 차지하므로, 이미지의 파일은 지워지지 않았지만 보이지 않습니다.',
    rows: [
      {
        kind: 'merged',
        label: '컨테이너가 보는 /init',
        items: [{ name: '123.txt' }, { name: '456.txt' }],
      },
      {
        kind: 'mount',
        label: '바인드 마운트 (호스트 ./new → /init)',
        items: [{ name: '123.txt' }, { name: '456.txt' }],
      },
      {
        kind: 'image',
        label: '이미지 레이어의 /init',
        items: [
          { name: 'abc.txt', state: 'hidden' },
          { name: 'def.txt', state: 'hidden' },
        ],
      },
    ],
  },
  'volume-populate': {
    title: '빈 볼륨은 이미지의 파일을 받습니다',
    description:
      '완전히 빈 볼륨 v1을 이미지에 이미 있는 /init에 연결하면, 도커가 컨테이너를 만들 때 이미지의 abc.txt와 def.txt를 볼륨으로 한 번 복사합니다. 그 뒤로 컨테이너는 볼륨의 파일을 봅니다. 이미 내용이 있는 볼륨이나 바인드 마운트에는 이런 복사가 없습니다.',
    rows: [
      {
        kind: 'merged',
        label: '컨테이너가 보는 /init',
        items: [{ name: 'abc.txt' }, { name: 'def.txt' }],
      },
      {
        kind: 'mount',
        label: '볼륨 v1 (비어 있다가 채워짐)',
        items: [
          { name: 'abc.txt', state: 'new' },
          { name: 'def.txt', state: 'new' },
        ],
      },
      {
        kind: 'image',
        label: '이미지 레이어의 /init',
        items: [
          { name: 'abc.txt', state: 'hidden' },
          { name: 'def.txt', state: 'hidden' },
        ],
      },
    ],
  },
};
