import { useId } from 'react';
import { figures, type FigureName, type ItemState } from './Figure.data';
import styles from './Figure.module.css';

/**
 * A static picture from Figure.data.ts: rows stacked top (what the container sees) to bottom.
 * Drawn in HTML, not as a scaled SVG, so its words keep the text's own size on a phone and its
 * chips wrap instead of shrinking. The picture is one image to assistive technology, named by
 * the title and described by the caption, which says the same in words. Colours come from CSS
 * classes, so the light and dark themes each get their own.
 */
export function Figure({ name }: { name: FigureName }) {
  const id = useId();
  const data = figures[name] as (typeof figures)[FigureName] | undefined;
  if (!data) return null;
  return (
    <figure className={styles.figure}>
      <div
        className={styles.picture}
        role="img"
        aria-label={data.title}
        aria-describedby={`${id}-d`}
      >
        {data.rows.map((row) => (
          <div key={row.label} className={`${styles.row} ${styles[row.kind]}`}>
            <span className={styles.label}>{row.label}</span>
            <span className={styles.items}>
              {row.items.map((item) => (
                <span key={item.name} className={chipClass(item.state)}>
                  {item.name}
                </span>
              ))}
            </span>
          </div>
        ))}
      </div>
      <figcaption className={styles.caption}>
        <strong>{data.title}.</strong> <span id={`${id}-d`}>{data.description}</span>
      </figcaption>
    </figure>
  );
}

/** A chip's classes: its state (written here, hidden, whiteout, opaque) draws its border. */
function chipClass(state: ItemState | undefined): string {
  return !state || state === 'normal' ? (styles.chip ?? '') : `${styles.chip} ${styles[state]}`;
}
