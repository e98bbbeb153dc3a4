'use client';
/**
 * The terminal's place in a playground. It shows the server-rendered preview (the prompt and the
 * suggested first command) until the terminal is asked for (use-live-phase.ts: scrolled to, the
 * address pointing at it, or the reader reaching for it), then loads the live terminal (xterm
 * and the simulated machine, a separate chunk) and lays it over the preview at the same size
 * (TerminalBox.tsx). Keys typed meanwhile are kept and handed to it. Below it: the toolbar, the
 * editor, the browser pane, the goals and the layer view, all on the same controller.
 */
import dynamic from 'next/dynamic';
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { GoalItem } from '@/components/exercise/GoalList';
import { GoalsSlot } from '@/components/exercise/GoalsSlot';
import { EditorSlot } from '@/components/editor/EditorSlot';
import { BrowserSlot } from '@/components/browser/BrowserSlot';
import { LayerViewPlaceholder } from '@/components/layer-view/Placeholder';
import { LoadBoundary } from '@/components/site/LoadBoundary';
import type { PlaygroundController, PlaygroundSnapshot } from '@/lib/playground';
import { usePlayground } from '@/components/playground/use-playground';
import { Toolbar } from './Toolbar';
import { useEarlyInput } from './EarlyInput';
import { KeyRow } from './KeyRow';
import { useFullScreen } from './full-screen';
import { LiveTerminal, TerminalBox } from './TerminalBox';
import { useLivePhase } from './use-live-phase';
import { usePendingRun, useResetRequests } from './use-requests';

const LayerView = dynamic(() => import('../layer-view/LayerView'), {
  ssr: false,
  loading: () => <LayerViewPlaceholder />,
});

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

const NOTE_READY =
  '터미널을 누르고 명령을 입력한 뒤 Enter를 누르세요. 흐린 글씨는 제안하는 첫 명령으로, → 키나 Tab을 누르면 입력됩니다. Esc를 누르면 터미널 밖으로 나갑니다.';
const NOTE_LOADING =
  '터미널을 누르고 바로 입력해도 됩니다. 준비가 끝나면 입력한 내용이 그대로 이어집니다. 흐린 글씨는 제안하는 첫 명령입니다.';

export function PlaygroundTerminal(props: PlaygroundTerminalProps) {
  const box = useRef<HTMLDivElement>(null);
  const t = useTerminal(box, props.scenario);
  // The controller replaces its machine on undo, reset and import; each change re-renders all
  // of this (the toolbar reads the controller's timeline, not a snapshot).
  const snapshot = usePlayground(t.controller);
  const noteId = `playground-${props.scenario}-hint`;
  const live = (
    <LiveTerminal
      scenario={props.scenario}
      label={`실습 터미널: ${props.title}`}
      describedBy={noteId}
      suggestion={props.firstCommand}
      focus={t.focus}
      onEscape={() => box.current?.focus()}
      onReady={t.ready}
      onController={t.adopt}
      takePendingRun={t.takePendingRun}
      beforeFocus={t.early.settled}
      takeEarlyInput={t.early.take}
    />
  );
  return (
    <>
      <TerminalBox
        {...props}
        box={box}
        noteId={noteId}
        phase={t.phase.phase}
        early={t.early}
        field={t.field}
        activate={t.activate}
        start={t.phase.start}
        onEscapeKey={() => t.full.set(false)}
        live={live}
      />
      <KeyRow box={box} send={t.sendKey} />
      <Toolbar
        scenario={props.scenario}
        controller={t.controller}
        status={t.status}
        onStatus={t.setStatus}
        full={t.full.on}
        onFull={t.full.set}
      />
      <p className={props.noteClassName} id={noteId}>
        {t.phase.phase === 'ready' ? NOTE_READY : NOTE_LOADING}
      </p>
      <Panels
        {...props}
        controller={t.controller}
        live={snapshot}
        activate={t.activate}
        insert={t.insertLine}
      />
    </>
  );
}

/** The terminal's state: when it starts, its controller once it has one, the keys meanwhile. */
function useTerminal(box: RefObject<HTMLDivElement | null>, scenario: string) {
  const field = useRef<HTMLTextAreaElement>(null);
  const phase = useLivePhase(box, scenario);
  const { start } = phase;
  const [focus, setFocus] = useState(false);
  const early = useEarlyInput();
  const full = useFullScreen(box);
  const [controller, setController] = useState<PlaygroundController | null>(null);
  const controllerRef = useRef<PlaygroundController | null>(null);
  const [status, setStatus] = useState('');
  useResetRequests(
    scenario,
    controllerRef,
    useCallback(() => setStatus(''), []),
  );
  const startFocused = useCallback(() => {
    setFocus(true);
    start();
  }, [start]);
  const takePendingRun = usePendingRun(scenario, phase.phase === 'ready', startFocused);
  const activate = () => {
    full.restore();
    startFocused();
  };
  const adopt = (c: PlaygroundController) => {
    controllerRef.current = c;
    if (c.notice) setStatus(c.notice);
  };
  // The panels below (layer view, goals, editor, browser pane) get the controller in a task after
  // the terminal is ready: drawing them is not on the way to a terminal that accepts input.
  const ready = () => {
    phase.ready();
    window.setTimeout(() => setController(controllerRef.current), 0);
  };
  const input = useTerminalInput(box, field, controllerRef, activate, early.push);
  return {
    phase,
    focus,
    early,
    full,
    field,
    controller,
    status,
    setStatus,
    activate,
    adopt,
    ready,
    takePendingRun,
    ...input,
  };
}

/** Keys from outside the terminal: the touch key row, and a command put on its line. */
function useTerminalInput(
  box: RefObject<HTMLDivElement | null>,
  field: RefObject<HTMLTextAreaElement | null>,
  controller: RefObject<PlaygroundController | null>,
  activate: () => void,
  keep: (data: string) => void,
) {
  const focusLive = () =>
    box.current?.querySelector<HTMLElement>('.xterm-helper-textarea')?.focus();
  return {
    /** A touch key: to the live terminal's line editor, or kept until it is live. */
    sendKey(data: string) {
      if (controller.current) {
        controller.current.input(data);
        focusLive();
      } else {
        activate();
        keep(data);
        field.current?.focus();
      }
    },
    /** From the layer view: a command put on the line (end, kill the line, type), not run. */
    insertLine(line: string) {
      if (!controller.current) return;
      controller.current.input(`\x05\x15${line}`);
      focusLive();
    },
  };
}

interface PanelsProps extends PlaygroundTerminalProps {
  controller: PlaygroundController | null;
  live: PlaygroundSnapshot | null;
  activate(): void;
  insert(line: string): void;
}

/** What sits below the terminal: the editor, the browser pane, the goals, the layer view. */
function Panels(props: PanelsProps) {
  const { scenario, controller, activate, live } = props;
  return (
    <>
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
        <LoadBoundary what="레이어 보기">
          <LayerView
            machine={live.machine}
            version={live.version}
            scenario={scenario}
            lastLine={live.change.kind === 'command' ? live.change.line : ''}
            onInsert={props.insert}
          />
        </LoadBoundary>
      ) : (
        <LayerViewPlaceholder />
      )}
    </>
  );
}
