import { useId } from 'react';
import { figures, type FigureName, type ItemState } from './Figure.data';
import styles from './Figure.module.css';

const WIDTH = 440;
const ROW = 70;
const CHIP_W = 132;
const CHIP_H = 28;
const GAP = 10;
const LEFT = 12;

const MARK: Record<ItemState, string> = {
  normal: '',
  new: '',
  hidden: ' (가려짐)',
  whiteout: '',
  opaque: '',
};

/**
 * A static picture from Figure.data.ts: rows stacked top (what the container sees) to bottom,
 * as an SVG whose title and description say the same in words. Colours come from CSS classes,
 * so the light and dark themes each get their own.
 */
export function Figure({ name }: { name: FigureName }) {
  const id = useId();
  const data = figures[name] as (typeof figures)[FigureName] | undefined;
  if (!data) return null;
  const height = data.rows.length * ROW + 8;
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>{data.title}</title>
        <desc id={`${id}-d`}>{data.description}</desc>
        {data.rows.map((row, r) => {
          const y = r * ROW + 4;
          return (
            <g key={row.label} className={styles[row.kind]}>
              <rect className={styles.band} x={2} y={y} width={WIDTH - 4} height={ROW - 8} rx={8} />
              <text className={styles.label} x={LEFT} y={y + 18}>
                {row.label}
              </text>
              {row.items.map((item, i) => {
                const x = LEFT + i * (CHIP_W + GAP);
                const state: ItemState = item.state ?? 'normal';
                return (
                  <g key={item.name} className={styles[state]}>
                    <rect
                      className={styles.chip}
                      x={x}
                      y={y + 26}
                      width={CHIP_W}
                      height={CHIP_H}
                      rx={6}
                    />
                    <text className={styles.chipText} x={x + CHIP_W / 2} y={y + 45}>
                      {item.name}
                      {MARK[state] ? <tspan className={styles.srOnly}>{MARK[state]}</tspan> : null}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className={styles.caption}>
        <strong>{data.title}.</strong> {data.description}
      </figcaption>
    </figure>
  );
}
