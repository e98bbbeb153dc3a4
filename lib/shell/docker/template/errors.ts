/**
 * A template failure with Go's text (`template: :1: unclosed action`,
 * `template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"`). `phase` tells
 * the CLI which prefix and exit status to use (e.g. inspect: parse → 64, execute → 1).
 */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly phase: 'parse' | 'execute',
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Go's ErrorContext: line, and the byte column within that line (0-based), of the node. */
export function executionError(
  src: string,
  pos: number,
  context: string,
  message: string,
): TemplateError {
  const before = src.slice(0, pos);
  const nl = before.lastIndexOf('\n');
  const line = 1 + (before.match(/\n/g)?.length ?? 0);
  const col = nl < 0 ? pos : pos - (nl + 1);
  return new TemplateError(
    `template: :${line}:${col}: executing "" at <${context}>: ${message}`,
    'execute',
  );
}
