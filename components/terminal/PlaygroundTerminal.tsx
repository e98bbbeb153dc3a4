'use client';
/**
 * The terminal's place in a playground. It shows the server-rendered preview (the prompt and the
 * suggested first command) until the playground comes near the viewport or is touched, then
 * loads the live terminal (xterm and the simulated machine, a separate chunk) and lays it over
 * the preview at the same size. Keys typed meanwhile are kept and handed to it.
 */
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { GoalItem } from '@/components/exercise/GoalList';
import { GoalsSlot } from '@/components/exercise/GoalsSlot';
import { EditorSlot } from '@/components/editor/EditorSlot';
import { BrowserSlot } from '@/components/browser/BrowserSlot';
import { LayerViewPlaceholder } from '@/components/layer-view/Placeholder';
import type { PlaygroundController } from '@/lib/playground';
import {
  RESET_EVENT,
  RUN_EVENT,
  SAVE_KEY_PREFIX,
  type ResetRequest,
  type RunRequest,
} from '@/components/playground/events';
import { browserStore } from '@/components/playground/storage';
import { usePlayground } from '@/components/playground/use-playground';
import { Toolbar } from './Toolbar';
import { EarlyInputField, useEarlyInput } from './EarlyInput';
import { KeyRow } from './KeyRow';
import { useFullScreen } from './full-screen';
import { Preview } from './Preview';
import { warmUpNearPlaygrounds } from './warm-up';
import previewStyles from './Preview.module.css';

/** One import site, so the early download and the component share one chunk group. */
const loadLiveTerminal = () => import('./LiveTerminal');
const LiveTerminal = dynamic(loadLiveTerminal, { ssr: false });
warmUpNearPlaygrounds(loadLiveTerminal);
const LayerView = dynamic(() => import('../layer-view/LayerView'), {
  ssr: false,
  loading: () => <LayerViewPlaceholder />,
});

type Phase = 'idle' | 'loading' | 'ready';

export interface PlaygroundTerminalProps {
  scenario: string;
  title: string;
  firstCommand: string;
  /** The host shell's prompt, as the live terminal will show it. */
  prompt: string;
  className?: string;
  noteClassName?: string;
  /** The exercise's goals, shown unchecked until the machine can be asked. */
  goals: GoalItem[];
  /** The exercise's editable host files (the editor's tabs). */
  files: string[];
}

