import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import styles from './Heading.module.css';

type HeadingProps = ComponentPropsWithoutRef<'h2'> & { children?: ReactNode };

function anchored(Tag: 'h2' | 'h3' | 'h4') {
  function AnchoredHeading({ id, children, ...rest }: HeadingProps) {
    return (
      <Tag id={id} className={styles.heading} {...rest}>
        {children}
        {id ? (
          // The "#" is drawn by CSS: no text for search to index nor a span to repeat per heading.
          <a className={styles.anchor} href={`#${id}`} aria-label="이 제목으로 바로 가는 링크" />
        ) : null}
      </Tag>
    );
  }
  AnchoredHeading.displayName = `Anchored${Tag.toUpperCase()}`;
  return AnchoredHeading;
}

export const H2 = anchored('h2');
export const H3 = anchored('h3');
export const H4 = anchored('h4');
