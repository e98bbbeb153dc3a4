import Link from 'next/link';
import { SearchButton } from '@/components/search/SearchButton';
import { ThemeToggle } from './ThemeToggle';
import styles from './Header.module.css';

export function Header() {
  return (
    <header className={styles.header}>
      <a className={styles.skip} href="#main">
        본문으로 건너뛰기
      </a>
      <Link href="/" className={styles.brand}>
        <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
          <rect x="4" y="18" width="24" height="8" rx="2" fill="var(--layer-image)" />
          <rect x="4" y="10" width="24" height="7" rx="2" fill="var(--layer-image-2)" />
          <rect x="4" y="3" width="24" height="6" rx="2" fill="var(--layer-writable)" />
        </svg>
        <span>레이어랩</span>
      </Link>
      <span className={styles.tagline}>도커 스토리지를 브라우저에서</span>
      <div className={styles.actions}>
        <SearchButton />
        <Link href="/playground/" className={styles.nav}>
          자유 실습장
        </Link>
        <ThemeToggle />
      </div>
    </header>
  );
}
