/**
 * Where the playground's per-Enter save goes: the machine's snapshot object, its JSON, the saved
 * envelope around it, and localStorage.setItem of that text in Chromium (the browser the e2e
 * tests use; skipped where none is installed). Numbers only.
 */
import { existsSync } from 'node:fs';
import { snapshot, type Machine } from '../../lib/machine';
import { writeSaved } from '../../lib/playground';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export interface SaveCost {
  snapshot: number;
  stringify: number;
  envelope: number;
  /** Median ms of localStorage.setItem in Chromium, or null when no browser could be started. */
  setItem: number | null;
  chars: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

/** Median ms of each part of one save of `machine`, over `rounds` saves. */
export async function saveCost(machine: Machine, rounds = 30): Promise<SaveCost> {
  const parts = { snapshot: [] as number[], stringify: [] as number[], envelope: [] as number[] };
  let text = '';
  for (let i = 0; i < rounds; i++) {
    const [state, a] = time(() => snapshot(machine));
    const [json, b] = time(() => JSON.stringify(state));
    const [saved, c] = time(() => writeSaved('bench', 5, [], json));
    parts.snapshot.push(a);
    parts.stringify.push(b);
    parts.envelope.push(c);
    text = saved;
  }
  return {
    snapshot: median(parts.snapshot),
    stringify: median(parts.stringify),
    envelope: median(parts.envelope),
    setItem: await setItemCost(text, rounds),
    chars: text.length,
  };
}

/** localStorage.setItem of `text` (a different last character each time) in a real Chromium. */
async function setItemCost(text: string, rounds: number): Promise<number | null> {
  let browser;
  try {
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch({
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: ['--no-sandbox', '--disable-gpu'],
    });
  } catch {
    return null;
  }
  try {
    const page = await browser.newPage();
    // localStorage needs an origin: a page served by the route itself, no server.
    await page.route('http://bench.invalid/', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto('http://bench.invalid/');
    const times = await page.evaluate(
      ([body, n]) => {
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const value = body + String(i % 10);
          const t0 = performance.now();
          localStorage.setItem('layerlab:playground:bench', value);
          out.push(performance.now() - t0);
        }
        return out;
      },
      [text, rounds] as const,
    );
    return median(times);
  } finally {
    await browser.close();
  }
}
