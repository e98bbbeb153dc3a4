/**
 * `--format` over one value (docker info, docker version): the template's output plus "\n".
 * A template that does not parse prints `template parsing error: …` (exit 64); one that fails
 * while executing prints what it wrote, a newline, and the error on stderr (exit 1). `name` is
 * the template's name in Go's messages (`version` for docker version, "" for docker info).
 */
import { TemplateError, executeTemplate, parseTemplate, type GoValue } from '../template';
import type { DockerContext } from '../types';

function named(message: string, name: string): string {
  if (name === '') return message;
  return message
    .replace(/^template: :/, `template: ${name}:`)
    .replace('executing ""', `executing "${name}"`);
}

export function formatValue(d: DockerContext, format: string, value: GoValue, name = ''): number {
  let tmpl;
  try {
    tmpl = parseTemplate(format);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    d.err.write(`template parsing error: ${named(e.message, name)}\n`);
    return 64;
  }
  try {
    d.out.write(`${executeTemplate(tmpl, value)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    d.out.write('\n');
    d.err.write(`${named(e.message, name)}\n`);
    return 1;
  }
}