export function PlaygroundTerminal(props: PlaygroundTerminalProps) {
  const { scenario, title, firstCommand, className, noteClassName } = props;
  const box = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [focus, setFocus] = useState(false);
  const [fieldFocused, setFieldFocused] = useState(false);
  const early = useEarlyInput();
  const full = useFullScreen(box);
  const [controller, setController] = useState<PlaygroundController | null>(null);
  // The controller replaces its machine on undo, reset and import; each change re-renders.
  const live = usePlayground(controller);
  const [status, setStatus] = useState('');
  const noteId = `playground-${scenario}-hint`;

  useEffect(() => {
    const el = box.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        setPhase((p) => (p === 'idle' ? 'loading' : p));
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const controllerRef = useRef<PlaygroundController | null>(null);

  // A share link for this playground: start it at once and bring it into view.
  useEffect(() => {
    if (!location.hash.startsWith('#play=')) return;
    void import('@/lib/playground/share').then(({ decodeShare }) => {
      if (decodeShare(location.hash)?.scenario !== scenario) return;
      box.current?.scrollIntoView({ block: 'center' });
      setPhase((p) => (p === 'idle' ? 'loading' : p));
    });
  }, [scenario]);

  // "처음부터" (here or from the exercise's panel): the machine goes back to the start.
  useEffect(() => {
    const onReset = (event: Event) => {
      const request = (event as CustomEvent<ResetRequest>).detail;
      if (request?.scenario !== undefined && request.scenario !== scenario) return;
      if (controllerRef.current) void controllerRef.current.reset();
      else browserStore()?.remove(SAVE_KEY_PREFIX + scenario);
      setStatus('');
    };
    window.addEventListener(RESET_EVENT, onReset);
    return () => window.removeEventListener(RESET_EVENT, onReset);
  }, [scenario]);
  const activate = () => {
    setFocus(true);
    full.restore();
    setPhase((p) => (p === 'idle' ? 'loading' : p));
  };

  /** A touch key: to the live terminal's line editor, or kept until it is live. */
  const sendKey = (data: string) => {
    if (controllerRef.current) {
      controllerRef.current.input(data);
      box.current?.querySelector<HTMLElement>('.xterm-helper-textarea')?.focus();
    } else {
      activate();
      early.push(data);
      field.current?.focus();
    }
  };

  // A "▶ 실행" button before the terminal is up: start it and hand the lines over once it is.
  const pendingRun = useRef<string[] | null>(null);
  const ready = useRef(false);
  useEffect(() => {
    ready.current = phase === 'ready';
  }, [phase]);
  useEffect(() => {
    const onRun = (event: Event) => {
      const request = (event as CustomEvent<RunRequest>).detail;
      if (request?.scenario !== scenario || ready.current) return;
      pendingRun.current = request.lines;
      setFocus(true);
      setPhase((p) => (p === 'idle' ? 'loading' : p));
    };
    window.addEventListener(RUN_EVENT, onRun);
    return () => window.removeEventListener(RUN_EVENT, onRun);
  }, [scenario]);

  /** From the layer view: a command put on the terminal's line (end, kill the line, type), not run. */
  const insertLine = (line: string) => {
    if (!controllerRef.current) return;
    controllerRef.current.input(`\x05\x15${line}`);
    box.current?.querySelector<HTMLElement>('.xterm-helper-textarea')?.focus();
  };

  return (
    <>
      <div
        ref={box}
        className={className}
        data-terminal={phase}
        // The Esc target once live; before that the preview's text field is the tab stop.
        tabIndex={phase === 'ready' ? -1 : undefined}
        onPointerDown={activate}
        onMouseDown={(event) => {
          if (phase === 'ready') return;
          // Into the text field (a phone opens its keyboard), not onto the box.
          event.preventDefault();
          field.current?.focus();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && event.target === box.current) full.set(false);
        }}
      >
        <div hidden={phase === 'ready'} aria-label="실습 터미널 미리 보기" role="group">
          <Preview
            prompt={props.prompt}
            suggestion={firstCommand}
            lines={early.lines}
            composing={early.composing}
            cursor={fieldFocused}
          />
          {phase !== 'ready' && (
            <EarlyInputField
              input={early}
              fieldRef={field}
              className={previewStyles.field}
              label={`실습 터미널: ${title}`}
              describedBy={noteId}
              onFocus={() => {
                setFieldFocused(true);
                activate();
              }}
              onBlur={() => setFieldFocused(false)}
            />
          )}
        </div>
        {phase !== 'idle' && (
          <LiveTerminal
            scenario={scenario}
            label={`실습 터미널: ${title}`}
            describedBy={noteId}
            suggestion={firstCommand}
            focus={focus}
            onEscape={() => box.current?.focus()}
            onReady={() => setPhase('ready')}
            onController={(c) => {
              controllerRef.current = c;
              setController(c);
              if (c.notice) setStatus(c.notice);
            }}
            takePendingRun={() => {
              const lines = pendingRun.current;
              pendingRun.current = null;
              return lines;
            }}
            beforeFocus={early.settled}
            takeEarlyInput={early.take}
          />
        )}
      </div>
      <KeyRow box={box} send={sendKey} />
      <Toolbar
        scenario={scenario}
        controller={controller}
        status={status}
        onStatus={setStatus}
        full={full.on}
        onFull={full.set}
      />
      <p className={noteClassName} id={noteId}>
        {phase === 'ready'
          ? '터미널을 누르고 명령을 입력한 뒤 Enter를 누르세요. 흐린 글씨는 제안하는 첫 명령으로, → 키나 Tab을 누르면 입력됩니다. Esc를 누르면 터미널 밖으로 나갑니다.'
          : '터미널을 누르고 바로 입력해도 됩니다. 준비가 끝나면 입력한 내용이 그대로 이어집니다. 흐린 글씨는 제안하는 첫 명령입니다.'}
      </p>
      <EditorSlot
        scenario={scenario}
        controller={controller}
        files={props.files}
        activate={activate}
      />
      <BrowserSlot controller={controller} />
      <GoalsSlot
        scenario={scenario}
        goals={props.goals}
        controller={controller}
        activate={activate}
      />
      {live ? (
        <LayerView
          machine={live.machine}
          version={live.version}
          scenario={scenario}
          lastLine={live.change.kind === 'command' ? live.change.line : ''}
          onInsert={insertLine}
        />
      ) : (
        <LayerViewPlaceholder />
      )}
    </>
  );
}
