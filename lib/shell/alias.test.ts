import { describe, expect, it } from 'vitest';
import { createMachine, simSession } from '../machine';
import { ashQuote, bashQuote, listingOrder } from './alias';

/**
 * What ./fixtures/alias.cmds cannot show in one interactive session: a new shell (`bash -c`)
 * neither inherits nor expands aliases; subshells do both; the option errors (checked against
 * bash 5.2 by hand: `bash: alias: -x: invalid option` and the usage line, status 2).
 */
describe('alias in the host bash', () => {
  it('is on in the interactive shell, off in bash -c, which also starts without aliases', async () => {
    const m = createMachine({ seed: 1 });
    expect((await m.exec('shopt expand_aliases')).stdout).toBe('expand_aliases \ton\n');
    await m.exec("alias hi='echo hi'");
    expect((await m.exec('(hi); echo $(hi)')).stdout).toBe('hi\nhi\n');
    expect((await m.exec("bash -c 'alias; hi'")).exitCode).toBe(127);
    expect((await m.exec("bash -c 'shopt expand_aliases'")).stdout).toBe('expand_aliases \toff\n');
    expect((await m.exec('hi')).stdout).toBe('hi\n');
  });

  it('names aliases in type and command', async () => {
    const m = createMachine({ seed: 1 });
    await m.exec("alias ll='ls -l'");
    expect((await m.exec('type -t ll')).stdout).toBe('alias\n');
    expect((await m.exec('command -V ll')).stdout).toBe("ll is aliased to `ls -l'\n");
  });

  it('reports bad options as bash does', async () => {
    const m = createMachine({ seed: 1 });
    expect(await m.exec('alias -x')).toMatchObject({
      stderr: 'bash: alias: -x: invalid option\nalias: usage: alias [-p] [name[=value] ... ]\n',
      exitCode: 2,
    });
    expect(await m.exec('unalias -x')).toMatchObject({
      stderr: 'bash: unalias: -x: invalid option\nunalias: usage: unalias [-a] name [name ...]\n',
      exitCode: 2,
    });
  });

  it('expands an alias whose value is a compound command', async () => {
    const m = createMachine({ seed: 1 });
    await m.exec("alias both='if true; then echo yes; fi; for i in 1 2; do echo $i; done'");
    expect((await m.exec('both')).stdout).toBe('yes\n1\n2\n');
  });
});

describe('alias in BusyBox ash', () => {
  it('expands in the container shell', async () => {
    const sh = simSession('busybox', 1);
    await sh.exec("alias l='echo listed'");
    expect((await sh.exec('l; (l)')).output).toBe('listed\nlisted\n');
  });
});

describe('quoting and order', () => {
  it('quotes as each shell does', () => {
    expect(bashQuote("it's")).toBe("'it'\\''s'");
    expect(ashQuote("it's")).toBe(`'it'"'"'s'`);
    expect(ashQuote("''x")).toBe(`''"''"'x'`);
    expect(ashQuote("x'")).toBe(`'x'"'"`);
    expect(ashQuote('')).toBe("''");
  });

  it('lists bash aliases sorted, ash aliases by hash bucket then definition', () => {
    expect(listingOrder(['x', 'e', 'w', 'q'], false)).toEqual(['e', 'q', 'w', 'x']);
    // buckets (recorded order e, q, x, ld, ll, w): 1, 10, 12, 25, 33, 34
    expect(listingOrder(['w', 'll', 'ld', 'x', 'q', 'e'], true)).toEqual([
      'e',
      'q',
      'x',
      'ld',
      'll',
      'w',
    ]);
  });
});

describe('completion', () => {
  it('offers the builtins and the aliases as commands', async () => {
    const m = createMachine({ seed: 1 });
    await m.exec("alias unpack='tar -xf'");
    expect(m.host.complete('unal').candidates).toEqual(['unalias']);
    expect(m.host.complete('unp').candidates).toEqual(['unpack']);
    expect(m.host.complete('whi').candidates).toEqual(['which']);
  });
});

describe('a script defines an alias for its later lines', () => {
  it('ash always; bash -c once expand_aliases is set; never on the defining line', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    const ash = await m.exec(
      `docker run --rm diamol/base sh -c 'alias x="echo X"; x same
x next'`,
    );
    expect(ash.output).toBe('sh: x: not found\nX next\n');
    const off = await m.exec(`bash -c 'alias x="echo X"
x'`);
    expect(off.exitCode).toBe(127);
    const on = await m.exec(`bash -c 'shopt -s expand_aliases
alias x="echo X"
x on'`);
    expect(on.output).toBe('X on\n');
    // the host's sh is dash, which expands them in a script (dash -c, checked by hand)
    const dash = await m.exec(`sh -c 'alias hi="echo hi"
hi there'`);
    expect(dash.output).toBe('hi there\n');
  });
});
