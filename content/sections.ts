/**
 * The notes' table of contents (목차), in reading order. One MDX file per section lives beside this
 * file as `<slug>.mdx`; each subsection is a `##` heading with an explicit ASCII id
 * (`## 도커 볼륨 {/*what-is-a-volume*\/}`), checked by `npm run check:content`.
 */
export interface Section {
  /** ASCII route segment and MDX file name. */
  slug: string;
  /** Korean page title (h1), as in the notes' 목차. */
  title: string;
  /** One-sentence Korean summary: meta description and home-page blurb. */
  description: string;
  /** Whether every `##` subsection ends with an exercise (`<Playground />`). */
  exercises: boolean;
}

export const sections: readonly Section[] = [
  {
    slug: 'container-state',
    title: '컨테이너의 상태',
    description:
      '컨테이너는 무상태 애플리케이션에 꼭 맞는 실행 환경이지만, 디스크를 쓰는 애플리케이션도 있습니다. 이미지 레이어와 기록 가능 레이어, 그리고 기록 중 복사(copy-on-write)를 알아봅니다.',
    exercises: true,
  },
  {
    slug: 'volumes-and-mounts',
    title: '도커 볼륨, 마운트',
    description:
      '컨테이너가 사라져도 데이터를 지키는 방법: 도커 볼륨과 바인드 마운트의 쓰임새와 사용법, 마운트의 한계, tmpfs 마운트, 볼륨 정리와 백업을 알아봅니다.',
    exercises: true,
  },
  {
    slug: 'container-filesystem',
    title: '컨테이너의 파일 시스템이 만들어지는 과정',
    description:
      '유니언 파일 시스템이 이미지 레이어와 기록 가능 레이어를 하나로 합치고, 그 위의 경로마다 마운트가 얹혀 컨테이너의 디스크가 되는 과정과 스토리지 선택 기준을 알아봅니다.',
    exercises: true,
  },
  {
    slug: 'glossary',
    title: '용어집',
    description:
      '이미지 레이어, 기록 가능 레이어, 화이트아웃, 불투명 디렉터리, 볼륨, 바인드 마운트, tmpfs 마운트 같은 용어의 영어 원어와 뜻, 그리고 배우는 곳입니다.',
    exercises: false,
  },
  {
    slug: 'references',
    title: '참고 문헌',
    description: '이 노트의 바탕이 된 책과, 각 절이 근거로 삼은 도커 공식 문서입니다.',
    exercises: false,
  },
];

export function sectionBySlug(slug: string): Section | undefined {
  return sections.find((s) => s.slug === slug);
}
