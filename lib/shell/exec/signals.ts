/**
 * Control flow that unwinds the interpreter: loops (break, continue), functions (return), the
 * shell itself (exit, set -e, a fatal expansion error) and Ctrl-C. Thrown, caught where they end.
 */
export class BreakSignal {
  constructor(public levels: number) {}
}

export class ContinueSignal {
  constructor(public levels: number) {}
}

export class ReturnSignal {
  constructor(readonly status: number) {}
}

/** The shell ends with this status (exit, errexit, a fatal error in a script). */
export class ExitSignal {
  constructor(readonly status: number) {}
}

/** Ctrl-C reached the interpreter: the line stops, status 130. */
export class InterruptSignal {}

/** The line stops here (a runaway recursion): back to the prompt, or the end of a script. */
export class AbortSignal {
  constructor(readonly status: number) {}
}
