/** Yields each line of a Markdown/MDX source with its 1-based number, skipping fenced code blocks. */
export function* proseLines(source: string): Generator<{ line: string; number: number }> {
  let fence: string | null = null;
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && marker) {
      fence = marker;
      continue;
    }
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = null;
      continue;
    }
    yield { line, number: i + 1 };
  }
}
