import { describe, expect, it } from 'vitest';
import { MemFs } from '../../fs';
import { BuildContext, entryHash } from './context';

function context(files: Record<string, string>, ignore: string | null = null) {
  const fs = new MemFs();
  fs.mkdir('/ctx');
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('/')) fs.mkdir(`/ctx/${path}`, { mode: 0o755 });
    else fs.writeFile(`/ctx/${path}`, data, { mode: 0o644 });
  }
  return { fs, ctx: new BuildContext(fs, '/ctx', ignore) };
}

describe('BuildContext', () => {
  // `Sending build context to Docker daemon` on the real daemon: 2.048kB, 1.536kB, 4.608kB
  it.each([
    [{ Dockerfile: 'FROM alpine:3.9\n' }, 2048],
    [{ Dockerfile: '' }, 1536],
    [{ Dockerfile: 'x'.repeat(400), 'hello.txt': 'hello\n', 'sub/': '', 'sub/a.txt': 'a\n' }, 4608],
    [{ Dockerfile: 'FROM alpine:3.9\n', 'big.bin': 'x'.repeat(100_000) }, 102_912],
  ])('tar size of %j is %i', (files, size) => {
    expect(context(files).ctx.tarSize()).toBe(size);
  });

  it('applies .dockerignore (negation, directories, **) but always sends the Dockerfile', () => {
    const { ctx } = context(
      {
        Dockerfile: 'x',
        'a.log': 'x',
        'keep.log': 'x',
        'tmp/': '',
        'tmp/x': 'x',
        'src/': '',
        'src/b.log': 'x',
      },
      '# logs\n*.log\n!keep.log\ntmp\n**/b.log\nDockerfile\n',
    );
    expect(
      ['Dockerfile', 'a.log', 'keep.log', 'tmp', 'tmp/x', 'src', 'src/b.log'].map((p) =>
        ctx.excluded(p),
      ),
    ).toEqual([false, true, false, true, true, false, true]);
    const seen: string[] = [];
    ctx.walk('', (rel) => seen.push(rel));
    expect(seen).toEqual(['Dockerfile', 'keep.log', 'src']);
    expect(ctx.stat('a.log')).toBeNull();
  });

  it('hashes a context file like the real daemon (history `COPY file:<sum>`)', () => {
    const { fs } = context({ 'hello.txt': 'hello\n' });
    expect(entryHash(fs, '/ctx/hello.txt', 'hello.txt', 'context')).toBe(
      'c50ecf0f8081044924e199cfe6cfd18d0c9dd4d16be07790bb24f7088112b98e',
    );
  });
});
