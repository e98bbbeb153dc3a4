/**
 * `docker`: finds the subcommand (top-level short forms like `docker run`, management forms like
 * `docker container run`), parses its flags like the real CLI and reports usage errors with
 * the real CLI's text and exit codes (flag errors 125, argument count errors 1).
 */
import type { Command } from '../types';
import { argCountError } from './arg-count';
import { FlagError, parseFlags } from './flags';
import { subcommands } from './registry';
import type { DockerContext, DockerEnv, Subcommand } from './types';

const GROUPS: Record<string, string> = {
  container: 'Manage containers',
  image: 'Manage images',
  volume: 'Manage volumes',
  system: 'Manage Docker',
};

function find(
  args: readonly string[],
): { sub: Subcommand; invoked: string; rest: string[] } | { group: string } | null {
  const [first, second] = args;
  if (first === undefined) return null;
  if (first in GROUPS) {
    if (second === undefined || second.startsWith('-')) return { group: first };
    const sub = subcommands.find(
      (s) =>
        s.path === `${first} ${second}` ||
        (s.path.startsWith(`${first} `) && s.groupAliases?.includes(second)),
    );
    return sub
      ? { sub, invoked: `docker ${first} ${second}`, rest: args.slice(2) }
      : { group: `${first} ${second}` };
  }
  const sub = subcommands.find((s) => s.aliases?.includes(first));
  return sub ? { sub, invoked: `docker ${first}`, rest: args.slice(1) } : null;
}

export function dockerCommand(env: DockerEnv): Command {
  return {
    name: 'docker',
    flavors: ['bash'],
    async run(sh) {
      const args = [...sh.args];
      if (args[0] === '--version' || args[0] === '-v') {
        sh.stdout.write('Docker version 28.2.2, build e6534b4 (simulated by layerlab)\n');
        return 0;
      }
      if (args.length === 0 || args[0] === '--help' || args[0] === 'help') {
        sh.stdout.write(TOP_HELP);
        return 0;
      }
      const found = find(args);
      if (!found) {
        sh.stderr.write(
          `docker: unknown command: docker ${args[0]}\n\nRun 'docker --help' for more information\n`,
        );
        return 1;
      }
      if ('group' in found) {
        const [group, unknown] = found.group.split(' ');
        if (unknown) {
          // the groups' cobra Use lines: only `volume COMMAND` names its argument
          const use = `docker ${group}${group === 'volume' ? ' COMMAND' : ''}`;
          sh.stderr.write(
            `docker: unknown command: docker ${group} ${unknown}\n\nUsage:  ${use}\n\nRun 'docker ${group} --help' for more information\n`,
          );
          return 1;
        }
        sh.stdout.write(groupHelp(group!));
        return 0;
      }
      const { sub, invoked, rest } = found;
      const d: DockerContext = {
        env,
        engine: env.engine,
        sh,
        out: sh.stdout,
        err: sh.stderr,
        invoked,
      };
      const usage = `Usage:  ${invoked} ${sub.usage}`;
      let parsed;
      try {
        parsed = parseFlags(rest, sub.flags, sub.interspersed ?? true);
      } catch (e) {
        if (!(e instanceof FlagError)) throw e;
        sh.stderr.write(
          `${e.message}\n\n${usage}\n\nRun '${invoked} --help' for more information\n`,
        );
        return 125;
      }
      const problem = argCountError(invoked, usage, parsed.positional.length, sub.args ?? {});
      if (problem) {
        sh.stderr.write(problem);
        return 1;
      }
      return sub.run(d, parsed.flags, parsed.positional);
    },
  };
}

function groupHelp(group: string): string {
  const lines = subcommands
    .filter((s) => s.path.startsWith(`${group} `))
    .map((s) => `  ${s.path.slice(group.length + 1).padEnd(12)}${s.summary ?? ''}`);
  return `\nUsage:  docker ${group} COMMAND\n\n${GROUPS[group]}\n\nCommands:\n${lines.join('\n')}\n\nRun 'docker ${group} COMMAND --help' for more information on a command.\n`;
}

const TOP_HELP = `
Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers (simulated in your browser by layerlab)

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  build       Build an image from a Dockerfile
  images      List images

Management Commands:
  container   Manage containers
  image       Manage images
  system      Manage Docker
  volume      Manage volumes

Run 'docker COMMAND --help' for more information on a command.
`;
