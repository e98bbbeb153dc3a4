import type { ComponentPropsWithoutRef } from 'react';
import styles from './Table.module.css';

/**
 * Wide tables scroll inside their own box instead of widening the page on small screens. The box
 * is focusable (keyboard scrolling) and a labelled group, not a region landmark: a page may hold
 * several tables, and landmarks must be unique.
 */
export function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className={styles.scroller} tabIndex={0} role="group" aria-label="표">
      <table {...props} />
    </div>
  );
}
