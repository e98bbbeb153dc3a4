/**
 * `docker pull` / `docker image pull`, and the pull `run`/`create` make for a missing image:
 * the daemon's progress messages paced on the session's clock, shown like the CLI shows them.
 */
import {
  completePull,
  DaemonError,
  familiarTagged,
  fullTagged,
  parseReference,
  planPull,
  ReferenceError,
  type Image,
  type Reference,
} from '../../../engine';
import type { Output } from '../../types';
import { reportDaemonError } from '../errors';
import { bool } from '../flags';
import type { DockerContext, Subcommand } from '../types';
import { PullDisplay } from './pull-display';

/**
 * Pulls `ref`, writing the progress to `out`; returns the image, null when Ctrl-C cut it short
 * (nothing is stored), or throws a DaemonError.
 */
export async function pullImage(
  d: DockerContext,
  ref: Reference,
  out: Output,
): Promise<Image | null> {
  const plan = planPull(d.engine.registry, d.engine.images, ref);
  const display = new PullDisplay(out, d.sh.tty ? d.sh.tty.columns : null);
  display.line(`${ref.digest ?? ref.tag}: Pulling from ${ref.path}`);
  let now = 0;
  for (const m of plan.messages) {
    if (m.at > now) await d.sh.sleep(m.at - now);
    now = Math.max(now, m.at);
    if (d.sh.cancel.cancelled) return null;
    display.layer(m);
  }
  completePull(d.engine.images, plan);
  display.line(`Digest: ${plan.digest}`);
  const name = ref.digest
    ? `${familiarTagged(ref).replace(/:[^:]*$/, '')}@${ref.digest}`
    : familiarTagged(ref);
  display.line(
    plan.upToDate
      ? `Status: Image is up to date for ${name}`
      : `Status: Downloaded newer image for ${name}`,
  );
  return plan.image;
}

export const pull: Subcommand = {
  path: 'image pull',
  aliases: ['pull'],
  summary: 'Download an image from a registry',
  usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  flags: [
    { name: 'all-tags', short: 'a', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'platform', type: 'string' },
    { name: 'disable-content-trust', type: 'bool' },
  ],
  args: { exact: 1 },
  async run(d, flags, [text]) {
    const quiet = bool(flags, 'quiet');
    let ref: Reference;
    try {
      ref = parseReference(text!);
    } catch (e) {
      if (!(e instanceof ReferenceError)) throw e;
      d.err.write(`${e.message}\n`);
      return 1;
    }
    if (bool(flags, 'all-tags')) {
      if (!ref.defaultTag) {
        d.err.write("tag can't be used with --all-tags/-a\n");
        return 1;
      }
      d.err.write(
        '이 시뮬레이션은 --all-tags로 모든 태그를 받는 것을 지원하지 않습니다. 태그를 하나씩 받아 보세요.\n',
      );
      return 1;
    }
    if (ref.defaultTag && !quiet) d.out.write('Using default tag: latest\n');
    const sink: Output = quiet ? { write: () => undefined } : d.out;
    try {
      if (!(await pullImage(d, ref, sink))) return 130;
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      return reportDaemonError(d, e);
    }
    d.out.write(`${fullTagged(ref)}\n`);
    return 0;
  },
};
