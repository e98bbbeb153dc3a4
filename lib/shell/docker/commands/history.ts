/**
 * docker history / image history: one row per history entry, newest first, as the CLI 28
 * formatter prints them (*image.historyContext): the table, -q, --no-trunc, -H=false (RFC 3339
 * dates and sizes in bytes), --format templates, `table ...` and `json`.
 */
import { shortId, type Image } from '../../../engine';
import { layerSize } from '../../../fs';
import { reportDaemonError } from '../errors';
import { createdAgo, humanSize, truncate } from '../format';
import { bool, str } from '../flags';
import { HISTORY_FORMAT, renderList, rfc3339, rowContext } from '../inspect';
import type { Subcommand } from '../types';

const TABLE = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';

interface HistoryOptions {
  noTrunc: boolean;
  human: boolean;
  now: number;
}

function rows(image: Image, opts: HistoryOptions) {
  let layer = 0; // history is oldest first, like the layers
  return image.history
    .map((h, i) => {
      const size = h.emptyLayer ? 0 : layerSize(image.layers[layer++]!);
      const id = i === image.history.length - 1 ? image.id : h.stepId;
      const createdBy = h.createdBy.replaceAll('\t', ' ');
      const createdAt = rfc3339(Math.floor(h.created / 1000) * 1000);
      return rowContext(
        '*image.historyContext',
        {
          ID: id ? (opts.noTrunc ? id : shortId(id)) : '<missing>',
          CreatedSince: opts.human ? createdAgo(opts.now - h.created) : createdAt,
          CreatedAt: createdAt,
          CreatedBy: opts.noTrunc ? createdBy : truncate(createdBy, 45),
          Size: opts.human ? humanSize(size) : String(size),
          Comment: h.comment ?? '',
        },
        null,
      );
    })
    .reverse();
}

export const history: Subcommand = {
  path: 'image history',
  aliases: ['history'],
  summary: 'Show the history of an image',
  usage: '[OPTIONS] IMAGE',
  flags: [
    { name: 'no-trunc', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'human', short: 'H', type: 'bool' },
    { name: 'format', type: 'string' },
  ],
  args: { exact: 1 },
  run(d, flags, [ref]) {
    let image;
    try {
      image = d.engine.images.get(ref!);
    } catch (e) {
      return reportDaemonError(d, e);
    }
    const format = str(flags, 'format');
    const quiet = bool(flags, 'quiet');
    const out = renderList(
      quiet ? '{{.ID}}' : format === undefined || format === 'table' ? TABLE : format,
      rows(image, {
        noTrunc: bool(flags, 'no-trunc'),
        human: flags.get('human') !== false,
        now: d.engine.scheduler.now(),
      }),
      HISTORY_FORMAT,
    );
    d.out.write(out.stdout);
    d.err.write(out.stderr);
    return out.exitCode;
  },
};
