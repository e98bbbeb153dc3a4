// docker container diff (docs/semantics.md#what-docker-diff-reports) against real Docker 20.10
// transcripts (lib/fs/fixtures/docker-diff) and worked examples of the rules.
import { describe, expect, it } from 'vitest';
import { UnionFs, formatChanges, layerSize } from './index';
import { layerFrom } from './testing';

/** localhost/demo:1 from the transcripts, reduced to the paths the examples touch. */
function demoImage() {
  return [
    layerFrom({ '/bin/sh': 'busybox', '/bin/vi': 'busybox', '/tmp': { dir: true } }, 'bb'),
    layerFrom({ '/app/index.txt': 'app v1\n', '/app/config.txt': 'mode=prod\n' }, 'copy-app'),
    layerFrom({ '/data/seed.txt': 'seed\n' }, 'copy-seed'),
    layerFrom(
      {
        '/app/run.txt': 'created by RUN\n',
        '/srv/www/index.html': '<h1>image index</h1>\n',
        '/srv/www/style.css': 'body{}\n',
        '/bin/vi': 'whiteout',
      },
      'run',
    ),
  ];
}

const diffOf = (fs: UnionFs) => formatChanges(fs.diff());

describe('docker container diff', () => {
  it('matches transcript a (cow1), in sorted order, and its 32B size', () => {
    const fs = new UnionFs({ layers: demoImage() });
    fs.writeFile('/app/index.txt', 'app v2\n');
    fs.appendFile('/app/run.txt', 'extra\n');
    fs.writeFile('/app/new.txt', 'new\n');
    fs.unlink('/app/config.txt');
    fs.rm('/srv/www', { recursive: true });
    fs.mkdir('/tmp/scratch/sub', { recursive: true });
    fs.writeFile('/tmp/scratch/sub/f', '');
    expect(diffOf(fs)).toBe(
      [
        'C /app',
        'C /app/index.txt',
        'A /app/new.txt',
        'C /app/run.txt',
        'D /app/config.txt',
        'C /srv',
        'D /srv/www',
        'C /tmp',
        'A /tmp/scratch',
        'A /tmp/scratch/sub',
        'A /tmp/scratch/sub/f',
        '',
      ].join('\n'),
    );
    expect(fs.upperSize()).toBe(32);
  });

  it('matches transcript a2 (cow2): an opaque re-created dir lists C, its A, then D', () => {
    const fs = new UnionFs({ layers: demoImage() });
    fs.writeFile('/app/index.txt', 'v2\n');
    fs.unlink('/app/config.txt');
    fs.rm('/srv/www', { recursive: true });
    fs.mkdir('/srv/www');
    fs.writeFile('/srv/www/new.html', 'fresh\n');
    expect(diffOf(fs).split('\n')).toEqual([
      'C /app',
      'C /app/index.txt',
      'D /app/config.txt',
      'C /srv',
      'C /srv/www',
      'A /srv/www/new.html',
      'D /srv/www/index.html',
      'D /srv/www/style.css',
      '',
    ]);
  });

  it.each([
    ['chmod 600', (fs: UnionFs) => fs.chmod('/input.txt', 0o600), 'C /input.txt\n'],
    ['cp onto a file', (fs: UnionFs) => fs.writeFile('/input.txt', 'url\n'), 'C /input.txt\n'],
    ['rm a file', (fs: UnionFs) => fs.unlink('/init/abc.txt'), 'C /init\nD /init/abc.txt\n'],
    ['rm -rf a dir', (fs: UnionFs) => fs.rm('/init', { recursive: true }), 'D /init\n'],
    [
      'mv a file',
      (fs: UnionFs) => fs.rename('/input.txt', '/in2.txt'),
      'A /in2.txt\nD /input.txt\n',
    ],
    [
      'write into a dir',
      (fs: UnionFs) => fs.writeFile('/random/number.txt', '1\n'),
      'C /random\nA /random/number.txt\n',
    ],
    [
      're-create a dir',
      (fs: UnionFs) => {
        fs.rm('/init', { recursive: true });
        fs.mkdir('/init');
        fs.writeFile('/init/x', '');
      },
      'C /init\nA /init/x\nD /init/abc.txt\nD /init/def.txt\n',
    ],
  ])('spec worked example: %s', (_name, act, expected) => {
    const image = layerFrom({
      '/random/random.sh': 'echo $RANDOM',
      '/input.txt': 'https://example.com\n',
      '/init/abc.txt': 'abc',
      '/init/def.txt': 'def',
    });
    const fs = new UnionFs({ layers: [image] });
    act(fs);
    expect(diffOf(fs)).toBe(expected);
  });

  it('does not report a copy-up that changed nothing (R12) nor dir mtimes', () => {
    const fs = new UnionFs({ layers: [layerFrom({ '/etc/a': 'a', '/etc/b': 'b' })] });
    fs.chmod('/etc/a', 0o644);
    fs.writeFile('/etc/new', 'n');
    fs.unlink('/etc/new');
    expect(fs.upperDir.get('/etc/a')?.kind).toBe('file');
    expect(fs.diff()).toEqual([]);
  });

  it('reports a type change as C and a replaced dir without its old children', () => {
    const fs = new UnionFs({ layers: [layerFrom({ '/x': 'file', '/d/a': 'a' })] });
    fs.unlink('/x');
    fs.mkdir('/x');
    fs.writeFile('/x/in', '');
    fs.rm('/d', { recursive: true });
    fs.writeFile('/d', 'now a file');
    expect(diffOf(fs)).toBe('C /d\nC /x\nA /x/in\n');
  });

  it('sizes layers like du on the layer dir: hard links once, whiteouts zero', () => {
    const image = layerFrom({ '/a': '12345', '/l': { link: 'a' } });
    const fs = new UnionFs({ layers: [image] });
    expect(fs.imageSize()).toBe(6);
    fs.writeFile('/b', 'abc');
    fs.link('/b', '/c');
    fs.unlink('/a');
    expect(fs.upperSize()).toBe(3);
    expect(layerSize(image)).toBe(6);
  });
});
