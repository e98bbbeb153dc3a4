/**
 * lib/runtime — time and cancellation, below both the engine and the shells: the Scheduler
 * (real time in the browser, virtual time in tests and `sim`) and the CancelToken that Ctrl-C,
 * SIGKILL and `docker stop` fire.
 */
export {
  CancelToken,
  realTimeScheduler,
  VirtualScheduler,
  VIRTUAL_WORK_BUDGET_MS,
  type Cancellable,
  type Scheduler,
} from './scheduler';
