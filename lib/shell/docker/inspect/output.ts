/**
 * What `docker inspect` / `docker container|image|volume inspect` print, from per-argument
 * lookups, following the CLI's inspect package:
 * - no --format: the found objects as `json.Indent(..., "", "    ")` of `[a,b]` plus "\n";
 *   `[]\n` when none was found;
 * - --format: each found object's output plus "\n"; if nothing was written at all, a lone "\n";
 *   a template that fails on the typed object is retried on the raw JSON with
 *   missingkey=error (containers, images: `map has no entry for key "Nope"`);
 * - errors (not found, template) go to stderr after the output, one per line, exit 1; a template
 *   that does not parse prints `template parsing error: ...` and exits 64.
 */
import { TemplateError, executeTemplate, parseTemplate } from '../template';
import { indentJSON, marshal } from '../template/json';
import { toRaw, type GoValue } from '../template/values';

export type InspectTarget =
  | {
      /** What templates execute against first (the CLI's typed object). */
      value: GoValue;
      /** The daemon's JSON object: printed without --format, the fallback with it. */
      raw: GoValue;
      /** Whether the CLI retries a failed template on the raw JSON (not for volumes). */
      fallback: boolean;
    }
  | { error: string };

export interface CliOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** `[` objects `]` with 4-space indent and a final newline, as `docker inspect` prints them. */
export function inspectJson(values: readonly GoValue[]): string {
  if (values.length === 0) return '[]\n';
  return `${indentJSON(`[${values.map((v) => marshal(v)).join(',')}]`)}\n`;
}

export function inspectOutput(
  format: string | undefined,
  targets: readonly InspectTarget[],
): CliOutput {
  const errors: string[] = [];
  let stdout = '';
  if (!format) {
    const found: GoValue[] = [];
    for (const t of targets) {
      if ('error' in t) errors.push(t.error);
      else found.push(t.raw);
    }
    stdout = inspectJson(found);
  } else {
    let tmpl;
    try {
      tmpl = parseTemplate(format);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      return { stdout: '', stderr: `template parsing error: ${e.message}\n`, exitCode: 64 };
    }
    for (const t of targets) {
      if ('error' in t) {
        errors.push(t.error);
        continue;
      }
      try {
        stdout += `${runWithFallback(tmpl, t)}\n`;
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        errors.push(`template parsing error: ${e.message}`);
      }
    }
    if (stdout === '') stdout = '\n';
  }
  return {
    stdout,
    stderr: errors.map((e) => `${e}\n`).join(''),
    exitCode: errors.length > 0 ? 1 : 0,
  };
}

function runWithFallback(
  tmpl: ReturnType<typeof parseTemplate>,
  t: Exclude<InspectTarget, { error: string }>,
): string {
  try {
    return executeTemplate(tmpl, t.value);
  } catch (e) {
    if (!t.fallback || !(e instanceof TemplateError)) throw e;
    return executeTemplate(tmpl, toRaw(t.raw), { missingKey: 'error', raw: true });
  }
}
