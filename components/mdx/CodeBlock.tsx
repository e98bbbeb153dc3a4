import { isValidElement, type ComponentPropsWithoutRef } from 'react';
import { CopyButton } from './CopyButton';
import { RunButton } from './RunButton';
import styles from './CodeBlock.module.css';

/**
 * A fenced code block, already highlighted at build time by Shiki (each token's light and dark
 * colours in a class of code-colors.css, which the root layout loads, so the theme switch needs no
 * JavaScript). Only the buttons are client code: copy, and for shell commands "▶ 실행", which runs
 * them in the section's playground terminal.
 */
export function CodeBlock({ className, children, ...props }: ComponentPropsWithoutRef<'pre'>) {
  const language = isValidElement<{ className?: string }>(children)
    ? children.props.className
    : undefined;
  const runnable = language?.split(' ').includes('language-bash') ?? false;
  return (
    <div className={styles.block} data-code-block="" data-runnable={runnable ? '' : undefined}>
      <pre className={[className, styles.pre].filter(Boolean).join(' ')} {...props}>
        {children}
      </pre>
      <div className={styles.actions}>
        {runnable ? <RunButton className={styles.run} /> : null}
        <CopyButton className={styles.copy} />
      </div>
    </div>
  );
}
