/**
 * Standard input as the shell hands it out: one stream per pipe, file or here-document that
 * several commands read in turn (`while read l; do …; done < f`). `read` takes a line; other
 * commands take everything that is left, as a program reading a pipe to its end does.
 */
export class Input {
  private pos = 0;
  constructor(private readonly text: string) {}

  static empty(): Input {
    return new Input('');
  }

  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** Everything not read yet; the stream is then at its end. */
  takeAll(): string {
    const rest = this.text.slice(this.pos);
    this.pos = this.text.length;
    return rest;
  }

  /** Up to and including `delimiter` (or to the end); null at the end. */
  takeUntil(delimiter: string): string | null {
    if (this.atEnd) return null;
    const at = delimiter === '' ? -1 : this.text.indexOf(delimiter, this.pos);
    const end = at < 0 ? this.text.length : at + delimiter.length;
    const chunk = this.text.slice(this.pos, end);
    this.pos = end;
    return chunk;
  }

  /** Up to `count` characters; null at the end. */
  take(count: number): string | null {
    if (this.atEnd) return null;
    const chunk = this.text.slice(this.pos, this.pos + count);
    this.pos += chunk.length;
    return chunk;
  }
}
