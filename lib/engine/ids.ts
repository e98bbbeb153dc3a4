/** Docker-style IDs (64 lowercase hex) from a seeded generator, so transcripts are reproducible. */
export class IdGenerator {
  constructor(private readonly random: () => number) {}

  hex64(): string {
    let out = '';
    for (let i = 0; i < 8; i++)
      out += Math.floor(this.random() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return out;
  }
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** Adjective_surname names like Docker's (a small list; collisions get a numeric suffix). */
const LEFT = [
  'admiring',
  'brave',
  'clever',
  'eager',
  'focused',
  'gallant',
  'happy',
  'jolly',
  'keen',
  'loving',
  'nifty',
  'quirky',
  'sharp',
  'vibrant',
  'wizardly',
  'zealous',
];
const RIGHT = [
  'archimedes',
  'babbage',
  'curie',
  'darwin',
  'euclid',
  'hopper',
  'kepler',
  'lovelace',
  'newton',
  'noether',
  'pascal',
  'ritchie',
  'shannon',
  'tesla',
  'turing',
  'wozniak',
];

export function randomName(random: () => number, taken: (name: string) => boolean): string {
  const base = `${LEFT[Math.floor(random() * LEFT.length)]}_${RIGHT[Math.floor(random() * RIGHT.length)]}`;
  if (!taken(base)) return base;
  for (let i = 1; ; i++) if (!taken(`${base}${i}`)) return `${base}${i}`;
}
