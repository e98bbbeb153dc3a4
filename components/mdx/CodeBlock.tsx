import type { ComponentPropsWithoutRef } from 'react';
import { CopyButton } from './CopyButton';
import styles from './CodeBlock.module.css';

/**
 * A fenced code block, already highlighted at build time by Shiki (light and dark colours as CSS
 * variables, so the theme switch needs no JavaScript). Only the copy button is client code.
 */
export function CodeBlock({ className, ...props }: ComponentPropsWithoutRef<'pre'>) {
  return (
    <div className={styles.block} data-code-block="">
      <pre className={[className, styles.pre].filter(Boolean).join(' ')} {...props} />
      <CopyButton className={styles.copy} />
    </div>
  );
}
