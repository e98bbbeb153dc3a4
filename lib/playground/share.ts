/**
 * Share links: what a reader did, not the machine (`#play=...`, base64url of a small JSON): the
 * exercise, its seed and the steps, replayed on the recipient's page. A typical session fits in
 * a few hundred characters, and the link never reaches any server (it is a fragment).
 */
import { decodeBase64, encodeBase64, decodeUtf8, encodeUtf8 } from '../fs';
import { parseSteps, type Step } from './steps';

export const SHARE_PREFIX = 'play=';
const SHARE_VERSION = 1;

export interface SharedSession {
  scenario: string;
  seed: number;
  steps: Step[];
}

/** The fragment (without '#') that reproduces `session`. */
export function encodeShare(session: SharedSession): string {
  const json = JSON.stringify({
    v: SHARE_VERSION,
    s: session.scenario,
    r: session.seed,
    t: session.steps.map((step) =>
      'line' in step && Object.keys(step).length === 1 ? step.line : step,
    ),
  });
  const b64 = encodeBase64(encodeUtf8(json));
  return SHARE_PREFIX + b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The shared session in a fragment (with or without '#'), or null when it is not a valid one. */
export function decodeShare(fragment: string): SharedSession | null {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith(SHARE_PREFIX)) return null;
  const body = text.slice(SHARE_PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return null;
  const padded = body.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = decodeBase64(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  if (!bytes) return null;
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes));
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (v.v !== SHARE_VERSION || typeof v.s !== 'string' || !Number.isSafeInteger(v.r)) return null;
  if (!Array.isArray(v.t)) return null;
  const steps = parseSteps(v.t.map((item) => (typeof item === 'string' ? { line: item } : item)));
  return steps ? { scenario: v.s, seed: v.r as number, steps } : null;
}
