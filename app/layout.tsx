import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { Header } from '@/components/site/Header';
import { ServiceWorkerUpdate } from '@/components/offline/ServiceWorkerUpdate';
import { themeInitScript } from '@/components/site/theme';
import { pretendard } from './fonts/pretendard';

export const metadata: Metadata = {
  title: { default: '레이어랩: 도커 스토리지를 브라우저에서 배우기', template: '%s | 레이어랩' },
  description:
    '이미지 레이어, 기록 가능 레이어, 볼륨과 바인드 마운트까지. 도커가 데이터를 저장하는 방법을 한국어로 읽고, 브라우저 안의 실습으로 익힙니다.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#16181d' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko" className={pretendard.variable} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>
        <Header />
        {children}
        <ServiceWorkerUpdate />
      </body>
    </html>
  );
}
