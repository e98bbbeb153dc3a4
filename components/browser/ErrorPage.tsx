/** Chrome's error pages, in Korean, with a hint that points back at the simulated machine. */
import type { NetError } from '@/lib/machine';
import styles from './Browser.module.css';

export type PageError = NetError | 'ERR_INVALID_URL';

const PAGES: Record<PageError, { title: string; message: (host: string) => string; tip: string }> =
  {
    ERR_CONNECTION_REFUSED: {
      title: '사이트에 연결할 수 없음',
      message: (host) => `${host}에서 연결을 거부했습니다.`,
      tip: '이 포트를 게시한 컨테이너가 실행 중인지 `docker container ls`로 확인해 보세요.',
    },
    ERR_EMPTY_RESPONSE: {
      title: '페이지가 작동하지 않습니다',
      message: (host) => `${host}에서 전송한 데이터가 없습니다.`,
      tip: '포트는 게시되었지만 컨테이너 안에서 응답한 프로그램이 없습니다. `docker container logs`로 확인해 보세요.',
    },
    ERR_NAME_NOT_RESOLVED: {
      title: '사이트에 연결할 수 없음',
      message: (host) => `${host}의 서버 IP 주소를 찾을 수 없습니다.`,
      tip: '실습 머신은 인터넷에 연결되어 있지 않습니다. 컨테이너가 게시한 localhost의 포트만 열 수 있습니다.',
    },
    ERR_SSL_PROTOCOL_ERROR: {
      title: '사이트에서 보안 연결을 제공할 수 없음',
      message: (host) => `${host}에서 잘못된 응답을 전송했습니다.`,
      tip: '이 앱은 HTTPS가 아닌 HTTP로 응답합니다. `http://`로 열어 보세요.',
    },
    ERR_TOO_MANY_REDIRECTS: {
      title: '페이지가 작동하지 않습니다',
      message: (host) => `${host}에서 리디렉션한 횟수가 너무 많습니다.`,
      tip: '앱이 같은 곳으로 계속 되돌려 보내고 있습니다.',
    },
    ERR_INVALID_URL: {
      title: '주소를 열 수 없음',
      message: () => '올바른 주소가 아닙니다.',
      tip: '`http://localhost:8010`처럼 입력해 보세요.',
    },
  };

export function ErrorPage({ error, host }: { error: PageError; host: string }) {
  const page = PAGES[error];
  return (
    <div className={styles.error} data-error={error}>
      <p className={styles.errorTitle}>{page.title}</p>
      <p className={styles.errorMessage}>{page.message(host)}</p>
      <p className={styles.errorTip}>{code(page.tip)}</p>
      <p className={styles.errorCode}>{error}</p>
    </div>
  );
}

/** `text` in backticks as <code>. */
function code(text: string) {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}
