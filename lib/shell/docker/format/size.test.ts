/**
 * Every row was printed by the real CLI 28.2.2 / daemon 20.10.24 for a container (`docker ps -s`,
 * precision 3) or a volume (`docker system df -v`, precision 4) holding exactly that many bytes
 * (`head -c N /dev/zero`), unless marked otherwise. Note Go's %g quirks: `1e+03kB` and half-even
 * rounding of exact ties (1125 B → `1.12kB`, 1062500 B → `1.062MB`).
 */
import { describe, expect, it } from 'vitest';
import { goFormatG, humanSize, humanSizeWithPrecision } from './size';

describe('humanSize (precision 3: ps -s, images, system df -v SIZE)', () => {
  it.each<[number, string]>([
    [0, '0B'],
    [999, '999B'],
    [1000, '1kB'],
    [1005, '1kB'],
    [1125, '1.12kB'],
    [2048, '2.05kB'],
    [102400, '102kB'],
    [999999, '1e+03kB'],
    [1062500, '1.06MB'],
    [1984172, '1.98MB'], // image size of diamol/base
    [1985297, '1.99MB'], // virtual = 1125 + image
    [2050036, '2.05MB'],
    [2086572, '2.09MB'],
    [2984171, '2.98MB'],
    [3046672, '3.05MB'],
    [4034208, '4.03MB'],
    [1_200_000_000, '1.2GB'], // docs/semantics.md#sizes example (not recorded)
  ])('%d B → %s', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });
});

describe('humanSizeWithPrecision(…, 4) (system df summary, volume sizes, reclaimed space)', () => {
  it.each<[number, string]>([
    [0, '0B'],
    [21, '21B'], // reference-transcripts.md: "Total reclaimed space: 21B"
    [999, '999B'],
    [1000, '1kB'],
    [1005, '1.005kB'],
    [1125, '1.125kB'],
    [2048, '2.048kB'],
    [102400, '102.4kB'], // reference-transcripts.md system df
    [307200, '307.2kB'], // reference-transcripts.md system df
    [999999, '1000kB'],
    [1062500, '1.062MB'],
    [1984172, '1.984MB'],
    [2050036, '2.05MB'],
  ])('%d B → %s', (bytes, text) => {
    expect(humanSizeWithPrecision(bytes, 4)).toBe(text);
    expect(humanSize(bytes, 4)).toBe(text);
  });
});

describe("goFormatG: Go's %.<p>g (derived from Go's strconv rules)", () => {
  it.each<[number, number, string]>([
    [0, 3, '0'],
    [1, 3, '1'],
    [2.5, 1, '2'],
    [3.5, 1, '4'],
    [999.5, 3, '1e+03'],
    [123456, 3, '1.23e+05'],
    [0.00012, 3, '0.00012'],
    [0.000012, 3, '1.2e-05'],
  ])('%d with precision %d → %s', (x, p, text) => {
    expect(goFormatG(x, p)).toBe(text);
  });
});
