// Korean texts of the figure "컨테이너 스토리지 구성 일반론" (the seed notes' bullet list, checked
// against docs/semantics.md#lifetimes and docs/semantics.md#mounts).
// Mounts sit above the union at their target paths; the writable layer and the image layers form
// the union that serves every other path.

export type StorageKind = 'volume' | 'bind' | 'distributed' | 'writable' | 'image';

export interface StorageFact {
  readonly term: '용도' | '생애주기' | '공유';
  readonly text: string;
}

export interface StorageOption {
  readonly kind: StorageKind;
  readonly name: string;
  /** Where the data really lives (mounts) or how the layer is made (union). */
  readonly source: string;
  /** Read/write badge, shown for the two union layers. */
  readonly access?: string;
  readonly facts: readonly StorageFact[];
}

export interface MountOption extends StorageOption {
  /** Illustrative target path inside the container. */
  readonly target: string;
}

export const CONTAINER_VIEW = {
  name: '컨테이너',
  view: '컨테이너가 보는 하나의 파일 시스템',
  note: '경로마다 아래의 스토리지 중 하나가 내용을 채운다.',
} as const;

export const MOUNTS: readonly MountOption[] = [
  {
    kind: 'volume',
    target: '/data',
    name: '볼륨 마운트',
    source: '도커 볼륨 (도커 객체)',
    facts: [
      { term: '용도', text: '애플리케이션이 데이터를 영구적으로 저장한다.' },
      { term: '생애주기', text: '컨테이너와 따로 존재해 컨테이너를 삭제해도 남는다.' },
      {
        term: '공유',
        text: '컨테이너와 볼륨이 데이터를 공유하며, 여러 컨테이너가 함께 쓸 수 있다.',
      },
    ],
  },
  {
    kind: 'bind',
    target: '/app/config',
    name: '로컬 바인드 마운트',
    source: '호스트의 디렉터리',
    facts: [
      {
        term: '용도',
        text: '로컬에서 고친 소스 코드나 설정이 이미지 빌드 없이 즉시 컨테이너로 전달된다.',
      },
      { term: '생애주기', text: '데이터는 호스트의 것이라 컨테이너를 삭제해도 그대로다.' },
      { term: '공유', text: '호스트 컴퓨터와 컨테이너가 같은 파일을 함께 본다.' },
    ],
  },
  {
    kind: 'distributed',
    target: '/cache',
    name: '분산 바인드 마운트',
    source: '네트워크 스토리지 (NFS, SMB, 클라우드)',
    facts: [
      {
        term: '용도',
        text: '읽기 전용으로는 설정 파일 전달과 공유 캐시에, 읽기 쓰기로는 데이터 저장에 쓴다.',
      },
      { term: '생애주기', text: '데이터는 네트워크 스토리지에 남아 컨테이너 삭제와 무관하다.' },
      { term: '공유', text: '같은 네트워크의 모든 컨테이너, 컴퓨터와 공유한다.' },
    ],
  },
];

export const UNION = {
  name: '유니언 파일 시스템',
  target: '/',
  note: '마운트가 없는 나머지 모든 경로',
} as const;

/** Top to bottom, as the container sees them. */
export const UNION_LAYERS: readonly StorageOption[] = [
  {
    kind: 'writable',
    name: '기록 가능 레이어',
    source: '이미지 레이어 위, 컨테이너마다 하나',
    access: '읽기 쓰기',
    facts: [
      { term: '용도', text: '비싼 계산 결과나 네트워크로 받은 데이터의 캐싱 같은 단기 저장.' },
      { term: '생애주기', text: '컨테이너와 같다. 컨테이너를 삭제하면 데이터도 유실된다.' },
      { term: '공유', text: '컨테이너마다 독립적으로 갖는다.' },
    ],
  },
  {
    kind: 'image',
    name: '이미지 레이어',
    source: '아래에서 위로 쌓인 적층 구조',
    access: '읽기 전용',
    facts: [
      {
        term: '용도',
        text: '컨테이너의 초기 파일 시스템을 이룬다. 내용이 겹치면 위(후속) 레이어가 적용된다.',
      },
      { term: '생애주기', text: '이미지를 내려받을 때부터 삭제할 때까지 로컬에 있다.' },
      { term: '공유', text: '여러 컨테이너가 함께 쓴다.' },
    ],
  },
];

export const CAPTION = {
  title: '그림: 컨테이너 스토리지 구성 일반론',
  text:
    '컨테이너는 하나의 파일 시스템을 보지만, 마운트한 경로는 볼륨과 바인드 마운트가, ' +
    '나머지 경로는 기록 가능 레이어와 이미지 레이어를 합친 유니언 파일 시스템이 채운다.',
} as const;
