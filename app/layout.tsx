import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
// The code blocks' token colours (scripts/mdx/rehype-code.mjs): here, in the site's one global
// stylesheet, a few hundred bytes; imported by the code block, it split the pages' CSS in two.
import '@/components/mdx/code-colors.css';
import { Header } from '@/components/site/Header';
import { ServiceWorkerUpdate } from '@/components/offline/ServiceWorkerUpdate';
import { EarlyEvents } from '@/components/site/EarlyEvents';
import { themeInitScript } from '@/components/site/theme';
import { SITE_DESCRIPTION, SITE_NAME, SITE_TITLE, SITE_URL } from '@/components/site/metadata';
import { pretendard } from './fonts/pretendard';

export const metadata: Metadata = {
  metadataBase: SITE_URL,
  title: { default: SITE_TITLE, template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
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
        <EarlyEvents />
      </body>
    </html>
  );
}
