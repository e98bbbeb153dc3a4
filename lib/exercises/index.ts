/**
 * Exercises: each subsection's scenario as typed data (model.ts), judged on the simulation's
 * state, never on terminal text.
 *
 * Invariants: a scenario's start state meets none of its goals and its reference solution meets
 * all of them; every known wrong answer, played from the start, is recognised by its own
 * explanation and does not complete the exercise (exercises.test.ts replays each headless);
 * further correct answers (corpus/) complete it with no mistake flagged. A notice is no mistake:
 * it explains a surprising but correct outcome once, after the line that brings it up.
 */
export type { Goal, Hint, Notice, Predict, Scenario, ScenarioStart, WrongAnswer } from './model';
export { ExerciseState, REPO } from './state';
export { evaluate, startExercise, type Evaluation } from './runner';
export { scenarios } from './scenarios';
export { findScenario, scenarioCatalog, type ScenarioEntry, type ScenarioStatus } from './catalog';
