import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" style={{ maxWidth: '40rem', margin: '0 auto', padding: '4rem 1.25rem' }}>
      <h1>페이지를 찾을 수 없습니다</h1>
      <p>주소가 바뀌었거나 잘못 입력된 것 같습니다.</p>
      <p>
        <Link href="/">처음 화면으로 돌아가기</Link>
      </p>
    </main>
  );
}
