'use client';
/**
 * The terminal's box in a playground: the server-rendered preview (the prompt and the suggested
 * first command, with a text field that keeps what is typed) until the live terminal (xterm and
 * the simulated machine, a separate chunk) is ready over it at the same size.
 */
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import type { LiveTerminalProps } from './LiveTerminal';
import { EarlyInputField, type EarlyInput } from './EarlyInput';
import { Preview } from './Preview';
import type { Phase } from './use-live-phase';
import { warmUpNearPlaygrounds } from './warm-up';
import previewStyles from './Preview.module.css';
import styles from './TerminalBox.module.css';

type LiveTerminalComponent = typeof import('./LiveTerminal').default;

/** The live terminal's code, once its chunk has run (a playground started before). */
let loadedTerminal: LiveTerminalComponent | null = null;

/** One import site, so the early download and the component share one chunk group. */
const loadLiveTerminal = () =>
  import('./LiveTerminal').then((m) => {
    loadedTerminal = m.default;
    return m;
  });
warmUpNearPlaygrounds(loadLiveTerminal);

/**
 * The live terminal: its chunk loads when it is first rendered (in the box, once asked for), and
 * it shows as soon as the chunk has run. Not `next/dynamic`: that suspends, and React holds back
 * content revealed after a Suspense fallback until about 300 ms after the fallback showed, which
 * on a page opened at a playground's anchor was a third of the wait for its terminal.
 */
export function LiveTerminal(props: LiveTerminalProps) {
  const [loaded, setLoaded] = useState<LiveTerminalComponent | 'failed' | null>(
    () => loadedTerminal,
  );
  useEffect(() => {
    if (loaded) return;
    let current = true;
    loadLiveTerminal().then(
      (m) => current && setLoaded(() => m.default),
      () => current && setLoaded('failed'),
    );
    return () => {
      current = false;
    };
  }, [loaded]);
  if (loaded === 'failed')
    return (
      <p role="alert" className={styles.failed}>
        터미널을 불러오지 못했습니다. 네트워크를 확인하고 페이지를 새로 고쳐 주세요.
      </p>
    );
  const Live = loaded;
  return Live ? <Live {...props} /> : null;
}

export interface TerminalBoxProps {
  box: RefObject<HTMLDivElement | null>;
  scenario: string;
  title: string;
  firstCommand: string;
  prompt: string;
  className?: string;
  noteId: string;
  phase: Phase;
  early: EarlyInput;
  /** The reader reached for the terminal (pointer down, focus): start it and take the focus. */
  activate(): void;
  /** Start it without moving the focus (a pointer over it). */
  start(): void;
  onEscapeKey(): void;
  /** The live terminal, once it is asked for. */
  live: ReactNode;
  field: RefObject<HTMLTextAreaElement | null>;
}

export function TerminalBox(props: TerminalBoxProps) {
  const { box, phase, field } = props;
  return (
    <div
      ref={box}
      className={props.className}
      data-terminal={phase}
      // The Esc target once live; before that the preview's text field is the tab stop.
      tabIndex={phase === 'ready' ? -1 : undefined}
      onPointerEnter={props.start}
      onPointerDown={props.activate}
      onMouseDown={(event) => {
        if (phase === 'ready') return;
        // Into the text field (a phone opens its keyboard), not onto the box.
        event.preventDefault();
        field.current?.focus();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && event.target === box.current) props.onEscapeKey();
      }}
    >
      <PreviewGroup {...props} />
      {phase !== 'idle' && props.live}
    </div>
  );
}

/** The preview and its text field, until the live terminal is ready. */
function PreviewGroup(props: TerminalBoxProps) {
  const { phase, early } = props;
  const [fieldFocused, setFieldFocused] = useState(false);
  return (
    <div hidden={phase === 'ready'} aria-label="실습 터미널 미리 보기" role="group">
      <Preview
        prompt={props.prompt}
        suggestion={props.firstCommand}
        lines={early.lines}
        composing={early.composing}
        cursor={fieldFocused}
      />
      {phase !== 'ready' && (
        <EarlyInputField
          input={early}
          fieldRef={props.field}
          className={previewStyles.field}
          label={`실습 터미널: ${props.title}`}
          describedBy={props.noteId}
          onFocus={() => {
            setFieldFocused(true);
            props.activate();
          }}
          onBlur={() => setFieldFocused(false)}
        />
      )}
    </div>
  );
}
