/**
 * Draws the site's icons from the same shapes as app/icon.svg (a dark tile, two image layers, the
 * writable layer on top) and writes them where Next and the web manifest expect them:
 * app/favicon.ico (16, 32, 48 px), app/apple-icon.png (180 px), public/icons/icon-{192,512}.png
 * and a maskable 512 px icon with the mark inside the safe zone. The files are committed; run
 * this again after changing the mark:
 *
 *   npx tsx scripts/icons.tsx
 */
import { writeFileSync } from 'node:fs';
import { ImageResponse } from 'next/og';

/** icon.svg's shapes on its 32-unit grid, scaled to `size` px. */
function Tile({ size, maskable = false }: { size: number; maskable?: boolean }) {
  // A maskable icon may be cut to a circle of 80% of its width: the mark shrinks into it.
  const unit = (maskable ? size * 0.7 : size) / 32;
  const bar = (color: string, y: number, height: number) => (
    <div
      style={{
        position: 'absolute',
        left: 6 * unit,
        top: y * unit,
        width: 20 * unit,
        height: height * unit,
        borderRadius: 2 * unit,
        background: color,
      }}
    />
  );
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: maskable ? '#1d2433' : 'transparent',
      }}
    >
      <div
        style={{
          position: 'relative',
          display: 'flex',
          width: 32 * unit,
          height: 32 * unit,
          borderRadius: maskable ? 0 : 7 * unit,
          background: '#1d2433',
        }}
      >
        {bar('#3b82f6', 19, 7)}
        {bar('#60a5fa', 12, 6)}
        {bar('#f59e0b', 6, 5)}
      </div>
    </div>
  );
}

async function png(size: number, maskable = false): Promise<Buffer> {
  const image = new ImageResponse(<Tile size={size} maskable={maskable} />, {
    width: size,
    height: size,
  });
  return Buffer.from(await image.arrayBuffer());
}

/** An .ico holding PNG images (every browser since IE Vista reads PNG entries). */
export function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = [16, 32, 48];
  const favicon = await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })));
  writeFileSync('app/favicon.ico', ico(favicon));
  writeFileSync('app/apple-icon.png', await png(180, true));
  writeFileSync('public/icons/icon-192.png', await png(192));
  writeFileSync('public/icons/icon-512.png', await png(512));
  writeFileSync('public/icons/icon-maskable-512.png', await png(512, true));
  console.log('icons: app/favicon.ico, app/apple-icon.png, public/icons/*.png');
}
