/**
 * Window events between a page's parts and its playgrounds (the code blocks' "▶ 실행" is in
 * components/mdx/RunButton.tsx). Plain CustomEvents: the parts load at different times.
 */

/** Ask a playground to go back to its exercise's start (detail: ResetRequest). */
export const RESET_EVENT = 'layerlab:reset';

export interface ResetRequest {
  /** The playground's scenario id; omitted: every playground on the page. */
  scenario?: string;
}

export function requestReset(scenario?: string): void {
  window.dispatchEvent(new CustomEvent<ResetRequest>(RESET_EVENT, { detail: { scenario } }));
}

/** Where a playground's machine is saved in localStorage (one key per scenario). */
export const SAVE_KEY_PREFIX = 'layerlab:playground:';

/**
 * Enter is about to reach a playground's shell (detail: CommandRequest): the editor saves its
 * unsaved tabs first, so the command reads what the learner sees (`docker build` after an edit).
 * Dispatched synchronously, so every listener has run before the line does.
 */
export const BEFORE_COMMAND_EVENT = 'layerlab:before-command';

export interface CommandRequest {
  scenario: string;
}

export function announceCommand(scenario: string): void {
  window.dispatchEvent(
    new CustomEvent<CommandRequest>(BEFORE_COMMAND_EVENT, { detail: { scenario } }),
  );
}
