/** The exercise model: a scenario is plain typed data; goals are predicates on the simulation. */
import type { ExerciseState } from './state';

/** A goal the simulation's state reaches; never a match on terminal text. */
export interface Goal {
  id: string;
  /** Korean: what the reader should achieve. */
  label: string;
  /** Korean: a nudge for this goal alone. */
  hint: string;
  check(state: ExerciseState): boolean;
}

/** Hints step up: a nudge, then the concept, then the command. */
export interface Hint {
  level: 'nudge' | 'concept' | 'command';
  /** Korean. */
  text: string;
}

/** A mistake learners really make, recognised after the line that makes it. */
export interface WrongAnswer {
  id: string;
  /** Lines that, played from the start, make this mistake (the proof replays them). */
  example: string[];
  detect(state: ExerciseState, lastLine: string): boolean;
  /** Korean: why it is wrong and what really happened. */
  explanation: string;
}

/**
 * A surprising but correct moment: the line did what Docker does, and the learner deserves a short
 * word on why (a folder Docker created as root, data kept on the host before a delete). Not a
 * mistake: it never blocks a goal and may appear on a correct answer.
 */
export interface Notice {
  id: string;
  /** Lines that, played from the start, lead to this moment (the proof replays them). */
  example: string[];
  detect(state: ExerciseState, lastLine: string): boolean;
  /** Korean: what happened and what to do next. */
  text: string;
}

/** "Predict, then run": asked before the command with the surprising outcome. */
export interface Predict {
  /** Korean. */
  question: string;
  choices: string[];
  answer: string;
  /** Korean: what really happens, and where to see it in the layer view. */
  explanation: string;
  /**
   * Whether the outcome is now there to see: true from the line that runs the surprising command
   * (the panel then shows the answer). Without it the answer shows once the exercise is complete.
   */
  reveal?(state: ExerciseState, lastLine: string): boolean;
  /**
   * Lines that, played from the start, reveal the outcome, when the reference solution does not
   * run the command the question is about. The panel shows them as the commands to try.
   */
  example?: string[];
}

export interface ScenarioStart {
  /** The host shell's working directory. */
  cwd: string;
  /** Host-prompt lines run on a fresh machine before the reader starts. */
  setup: string[];
  /** Editable host files (absolute path → content), written before `setup` runs. */
  files?: Record<string, string>;
}

export interface Scenario {
  /** Stable ASCII id used by `<Playground scenario="..." />`. */
  id: string;
  /** Korean title shown above the playground. */
  title: string;
  /** The notes' page (content/<section>.mdx) holding this exercise. */
  section: string;
  start: ScenarioStart;
  goals: Goal[];
  hints: Hint[];
  wrongAnswers: WrongAnswer[];
  /** Surprising but correct moments worth a note where they happen. */
  notices?: Notice[];
  /** The reference solution, one host-prompt line each. */
  solution: string[];
  predict?: Predict;
}
