/**
 * An error the daemon answers with. `message` is the text after "Error response from daemon: ";
 * the CLI adds that prefix (and `docker: ` plus the usage hint for run/create).
 */
export class DaemonError extends Error {
  constructor(
    message: string,
    /** HTTP-ish class of the error: the CLI picks exit codes and wording from it. */
    readonly kind: 'not-found' | 'conflict' | 'invalid' | 'system' = 'invalid',
  ) {
    super(message);
    this.name = 'DaemonError';
  }
}
