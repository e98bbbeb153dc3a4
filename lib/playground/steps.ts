/**
 * What a reader did in a playground, step by step: command lines (in the host's shell or in a
 * container shell stacked on it) and files saved from the editor. Undo, saves and share links
 * are made of these.
 */

export interface LineStep {
  line: string;
  /** The shell it was typed in: omitted for the host's, 2 and more for `docker exec -it` shells. */
  depth?: number;
  /** Ended by Ctrl-C (a foreground app); a replay interrupts it the same way. */
  interrupted?: true;
}

export interface EditStep {
  /** Absolute host path written by the editor. */
  edit: string;
  content: string;
}

export type Step = LineStep | EditStep;

export function isEdit(step: Step): step is EditStep {
  return 'edit' in step;
}

export function lineStep(line: string, depth: number, interrupted: boolean): LineStep {
  return {
    line,
    ...(depth > 1 ? { depth } : {}),
    ...(interrupted ? { interrupted: true as const } : {}),
  };
}

/** The steps in `value`, or null when it is not a list of well-formed steps. */
export function parseSteps(value: unknown): Step[] | null {
  if (!Array.isArray(value)) return null;
  const steps: Step[] = [];
  for (const item of value) {
    const step = parseStep(item);
    if (!step) return null;
    steps.push(step);
  }
  return steps;
}

function parseStep(item: unknown): Step | null {
  if (!item || typeof item !== 'object') return null;
  const v = item as Record<string, unknown>;
  if (typeof v.edit === 'string' && typeof v.content === 'string')
    return v.edit.startsWith('/') ? { edit: v.edit, content: v.content } : null;
  if (typeof v.line !== 'string') return null;
  if (v.depth !== undefined && !(Number.isInteger(v.depth) && (v.depth as number) > 1)) return null;
  if (v.interrupted !== undefined && v.interrupted !== true) return null;
  return lineStep(v.line, (v.depth as number | undefined) ?? 1, v.interrupted === true);
}
