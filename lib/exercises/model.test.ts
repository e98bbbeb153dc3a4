import { describe, expect, it } from 'vitest';
import { REPO as BOOK_REPO } from '../machine';
import { findScenario, scenarioCatalog } from './catalog';
import { scenarios } from './scenarios';
import { REPO } from './state';

const HANGUL = /[가-힣]/;

describe('the scenarios as data', () => {
  it('has fifteen exercises with unique ids, and unique goal and wrong-answer ids in each', () => {
    expect(scenarios).toHaveLength(15);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    for (const s of scenarios) {
      const notices = (s.notices ?? []).map((n) => n.id);
      for (const ids of [s.goals.map((g) => g.id), s.wrongAnswers.map((w) => w.id), notices])
        expect(new Set(ids).size, s.id).toBe(ids.length);
    }
  });

  it('writes every learner-facing string in Korean, none empty', () => {
    for (const s of scenarios) {
      const texts = [
        s.title,
        ...s.goals.flatMap((g) => [g.label, g.hint]),
        ...s.hints.map((h) => h.text),
        ...s.wrongAnswers.map((w) => w.explanation),
        ...(s.notices ?? []).map((n) => n.text),
        ...(s.predict ? [s.predict.question, s.predict.explanation] : []),
      ];
      for (const text of texts) expect(text.trim(), s.id).toMatch(HANGUL);
    }
  });

  it('gives each exercise goals, stepped hints, at least two wrong answers and a solution', () => {
    for (const s of scenarios) {
      expect(s.goals.length, s.id).toBeGreaterThan(0);
      expect(
        s.hints.map((h) => h.level),
        s.id,
      ).toEqual(['nudge', 'concept', 'command']);
      expect(s.wrongAnswers.length, s.id).toBeGreaterThanOrEqual(2);
      for (const w of s.wrongAnswers)
        expect(w.example.length, `${s.id}/${w.id}`).toBeGreaterThan(0);
      expect(s.solution.length, s.id).toBeGreaterThan(0);
    }
  });

  it("keeps every predict question's answer among its choices", () => {
    const predicts = scenarios.flatMap((s) => (s.predict ? [s.predict] : []));
    expect(predicts.length).toBeGreaterThan(0);
    for (const p of predicts) {
      expect(p.choices).toContain(p.answer);
      expect(new Set(p.choices).size).toBe(p.choices.length);
    }
  });

  it("points at the book's checkout where the machine puts it", () => {
    expect(REPO).toBe(BOOK_REPO);
  });
});

describe('the catalog', () => {
  it('is derived from the scenarios: id, title, first command, ready', () => {
    expect(scenarioCatalog.map((e) => e.id)).toEqual(scenarios.map((s) => s.id));
    for (const s of scenarios)
      expect(findScenario(s.id)).toEqual({
        id: s.id,
        title: s.title,
        firstCommand: s.solution[0],
        status: 'ready',
      });
    expect(findScenario('nope')).toBeUndefined();
  });
});
