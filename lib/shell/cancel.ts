/** Ctrl-C for one command line: the engine's cancel token (a flag plus listeners), shared. */
export { CancelToken as CancelSignal } from '../engine/scheduler';
