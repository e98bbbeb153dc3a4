'use client';
/**
 * Keys typed before the live terminal is ready. The preview's invisible text field covers it and
 * takes the focus on a click, a tap (it is editable, so a phone opens its keyboard), Tab, even
 * before the page's script has run, and records what is
 * typed: named keys from keydown, text from input events (typing, IME composition, paste,
 * dictation). The live terminal takes the record once it has its machine and from then on gets
 * whatever still arrives here. It waits for a composition to end before it takes the focus, so
 * a Hangul syllable is not cut in two by the focus moving.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { echoLines, keyData } from '@/lib/terminal/key-data';

export interface EarlyInput {
  /** The lines as typed so far, the last one being edited (for the preview). */
  lines: string[];
  /** Text of an IME composition in progress. */
  composing: string;
  /** Records keys (a keydown's data, text, a touch key). */
  push(data: string): void;
  /** Hands over: returns what was typed; later input goes to `forward`. */
  take(forward: (data: string) => void): string;
  setComposing(text: string): void;
  compositionStart(): void;
  compositionEnd(): void;
  isComposing(): boolean;
  /** Resolves when no IME composition is in progress (at most a second later). */
  settled(): Promise<void>;
}

export function useEarlyInput(): EarlyInput {
  const buffer = useRef('');
  const forward = useRef<((data: string) => void) | null>(null);
  const [lines, setLines] = useState<string[]>([]);
  const [composing, setComposing] = useState('');
  const composingNow = useRef(false);
  const waiting = useRef<(() => void)[]>([]);
  return {
    lines,
    composing,
    setComposing,
    compositionStart: () => void (composingNow.current = true),
    compositionEnd() {
      composingNow.current = false;
      for (const resolve of waiting.current.splice(0)) resolve();
    },
    isComposing: () => composingNow.current,
    settled() {
      if (!composingNow.current) return Promise.resolve();
      return new Promise((resolve) => {
        waiting.current.push(resolve);
        setTimeout(resolve, 1000);
      });
    },
    push(data) {
      if (data === '') return;
      if (forward.current) return forward.current(data);
      buffer.current += data;
      setLines((shown) => echoLines(shown, data));
    },
    take(next) {
      forward.current = next;
      const typed = buffer.current;
      buffer.current = '';
      return typed;
    },
  };
}

export interface EarlyInputFieldProps {
  input: EarlyInput;
  className?: string;
  label: string;
  describedBy: string;
  fieldRef: RefObject<HTMLTextAreaElement | null>;
  onFocus(): void;
  onBlur(): void;
}

/** The preview's text field: invisible, but where the keys go until the terminal is live. */
export function EarlyInputField(props: EarlyInputFieldProps) {
  const { input, fieldRef, className, label, describedBy, onFocus, onBlur } = props;
  /** How much of the field's text has been recorded (the field is emptied between words only). */
  const taken = useRef(0);
  const take = (field: HTMLTextAreaElement, clear: boolean) => {
    const text = field.value.slice(taken.current).replace(/\r?\n/g, '\r');
    taken.current = field.value.length;
    if (clear) {
      field.value = '';
      taken.current = 0;
    }
    input.setComposing('');
    input.push(text);
  };
  // Clicked and typed into before the page's script ran (the field covers the preview): start
  // now and take what is already there.
  useEffect(() => {
    const field = fieldRef.current;
    if (!field || document.activeElement !== field) return;
    onFocus();
    if (field.value !== '') take(field, true);
    // Once, when the page's script starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <textarea
      ref={fieldRef}
      className={className}
      aria-label={label}
      aria-describedby={describedBy}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      spellCheck={false}
      rows={1}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={(event) => {
        if (event.nativeEvent.isComposing || input.isComposing()) return;
        const data = keyData(event);
        // Tab before anything is typed moves on (keyboard navigation); Esc does nothing yet.
        if (data === null || data === '\x1b' || (data === '\t' && input.lines.length === 0)) return;
        event.preventDefault();
        input.push(data);
      }}
      onCompositionStart={input.compositionStart}
      onCompositionUpdate={(event) => input.setComposing(event.data)}
      onCompositionEnd={(event) => {
        // Not emptied here: a Korean IME may already be composing the next syllable.
        take(event.currentTarget, false);
        input.compositionEnd();
      }}
      onInput={(event) => {
        if (!input.isComposing()) take(event.currentTarget, true);
      }}
    />
  );
}
