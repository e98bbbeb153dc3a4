'use client';
/**
 * The search dialog (a modal <dialog>: Esc closes it, focus stays inside). The query box is a
 * searchbox whose arrow keys move through the results (aria-activedescendant), Enter opens the
 * chosen subsection. Results come from Pagefind, grouped by page.
 */
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { loadPagefind } from './pagefind';
import type { SearchGroup } from './results';
import { useSearch } from './useSearch';
import styles from './Search.module.css';

/** Starts loading Pagefind (its library, wasm and index metadata) before the dialog needs it. */
export function preloadSearch() {
  void loadPagefind().catch(() => undefined);
}

export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const id = useId();
  const [query, setQuery] = useState('');
  const state = useSearch(query);
  // The highlighted result; new results start again at the first one.
  const [selection, setSelection] = useState({ groups: state.groups, index: 0 });
  const active = selection.groups === state.groups ? selection.index : 0;
  const setActive = (index: number) => setSelection({ groups: state.groups, index });
  const hits = state.groups.flatMap((g) => g.hits);
  const optionId = (index: number) => `${id}-hit-${index}`;

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  function go(url: string) {
    dialog.current?.close();
    router.push(url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (hits.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = (active + step + hits.length) % hits.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) go(hit.url);
    }
  }

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialog.current) dialog.current.close();
      }}
    >
      <div className={styles.panel}>
        <h2 id={`${id}-title`} className={styles.srOnly}>
          노트와 실습 검색
        </h2>
        <div className={styles.queryRow}>
          <input
            type="search"
            className={styles.query}
            aria-label="검색어"
            placeholder="노트와 실습에서 찾기: 기록 중 복사, volume, docker diff…"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="go"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            aria-controls={`${id}-results`}
            aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
            autoFocus
          />
          <button type="button" className={styles.close} onClick={() => dialog.current?.close()}>
            닫기
          </button>
        </div>
        <p className={styles.status} role="status">
          {statusText(query, state)}
        </p>
        <Results
          id={`${id}-results`}
          query={state.phase === 'done' ? state.query : undefined}
          groups={state.groups}
          active={active}
          optionId={optionId}
          onChoose={go}
          onPoint={setActive}
        />
        <p className={styles.help} aria-hidden="true">
          <kbd>↑</kbd> <kbd>↓</kbd> 이동 · <kbd>Enter</kbd> 열기 · <kbd>Esc</kbd> 닫기
        </p>
      </div>
    </dialog>
  );
}

interface ResultsProps {
  id: string;
  /** The query the results are for, once they are complete. */
  query: string | undefined;
  groups: SearchGroup[];
  active: number;
  optionId(index: number): string;
  onChoose(url: string): void;
  onPoint(index: number): void;
}

/** The results, grouped by page: one listbox, each hit an option (numbered across groups). */
function Results({ id, query, groups, active, optionId, onChoose, onPoint }: ResultsProps) {
  let index = 0;
  return (
    <div
      id={id}
      role="listbox"
      aria-label="검색 결과"
      className={styles.results}
      data-query={query}
    >
      {groups.map((group) => (
        <div key={group.url} role="group" aria-label={group.title} className={styles.group}>
          <p className={styles.groupTitle} aria-hidden="true">
            {group.title}
          </p>
          {group.hits.map((hit) => {
            const at = index++;
            return (
              <div
                key={hit.url}
                id={optionId(at)}
                role="option"
                aria-selected={at === active}
                className={styles.hit}
                data-url={hit.url}
                onClick={() => onChoose(hit.url)}
                onPointerMove={() => onPoint(at)}
              >
                <span className={styles.hitTitle}>{hit.title}</span>
                <span className={styles.excerpt}>
                  {hit.excerpt.map((part, i) =>
                    part.mark ? <mark key={i}>{part.text}</mark> : part.text,
                  )}
                </span>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

function statusText(query: string, state: { phase: string; groups: SearchGroup[] }): string {
  if (state.phase === 'error')
    return '검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도해 보세요.';
  if (query.trim() === '') return '찾을 낱말을 입력하세요. 한국어 낱말의 앞부분만 써도 찾습니다.';
  if (state.phase === 'loading') return '찾는 중…';
  const count = state.groups.reduce((n, g) => n + g.hits.length, 0);
  if (count === 0) return `‘${query.trim()}’에 맞는 결과가 없습니다.`;
  return `결과 ${count}개 (${state.groups.length}개 페이지)`;
}
