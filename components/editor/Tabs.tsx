'use client';
/** The editor's file tabs (WAI-ARIA tabs: arrows, Home and End move and select). */
import { useRef, type KeyboardEvent } from 'react';
import styles from './Editor.module.css';

export interface TabItem {
  path: string;
  label: string;
  modified: boolean;
}

export interface TabsProps {
  id: string;
  tabs: readonly TabItem[];
  active: number;
  onSelect(index: number): void;
}

export const tabId = (id: string, index: number) => `${id}-tab-${index}`;
export const panelIdOf = (id: string) => `${id}-panel`;

export function Tabs({ id, tabs, active, onSelect }: TabsProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: KeyboardEvent) => {
    const last = tabs.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? active === last
          ? 0
          : active + 1
        : e.key === 'ArrowLeft'
          ? active === 0
            ? last
            : active - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(next);
    buttons.current[next]?.focus();
  };
  return (
    <div className={styles.tabs} role="tablist" aria-label="편집할 파일" onKeyDown={move}>
      {tabs.map((tab, i) => (
        <button
          key={tab.path}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          role="tab"
          id={tabId(id, i)}
          className={styles.tab}
          aria-selected={i === active}
          aria-controls={panelIdOf(id)}
          tabIndex={i === active ? 0 : -1}
          title={tab.path}
          onClick={() => onSelect(i)}
        >
          {tab.label}
          {tab.modified && (
            <>
              <span className={styles.dot} aria-hidden="true">
                ●
              </span>
              <span className={styles.visuallyHidden}> (저장 안 됨)</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
