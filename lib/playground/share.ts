/**
 * Share links: the saved playground in the URL fragment (`#play=...`, base64url of its JSON), so
 * a state travels in a link and never reaches any server.
 */
import { decodeBase64, encodeBase64 } from '../fs/base64';
import { decodeUtf8, encodeUtf8 } from '../fs';

export const SHARE_PREFIX = 'play=';

export function encodeShare(savedJson: string): string {
  const b64 = encodeBase64(encodeUtf8(savedJson));
  return SHARE_PREFIX + b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The saved playground's JSON from a fragment (with or without '#'), or null when it is not one. */
export function decodeShare(fragment: string): string | null {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith(SHARE_PREFIX)) return null;
  const body = text.slice(SHARE_PREFIX.length).replace(/-/g, '+').replace(/_/g, '/');
  const padded = body + '='.repeat((4 - (body.length % 4)) % 4);
  const bytes = decodeBase64(padded);
  if (!bytes) return null;
  try {
    return decodeUtf8(bytes);
  } catch {
    return null;
  }
}
