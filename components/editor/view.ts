/** What the panel gives an editor view (the Monaco one or the plain textarea). */
export interface EditorViewProps {
  /** Per-playground key, so two playgrounds' editors never share a model. */
  scenario: string;
  /** Absolute host path of the open file. */
  path: string;
  /** Accessible name of the text area. */
  label: string;
  /** Id of the visible label (the path bar) for the plain editor. */
  inputId: string;
  text: string;
  /** Changes when `text` was replaced from the host rather than typed. */
  version: number;
  onChange(text: string): void;
  /** Ctrl/Cmd+S with what the view holds now. */
  onSave(text: string): void;
  /** Esc: the focus moves past the editor (to its hint), from where Tab leaves it. */
  onEscape(): void;
  /** The view got the focus (an unmodified file is re-read from the host). */
  onFocus(): void;
}

export const isSaveKey = (e: {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  key: string;
}) => (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's';
