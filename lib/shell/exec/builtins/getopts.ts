/** getopts OPTSTRING NAME [ARG ...]: one option per call, using OPTIND and OPTARG. */
import type { InterpreterBuiltin } from './types';

export const getoptsBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  const [spec, name, ...given] = args;
  if (spec === undefined || name === undefined) {
    fds.err.write(`${sh.prefix}: getopts: usage: getopts optstring name [arg ...]\n`);
    return 2;
  }
  const argv = given.length > 0 ? given : sh.positional;
  const silent = spec.startsWith(':');
  const optstring = silent ? spec.slice(1) : spec;
  let index = Number(sh.lookup('OPTIND') ?? '1') || 1;
  let offset = Number(sh.env.get('__GETOPTS_OFFSET') ?? '1') || 1;
  const word = argv[index - 1];
  const done = () => {
    sh.setVar(name, '?');
    sh.setVar('OPTIND', String(index));
    sh.env.delete('__GETOPTS_OFFSET');
    return 1;
  };
  if (word === undefined || word === '-' || !word.startsWith('-')) return done();
  if (word === '--') {
    index++;
    return done();
  }
  const letter = word[offset]!;
  offset++;
  const advance = () => {
    if (offset >= word.length) {
      index++;
      offset = 1;
    }
  };
  const at = optstring.indexOf(letter);
  sh.env.delete('OPTARG');
  if (at < 0 || letter === ':') {
    advance();
    if (silent) sh.setVar('OPTARG', letter);
    else
      fds.err.write(
        sh.flavor === 'bash'
          ? `${sh.prefix}: illegal option -- ${letter}\n`
          : `Illegal option -${letter}\n`,
      );
    sh.setVar(name, '?');
  } else if (optstring[at + 1] === ':') {
    // `-bVALUE` or `-b VALUE`: argv[index - 1] is the current word, argv[index] the next.
    let value: string | undefined;
    if (offset < word.length) {
      value = word.slice(offset);
      index += 1;
    } else {
      value = argv[index];
      index += value === undefined ? 1 : 2;
    }
    offset = 1;
    if (value === undefined) {
      if (silent) {
        sh.setVar(name, ':');
        sh.setVar('OPTARG', letter);
      } else {
        fds.err.write(
          sh.flavor === 'bash'
            ? `${sh.prefix}: option requires an argument -- ${letter}\n`
            : `No arg for -${letter} option\n`,
        );
        sh.setVar(name, '?');
      }
    } else {
      sh.setVar(name, letter);
      sh.setVar('OPTARG', value);
    }
  } else {
    advance();
    sh.setVar(name, letter);
  }
  sh.setVar('OPTIND', String(index));
  if (offset > 1) sh.env.set('__GETOPTS_OFFSET', String(offset));
  else sh.env.delete('__GETOPTS_OFFSET');
  return 0;
};
