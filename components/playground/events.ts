/**
 * Window events between a page's parts and its playgrounds: requests (run these lines, go back to
 * the start), not change notices (those come from the controller's subscription). Plain
 * CustomEvents: the parts load at different times.
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

/** A code block's "▶ 실행" asks its section's playground terminal to run lines (detail: RunRequest). */
export const RUN_EVENT = 'layerlab:run';

export interface RunRequest {
  /** The `scenario` of the playground that should run the lines. */
  scenario: string;
  lines: string[];
}

export function requestRun(request: RunRequest): void {
  window.dispatchEvent(new CustomEvent<RunRequest>(RUN_EVENT, { detail: request }));
}
