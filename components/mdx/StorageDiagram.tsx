// The seed's missing figure "컨테이너 스토리지 구성 일반론", redrawn as text: a list styled as a
// diagram, so screen readers get the whole figure in reading order (container → mounts at their
// paths → the union below). Server component, no client JS.
import type { ReactNode } from 'react';
import styles from './StorageDiagram.module.css';
import {
  CAPTION,
  CONTAINER_VIEW,
  MOUNTS,
  UNION,
  UNION_LAYERS,
  type StorageFact,
  type StorageOption,
} from './StorageDiagram.data';
import { StorageIcon } from './StorageDiagram.icons';

function Facts({ facts }: { facts: readonly StorageFact[] }) {
  return (
    <dl className={styles.facts}>
      {facts.map((fact) => (
        <div key={fact.term} className={styles.fact}>
          <dt>{fact.term}</dt>
          <dd>{fact.text}</dd>
        </div>
      ))}
    </dl>
  );
}

function Target({ path, children }: { path: string; children?: ReactNode }) {
  return (
    <p className={styles.target}>
      <span className={styles.srOnly}>경로 </span>
      <code className={styles.path}>{path}</code>
      {children}
    </p>
  );
}

function OptionHead({ option }: { option: StorageOption }) {
  return (
    <div className={styles.head}>
      <StorageIcon kind={option.kind} className={styles.icon} />
      <p className={styles.name}>
        {option.name}
        {option.access ? (
          <>
            <span className={styles.srOnly}>, </span>
            <span className={styles.badge}>{option.access}</span>
          </>
        ) : null}
      </p>
      <p className={styles.source}>{option.source}</p>
    </div>
  );
}

function Layer({ option }: { option: StorageOption }) {
  return (
    <li className={`${styles.layer} ${styles[option.kind]}`}>
      <OptionHead option={option} />
      <Facts facts={option.facts} />
    </li>
  );
}

export function StorageDiagram() {
  return (
    <figure className={styles.root}>
      <div className={styles.canvas}>
        <div className={styles.container}>
          <StorageIcon kind="container" className={styles.containerIcon} />
          <p className={styles.containerName}>{CONTAINER_VIEW.name}</p>
          <p className={styles.containerView}>{CONTAINER_VIEW.view}</p>
          <p className={styles.containerNote}>{CONTAINER_VIEW.note}</p>
        </div>
        <ul className={styles.sources}>
          {MOUNTS.map((mount) => (
            <li key={mount.kind} className={`${styles.mount} ${styles[mount.kind]}`}>
              <Target path={mount.target} />
              <OptionHead option={mount} />
              <Facts facts={mount.facts} />
            </li>
          ))}
          <li className={styles.union}>
            <Target path={UNION.target}>
              <span className={styles.unionName}>{UNION.name}</span>
              <span className={styles.targetNote}>({UNION.note})</span>
            </Target>
            <ul className={styles.layers}>
              {UNION_LAYERS.map((layer) => (
                <Layer key={layer.kind} option={layer} />
              ))}
            </ul>
          </li>
        </ul>
      </div>
      <figcaption className={styles.caption}>
        <strong>{CAPTION.title}</strong> {CAPTION.text}
      </figcaption>
    </figure>
  );
}
