/**
 * A seeded generator (mulberry32) whose whole state is one number, so a saved machine continues
 * the same sequence of IDs, container names and $RANDOM after a restore.
 */
export class SeededRandom {
  /** The 32-bit state; read it to save, assign it to resume. */
  state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** The generator as the plain function the engine and shells take. */
  get fn(): () => number {
    return () => this.next();
  }
}
