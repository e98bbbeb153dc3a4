/** Go time formats: Go prints RFC3339Nano with trailing zeros trimmed (real: `...15.5637Z`). */
import { describe, expect, it } from 'vitest';
import { goTimeString, rfc3339, rfc3339Nano, unixSecondsString } from './time';

const t = (ms: number) => Date.UTC(2026, 10, 28, 1, 40, 15, ms);

describe('time formats', () => {
  it.each<[string, string]>([
    [rfc3339Nano(t(563)), '2026-11-28T01:40:15.563Z'],
    [rfc3339Nano(t(560)), '2026-11-28T01:40:15.56Z'],
    [rfc3339Nano(t(500)), '2026-11-28T01:40:15.5Z'],
    [rfc3339Nano(t(0)), '2026-11-28T01:40:15Z'],
    [rfc3339Nano(null), '0001-01-01T00:00:00Z'],
    [rfc3339(t(563)), '2026-11-28T01:40:15Z'],
    // docker ps --format '{{.CreatedAt}}' (real: 2026-11-28 01:40:15 +0000 UTC)
    [unixSecondsString(t(563)), '2026-11-28 01:40:15 +0000 UTC'],
    [goTimeString(t(5)), '2026-11-28 01:40:15.005 +0000 UTC'],
    [goTimeString(null), '0001-01-01 00:00:00 +0000 UTC'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
