import type { Metadata } from 'next';
import { PlaygroundFrame } from '@/components/mdx/Playground';
import { pageMetadata } from '@/components/site/metadata';
import { sitePage } from '@/components/site/pages';
import styles from './page.module.css';

const page = sitePage('/playground/');

export const metadata: Metadata = {
  title: page.title,
  ...pageMetadata(page),
};

/** Files the free playground's editor opens (a fresh Dockerfile is created on first save). */
const FILES = [
  '/home/learner/diamol/playground/Dockerfile',
  '/home/learner/diamol/ch06/exercises/todo-list/config/config.json',
  '/home/learner/diamol/ch06/exercises/file-display/input.txt',
];

export default function FreePlaygroundPage() {
  return (
    <main id="main" className={styles.main} data-pagefind-body>
      <h1 className={styles.title}>자유 실습장</h1>
      <p className={styles.lead}>
        정해진 목표 없이 마음껏 실험하는 곳입니다. 책의 이미지가 모두 받아져 있고(
        <code>docker image ls</code>), 호스트의 <code>~/diamol</code>에는 책의 예제 저장소가
        있습니다. 명령 하나하나가 이미지 레이어, 쓰기 가능 레이어, 볼륨과 마운트를 어떻게 바꾸는지
        아래 레이어 보기에서 확인해 보세요. 상태는 이 브라우저에 저장되고, 공유 링크로 다른 사람에게
        같은 과정을 보여 줄 수 있습니다.
      </p>
      <PlaygroundFrame
        id="sandbox"
        title="브라우저 속 도커"
        firstCommand="docker image ls"
        goals={[]}
        files={FILES}
        level="h2"
      />
    </main>
  );
}
