import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../playground/store';
import {
  clearEverything,
  completedCount,
  emptyProgress,
  exerciseProgress,
  loadProgress,
  parseProgress,
  PROGRESS_KEY,
  resetAll,
  resetExercise,
  saveProgress,
  serializeProgress,
  withEvaluation,
  withMistakes,
  withoutExercise,
  withPrediction,
  type Progress,
} from './index';

/** A Map-backed store that can be told to fail like a full or private-mode localStorage. */
class MemoryStore implements KeyValueStore {
  readonly map = new Map<string, string>();
  failGet = false;
  failSet = false;
  failRemove = false;
  get(key: string) {
    if (this.failGet) throw new Error('SecurityError');
    return this.map.get(key) ?? null;
  }
  set(key: string, value: string) {
    if (this.failSet) throw new Error('QuotaExceededError');
    this.map.set(key, value);
  }
  remove(key: string) {
    if (this.failRemove) throw new Error('SecurityError');
    this.map.delete(key);
  }
}

const solved = (): Progress =>
  withPrediction(
    withEvaluation(emptyProgress(), 'mount-limits', ['hidden', 'merged'], false),
    'mount-limits',
    'abc.txt와 def.txt',
  );

describe('recording progress', () => {
  it('keeps every goal once reached, in the order first reached, even when no longer met', () => {
    let p = withEvaluation(emptyProgress(), 'x', ['b'], false);
    p = withEvaluation(p, 'x', ['a', 'b'], false);
    p = withEvaluation(p, 'x', [], false);
    expect(exerciseProgress(p, 'x')).toEqual({ goals: ['b', 'a'], completed: false });
  });

  it('marks an exercise completed only by an evaluation that met every goal, and keeps it', () => {
    let p = withEvaluation(emptyProgress(), 'x', ['a'], false);
    p = withEvaluation(p, 'x', ['b'], false);
    expect(exerciseProgress(p, 'x')?.completed).toBe(false);
    p = withEvaluation(p, 'x', ['a', 'b'], true);
    p = withEvaluation(p, 'x', [], false);
    expect(exerciseProgress(p, 'x')?.completed).toBe(true);
  });

  it('returns the same object when an update changes nothing (so nothing is written)', () => {
    const p = solved();
    expect(withEvaluation(p, 'mount-limits', ['merged'], false)).toBe(p);
    expect(withPrediction(p, 'mount-limits', 'abc.txt와 def.txt')).toBe(p);
    expect(withoutExercise(p, 'union-layers')).toBe(p);
    expect(withEvaluation(emptyProgress(), 'x', [], false).exercises).toEqual({});
  });

  it('keeps the prediction beside the goals and forgets one exercise without touching others', () => {
    let p = withEvaluation(solved(), 'union-layers', ['override'], false);
    expect(exerciseProgress(p, 'mount-limits')?.prediction).toBe('abc.txt와 def.txt');
    p = withoutExercise(p, 'mount-limits');
    expect(Object.keys(p.exercises)).toEqual(['union-layers']);
  });

  it('lists the mistakes made newest first, each once, beside the goals and the prediction', () => {
    let p = withMistakes(solved(), 'mount-limits', ['a']);
    p = withMistakes(p, 'mount-limits', ['b', 'c']);
    expect(exerciseProgress(p, 'mount-limits')?.mistakes).toEqual(['b', 'c', 'a']);
    p = withMistakes(p, 'mount-limits', ['a']);
    expect(exerciseProgress(p, 'mount-limits')).toEqual({
      goals: ['hidden', 'merged'],
      completed: false,
      prediction: 'abc.txt와 def.txt',
      mistakes: ['a', 'b', 'c'],
    });
    // Later evaluations and predictions keep the list; resetting the exercise forgets it.
    p = withPrediction(withEvaluation(p, 'mount-limits', ['other'], true), 'mount-limits', 'x');
    expect(exerciseProgress(p, 'mount-limits')?.mistakes).toEqual(['a', 'b', 'c']);
    expect(exerciseProgress(withoutExercise(p, 'mount-limits'), 'mount-limits')).toBeUndefined();
    expect(parseProgress(serializeProgress(p)).progress).toEqual(p);
  });

  it('returns the same object when the mistakes made are already at the head', () => {
    const p = withMistakes(emptyProgress(), 'x', ['a', 'b']);
    expect(exerciseProgress(p, 'x')).toEqual({ goals: [], completed: false, mistakes: ['a', 'b'] });
    expect(withMistakes(p, 'x', ['a'])).toBe(p);
    expect(withMistakes(p, 'x', [])).toBe(p);
    expect(withMistakes(emptyProgress(), 'x', []).exercises).toEqual({});
  });

  it('never takes an inherited property for an exercise', () => {
    expect(exerciseProgress(emptyProgress(), 'constructor')).toBeUndefined();
    const p = withEvaluation(emptyProgress(), '__proto__', ['a'], true);
    expect(exerciseProgress(p, '__proto__')?.completed).toBe(true);
    expect(parseProgress(serializeProgress(p)).progress).toEqual(p);
  });

  it('counts completed exercises among the given ids', () => {
    let p = withEvaluation(emptyProgress(), 'a', ['g'], true);
    p = withEvaluation(p, 'b', ['g'], false);
    p = withEvaluation(p, 'c', ['g'], true);
    expect(completedCount(p, ['a', 'b'])).toBe(1);
    expect(completedCount(p, ['a', 'b', 'c', 'd'])).toBe(2);
    expect(completedCount(p, [])).toBe(0);
  });
});

