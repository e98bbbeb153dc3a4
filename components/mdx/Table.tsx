import type { ComponentPropsWithoutRef } from 'react';
import styles from './Table.module.css';

/** Wide tables scroll inside their own box instead of widening the page on small screens. */
export function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label="표">
      <table {...props} />
    </div>
  );
}
