/** docker rmi / image rm: untag, and delete the image (with its untagged build steps) when the last tag goes. */
import { forEach } from '../errors';
import { bool } from '../flags';
import { deleteImage } from '../image-delete';
import type { Subcommand } from '../types';

export const rmi: Subcommand = {
  path: 'image rm',
  aliases: ['rmi'],
  groupAliases: ['remove'],
  summary: 'Remove one or more images',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  flags: [
    { name: 'force', short: 'f', type: 'bool' },
    { name: 'no-prune', type: 'bool' },
  ],
  args: { min: 1 },
  run: (d, flags, args) =>
    forEach(d, args, (ref) => {
      for (const r of deleteImage(d, ref, bool(flags, 'force')).records)
        d.out.write(r.untagged ? `Untagged: ${r.untagged}\n` : `Deleted: ${r.deleted}\n`);
    }),
};