describe('reading a stored record', () => {
  it('reads back what it wrote', () => {
    const p = solved();
    expect(parseProgress(serializeProgress(p))).toEqual({ progress: p, notice: null });
  });

  it('reads nothing stored as empty progress without a notice', () => {
    for (const text of [null, undefined, ''])
      expect(parseProgress(text)).toEqual({ progress: emptyProgress(), notice: null });
  });

  const valid = JSON.parse(serializeProgress(solved()));
  it.each([
    ['not JSON', '{"format":"layerlab-progress",'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
    ['another format', JSON.stringify({ ...valid, format: 'layerlab-playground' })],
    ['no exercises', JSON.stringify({ ...valid, exercises: undefined })],
    ['exercises as a list', JSON.stringify({ ...valid, exercises: [] })],
    ['an exercise as a string', JSON.stringify({ ...valid, exercises: { x: 'done' } })],
    [
      'goals not a list',
      JSON.stringify({ ...valid, exercises: { x: { goals: 'a', completed: true } } }),
    ],
    [
      'a goal not a string',
      JSON.stringify({ ...valid, exercises: { x: { goals: [1], completed: true } } }),
    ],
    ['completed missing', JSON.stringify({ ...valid, exercises: { x: { goals: [] } } })],
    [
      'prediction not a string',
      JSON.stringify({
        ...valid,
        exercises: { x: { goals: [], completed: false, prediction: 2 } },
      }),
    ],
    [
      'mistakes not a list of strings',
      JSON.stringify({
        ...valid,
        exercises: { x: { goals: [], completed: false, mistakes: [1] } },
      }),
    ],
  ])('reads %s as empty progress with a notice', (_name, text) => {
    const read = parseProgress(text);
    expect(read.progress).toEqual(emptyProgress());
    expect(read.notice).toContain('읽을 수 없어');
  });

  it.each([0, 2, '1', null])(
    'reads version %j as empty progress with an "outdated" notice',
    (v) => {
      const read = parseProgress(JSON.stringify({ ...valid, version: v }));
      expect(read.progress).toEqual(emptyProgress());
      expect(read.notice).toContain('예전에 저장한');
    },
  );

  it('drops repeated goal ids', () => {
    const text = JSON.stringify({
      ...valid,
      exercises: { x: { goals: ['a', 'a'], completed: false } },
    });
    expect(exerciseProgress(parseProgress(text).progress, 'x')?.goals).toEqual(['a']);
  });
});

describe('progress in a store', () => {
  it('saves, loads, resets one exercise and resets all', () => {
    const store = new MemoryStore();
    const p = withEvaluation(solved(), 'union-layers', ['override'], true);
    expect(saveProgress(store, p)).toBe(true);
    expect(loadProgress(store)).toEqual({ progress: p, notice: null });
    const left = resetExercise(store, 'mount-limits');
    expect(Object.keys(left.exercises)).toEqual(['union-layers']);
    expect(Object.keys(loadProgress(store).progress.exercises)).toEqual(['union-layers']);
    expect(resetAll(store)).toBe(true);
    expect(store.map.has(PROGRESS_KEY)).toBe(false);
    expect(loadProgress(store)).toEqual({ progress: emptyProgress(), notice: null });
  });

  it('replaces a corrupt record when loading it, so its notice shows only once', () => {
    const store = new MemoryStore();
    store.map.set(PROGRESS_KEY, '{oops');
    expect(loadProgress(store).notice).toContain('읽을 수 없어');
    expect(store.map.has(PROGRESS_KEY)).toBe(false);
    expect(loadProgress(store).notice).toBeNull();
  });

  it('never throws when the store does: nothing read, nothing saved', () => {
    const store = new MemoryStore();
    store.map.set(PROGRESS_KEY, serializeProgress(solved()));
    store.failGet = true;
    expect(loadProgress(store)).toEqual({ progress: emptyProgress(), notice: null });
    store.failGet = false;
    store.failSet = true;
    store.failRemove = true;
    expect(saveProgress(store, withEvaluation(emptyProgress(), 'x', ['a'], false))).toBe(false);
    expect(saveProgress(store, emptyProgress())).toBe(false);
    expect(resetAll(store)).toBe(false);
    expect(() => resetExercise(store, 'mount-limits')).not.toThrow();
    expect(clearEverything(store, [...store.map.keys()], ['layerlab:playground:'])).toBe(false);
    expect(loadProgress(store).progress).toEqual(solved());
  });

  it('clears everything: progress and saved machines, nothing else', () => {
    const store = new MemoryStore();
    saveProgress(store, solved());
    store.set('layerlab:playground:mount-limits', '{}');
    store.set('layerlab:playground:union-layers', '{}');
    store.set('layerlab:theme', 'dark');
    expect(clearEverything(store, [...store.map.keys()], ['layerlab:playground:'])).toBe(true);
    expect([...store.map.keys()]).toEqual(['layerlab:theme']);
  });
});
