/**
 * go-units HumanDuration: thresholds from go-units' own test table (v0.5, vendored by CLI 28.2.2
 * and daemon 20.10); the rows marked "recorded" were also seen in real `docker ps` / `docker images`.
 */
import { describe, expect, it } from 'vitest';
import { containerStatus, createdAgo, humanDuration } from './duration';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const DAY = 24 * H;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

describe('humanDuration', () => {
  it.each<[number, string]>([
    [450, 'Less than a second'], // recorded: "Up Less than a second"
    [999, 'Less than a second'],
    [1 * S, '1 second'], // recorded: "1 second ago"
    [1.99 * S, '1 second'],
    [2 * S, '2 seconds'], // recorded
    [12 * S, '12 seconds'], // recorded
    [45 * S, '45 seconds'],
    [59 * S, '59 seconds'],
    [60 * S, 'About a minute'], // recorded: "About a minute ago"
    [119 * S, 'About a minute'],
    [3 * MIN, '3 minutes'],
    [12 * MIN + 30 * S, '12 minutes'], // recorded: images CREATED "12 minutes ago"
    [35 * MIN + 40 * S, '35 minutes'],
    [59 * MIN, '59 minutes'],
    [1 * H, 'About an hour'],
    [1 * H + 29 * MIN, 'About an hour'],
    [1 * H + 31 * MIN, '2 hours'],
    [3 * H + 29 * MIN, '3 hours'],
    [3 * H + 31 * MIN, '4 hours'],
    [24 * H, '24 hours'],
    [DAY + 12 * H, '36 hours'],
    [2 * DAY, '2 days'],
    [13 * DAY + 5 * H, '13 days'],
    [2 * WEEK, '2 weeks'],
    [4 * WEEK + 3 * DAY, '4 weeks'],
    [MONTH, '4 weeks'],
    [MONTH + 2 * WEEK, '6 weeks'],
    [2 * MONTH, '2 months'],
    [5 * MONTH + 2 * WEEK, '5 months'],
    [24 * MONTH, '24 months'],
    [24 * MONTH + 2 * WEEK, '2 years'],
    [3 * YEAR + 2 * MONTH, '3 years'],
  ])('%d ms → %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});

describe('CREATED and STATUS columns (recorded in docker ps -a / system df -v)', () => {
  it.each<[string, string]>([
    [createdAgo(1.3 * S), '1 second ago'],
    [createdAgo(2.3 * S), '2 seconds ago'],
    [createdAgo(90 * S), 'About a minute ago'],
    [containerStatus({ state: 'created' }), 'Created'],
    [containerStatus({ state: 'running', upMs: 300 }), 'Up Less than a second'],
    [containerStatus({ state: 'running', upMs: 1.7 * S }), 'Up 1 second'],
    [containerStatus({ state: 'running', upMs: 12.1 * S }), 'Up 12 seconds'],
    [
      containerStatus({ state: 'exited', exitCode: 0, sinceFinishMs: 400 }),
      'Exited (0) Less than a second ago',
    ],
    [
      containerStatus({ state: 'exited', exitCode: 3, sinceFinishMs: 1.9 * S }),
      'Exited (3) 1 second ago',
    ],
    [
      containerStatus({ state: 'exited', exitCode: 0, sinceFinishMs: 12.5 * S }),
      'Exited (0) 12 seconds ago',
    ],
    // Not recorded (daemon State.String() source): paused, restarting, removal, dead.
    [containerStatus({ state: 'running', upMs: 3 * MIN, paused: true }), 'Up 3 minutes (Paused)'],
    [
      containerStatus({ state: 'restarting', exitCode: 1, sinceFinishMs: 5 * S }),
      'Restarting (1) 5 seconds ago',
    ],
    [containerStatus({ state: 'removing' }), 'Removal In Progress'],
    [containerStatus({ state: 'dead' }), 'Dead'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
