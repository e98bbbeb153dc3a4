import { describe, expect, it } from 'vitest';
import { standardCommands } from './commands';
import { createHostSession, simSession } from '../machine';
import { Session } from './session';

/**
 * The shell language end to end on a fresh session: each case a whole line, its output and
 * status. Exact texts of the real shells are pinned by the recorded transcripts in fixtures/;
 * these cases pin the interpreter's semantics (scoping, streams, control flow) in both shells.
 */
const bash = () => createHostSession(standardCommands);
const busybox = () => simSession('busybox', 1) as Session;

async function run(session: Session, line: string) {
  const r = await session.exec(line);
  return { out: r.output, status: r.exitCode };
}

describe.each([
  ['bash', bash],
  ['busybox', busybox],
])('%s', (_name, make) => {
  it.each([
    ['for i in 1 2 3; do echo $i; done', '1\n2\n3\n', 0],
    ['i=0; while [ $i -lt 3 ]; do echo w$i; i=$((i+1)); done', 'w0\nw1\nw2\n', 0],
    ['i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i', '2\n', 0],
    ['printf \'a b\\nc\\n\' | while read -r x y; do echo "[$x|$y]"; done', '[a|b]\n[c|]\n', 0],
    [
      'for i in 1 2; do for j in a b; do [ $j = b ] && continue 2; echo $i$j; done; done',
      '1a\n2a\n',
      0,
    ],
    ['for i in 1 2 3; do [ $i = 2 ] && break; echo $i; done; echo end', '1\nend\n', 0],
    ['f() { local v=in; echo $v; }; v=out; f; echo $v', 'in\nout\n', 0],
    ['f() { return 4; }; f; echo $?', '4\n', 0],
    ['f() { echo "$#:$1:$2"; }; f "a b" c', '2:a b:c\n', 0],
    ['set -- "a b" c; for x in "$@"; do echo "<$x>"; done', '<a b>\n<c>\n', 0],
    ['set -- a b c; shift 2; echo "$# $1"', '1 c\n', 0],
    ['x=abc; case $x in b*) echo b;; a*|z) echo a;; esac', 'a\n', 0],
    ['(exit 7); echo $?', '7\n', 0],
    ['x=1; (x=2); echo $x; { x=3; }; echo $x', '1\n3\n', 0],
    ['( set -e; false; echo no ); echo $?', '1\n', 0],
    ['! true; echo $?', '1\n', 0],
    ['cat <<EOF\nv=$((1+2))\nEOF', 'v=3\n', 0],
    ["cat <<'EOF'\n$HOME\nEOF", '$HOME\n', 0],
    ['for i in 1 2; do echo $i; done > /tmp/o.txt; cat /tmp/o.txt', '1\n2\n', 0],
    ['IFS=:; x=a:b::c; set -- $x; echo $#', '4\n', 0],
    ['x="  a   b  "; set -- $x; echo $#', '2\n', 0],
    ['x=hello.tar.gz; echo ${x%%.*} ${x#*.} ${x%.*} ${x##*.}', 'hello tar.gz hello.tar gz\n', 0],
    ['x=hello; echo ${u:-d} ${u-e} ${#x}', 'd e 5\n', 0],
    ['echo $((3 > 2 && 1)) $((7 % 4)) $((2 * (3 + 4)))', '1 3 14\n', 0],
    ['trap "echo bye" EXIT; echo hi', 'hi\n', 0],
    ['( trap "echo bye" EXIT; echo hi )', 'hi\nbye\n', 0],
    ['eval "x=5; echo \\$x"', '5\n', 0],
    ['echo "echo sourced \\$1" > /tmp/s.sh; . /tmp/s.sh; echo ok', 'sourced\nok\n', 0],
  ])('%j', async (line, out, status) => {
    expect(await run(make(), line)).toEqual({ out, status });
  });
});

describe('bash only', () => {
  it.each([
    ['echo {1..3} {a,b}x {01..03}', '1 2 3 ax bx 01 02 03\n'],
    ['a=(x y z); echo ${a[1]} ${#a[@]}; a+=(w); echo "${a[@]}"', 'y 3\nx y z w\n'],
    ['for ((i=0; i<3; i++)); do printf %s $i; done; echo', '012\n'],
    ['[[ abc == a* && -n x ]] && echo yes', 'yes\n'],
    ['[[ ab12 =~ ^([a-z]+)([0-9]+)$ ]] && echo ${BASH_REMATCH[2]}', '12\n'],
    ['x=abc; echo ${x^^} ${x:1} ${x/b/B}', 'ABC bc aBc\n'],
    ['case b in a) echo a;& b) echo b;& c) echo c;; d) echo d;; esac', 'b\nc\n'],
    ['read -r a b <<< "one two three"; echo "$b"', 'two three\n'],
    ['(( x = 2 ** 8 )); echo $x', '256\n'],
    ['set -o pipefail; false | true; echo $?', '1\n'],
  ])('%j', async (line, out) => {
    expect((await run(bash(), line)).out).toBe(out);
  });
});

describe('busybox differs', () => {
  it('has no brace expansion', async () => {
    expect((await run(busybox(), 'echo {1..3} {a,b}')).out).toBe('{1..3} {a,b}\n');
  });
});

describe('runaway work', () => {
  it('cuts a busy loop after the budget, as Ctrl-C would', async () => {
    const s = new Session({
      flavor: 'bash',
      fs: createHostSession([]).shell.host.fs,
      identity: { uid: 1000, gid: 1000 },
      cwd: '/',
      env: {},
      commands: standardCommands,
      pacing: { budgetMs: 50 },
    });
    const r = await s.exec('while true; do :; done; echo never');
    expect(r).toMatchObject({ exitCode: 130, output: '' });
  });

  it('stops a recursion at the nesting limit with the shell error, not a crash', async () => {
    const r = await run(bash(), 'f() { f; }; f; echo $?');
    expect(r.out).toBe('bash: f: maximum function nesting level exceeded (1000)\n');
  });
});

describe('trap INT', () => {
  it('runs its action when Ctrl-C stops the line, and the status is 130', async () => {
    const s = createHostSession(standardCommands, { pacing: { budgetMs: 50 } });
    const r = await s.exec("trap 'echo caught' INT; while true; do :; done");
    expect(r).toMatchObject({ output: 'caught\n', exitCode: 130 });
  });
});
