/**
 * A page's social preview image (Open Graph, Twitter): a 1200×630 Korean title card rendered with
 * next/og (Satori and resvg, both inside Next) and Pretendard read from node_modules: no font or
 * anything else comes from the network.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import type { CSSProperties } from 'react';
import { SITE_NAME, SOCIAL_CARD_SIZE, type SocialCard } from '../../components/site/metadata';

const FONT_DIR = join(process.cwd(), 'node_modules', 'pretendard', 'dist', 'public', 'static');

let loaded: Promise<{ name: string; data: Buffer; weight: 400 | 700 }[]> | null = null;

function fonts() {
  loaded ??= Promise.all(
    (['Regular', 'Bold'] as const).map(async (style) => ({
      name: 'Pretendard',
      data: await readFile(join(FONT_DIR, `Pretendard-${style}.otf`)),
      weight: style === 'Bold' ? (700 as const) : (400 as const),
    })),
  );
  return loaded;
}

/** The site's mark: an image's two layers with the container's writable layer on top. */
export function LayerMark({ scale = 1 }: { scale?: number }) {
  const bar = (color: string, height: number) => (
    <div
      style={{
        width: 88 * scale,
        height: height * scale,
        borderRadius: 8 * scale,
        background: color,
      }}
    />
  );
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 6 * scale }}>
      {bar('#f59e0b', 22)}
      {bar('#60a5fa', 26)}
      {bar('#3b82f6', 30)}
    </div>
  );
}

/** Korean wraps between words, as on the site (word-break: keep-all): one box per word. */
function Words({ text, style }: { text: string; style: CSSProperties }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: '0.28em', ...style }}>
      {text.split(/\s+/).map((word, i) => (
        <span key={i} style={{ flexShrink: 0 }}>
          {word}
        </span>
      ))}
    </div>
  );
}

export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
  const response = new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#16181d',
        color: '#e6e8ec',
        fontFamily: 'Pretendard',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 28 }}>
        <LayerMark />
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 44, fontWeight: 700 }}>{SITE_NAME}</div>
          <div style={{ fontSize: 28, color: '#a3abbb' }}>{card.kicker}</div>
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
        <Words text={card.title} style={{ fontSize: 64, fontWeight: 700, lineHeight: 1.25 }} />
        <Words
          text={card.description}
          style={{ fontSize: 30, lineHeight: 1.5, color: '#c5ccd8' }}
        />
      </div>
    </div>,
    { ...SOCIAL_CARD_SIZE, fonts: await fonts() },
  );
  return Buffer.from(await response.arrayBuffer());
}
