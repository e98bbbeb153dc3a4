/**
 * lib/engine/build — `docker build` for the simulated daemon, the classic (legacy) builder:
 * Dockerfile parsing, steps run in intermediate containers (RUN through the engine's
 * ProcessRunner), each step committed as an image, VOLUME paths discarded after
 * (docs/semantics.md#m33-dockerfile-volume).
 */
export { build, type BuildOptions } from './builder';
export { BuildError } from './state';
export { BuildContext } from './context';
export { parseDockerfile, splitWords, type Instruction } from './parser';
export { processWord } from './expand';
