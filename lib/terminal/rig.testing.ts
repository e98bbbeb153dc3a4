/**
 * Test support: a playground terminal 80 columns wide whose bytes are kept, for tests that
 * compare what it shows with what a real terminal showed (fixtures/docker-tty.json,
 * fixtures/docker-prompt.json).
 */
import { createPlaygroundTerminal } from './testing';

/** `setTimer`: the test's setTimeout (lib/ has no timers of its own). */
export function terminalRig(setTimer: (fn: () => void, ms: number) => unknown) {
  let bytes = '';
  const { driver, machine } = createPlaygroundTerminal(
    { columns: () => 80, write: (data) => (bytes += data) },
    { seed: 5, setTimer },
  );
  driver.start();
  /** Types a line (or key) and waits for the next prompt, in whichever shell or question. */
  const type = async (data: string) => {
    const prompted = driver.nextPrompt();
    driver.input(data);
    await prompted;
  };
  /** The command line, then the keys: everything the terminal got after the line's own echo. */
  const run = async (command: string, keys: readonly string[] = []) => {
    driver.input(command.slice(0, -1));
    const start = bytes.length;
    for (const key of [command.slice(-1) + '\r', ...keys]) await type(key);
    return bytes.slice(start);
  };
  return { driver, machine, type, run };
}

/**
 * What the sim showed after the command line's Enter, up to the host's next prompt, without the
 * prompt's colour and the line editor's erase-below (both invisible).
 */
export function shownBySim(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/\x1b\[(32m|0m|J)/g, '');
  const afterEnter = text.slice(text.indexOf('\r\n') + 2);
  return afterEnter.slice(0, afterEnter.lastIndexOf('learner@host:'));
}
