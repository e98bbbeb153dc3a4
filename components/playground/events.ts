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
