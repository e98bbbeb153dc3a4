/** Which colour (a CSS class of LayerView.module.css) stands for which source. */
import type { MountInfo, Source } from '@/lib/layers';
import styles from './LayerView.module.css';

export function toneOf(source: Source, mounts: readonly MountInfo[]): string {
  if (source.kind === 'writable') return styles.toneWritable!;
  if (source.kind === 'image') return source.index % 2 ? styles.toneImage! : styles.toneImage2!;
  const m = mounts.find((x) => x.target === source.target);
  return mountTone(m?.kind ?? 'volume');
}

export function mountTone(kind: MountInfo['kind']): string {
  if (kind === 'bind') return styles.toneBind!;
  if (kind === 'tmpfs') return styles.toneTmpfs!;
  if (kind === 'share') return styles.toneShare!;
  return styles.toneVolume!;
}

/** The short tag beside a path in the tree. */
export function shortSource(source: Source, mounts: readonly MountInfo[]): string {
  if (source.kind === 'image') return `레이어 ${source.index}`;
  if (source.kind === 'writable') return '기록 가능';
  const m = mounts.find((x) => x.target === source.target);
  if (m?.kind === 'bind') return '바인드';
  if (m?.kind === 'tmpfs') return 'tmpfs';
  if (m?.kind === 'share') return '공유';
  return '볼륨';
}
