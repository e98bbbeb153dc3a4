/**
 * Machine benchmark (prints numbers, asserts nothing): what one Enter costs beyond the command
 * itself. A host command with 20 volumes on the machine (the host's view of the disk is built for
 * it), `docker exec … cat` in a container of a 10-layer image, and the playground's save after a
 * command (snapshot, the undo unit and the stored text) on a machine holding that image.
 */
import { createMachine } from '../../lib/machine';
import { PlaygroundController } from '../../lib/playground';
import { buildImage, filePath } from './image';
import { saveCost } from './save-cost';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const machine = createMachine({ seed: 5 });
const base = machine.engine.images.get('diamol/base');
const bench = {
  ...base,
  id: `sha256:${'c'.repeat(64)}`,
  repoTags: [] as string[],
  layers: [...base.layers, ...buildImage(10_000)],
};
machine.engine.images.add(bench);
machine.engine.images.tag(bench, 'bench:latest');
for (let i = 0; i < 20; i++) await machine.exec(`docker volume create v${i}`);
await machine.exec('docker run -d --name c1 bench:latest sleep 3600');

const hostLs: number[] = [];
for (let i = 0; i < 50; i++) hostLs.push(await timed(() => machine.exec('ls / > /dev/null')));
const execCat: number[] = [];
for (let i = 0; i < 30; i++)
  execCat.push(await timed(() => machine.exec(`docker exec c1 cat ${filePath(i * 31)}`)));

// The playground's per-Enter cost: a controller on an in-memory store, a command typed and run.
const store = new Map<string, string>();
const io = {
  write: () => {},
  columns: () => 80,
};
// The save on idle: run at once (on the path from Enter to the prompt, as before) or queued and
// run after the measured Enter (as requestIdleCallback does in the page).
let saveOnIdle = false;
const idleTasks: (() => void)[] = [];
const controller = await PlaygroundController.start({
  id: 'bench',
  idle: (fn) => {
    if (saveOnIdle) idleTasks.push(fn);
    else fn();
    return () => {};
  },
  io,
  store: {
    get: (k) => store.get(k) ?? null,
    set: (k, v) => void store.set(k, v),
    remove: (k) => void store.delete(k),
  },
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  seed: 5,
});
const dockerfile = [
  'FROM diamol/base',
  ...Array.from({ length: 9 }, (_, i) => `RUN echo ${i} > /f${i}`),
];
const setup = [
  `mkdir layered && printf '%s\\n' ${dockerfile.map((l) => `'${l}'`).join(' ')} > layered/Dockerfile`,
  'docker build -q -t layered layered',
  'docker run -d --name keep layered sleep 3600',
  "docker run --rm -v data:/data diamol/base sh -c 'for i in $(seq 2000); do echo $i > /data/f$i; done'",
];
for (const line of setup) {
  const result = await controller.machine.exec(line);
  if (result.exitCode !== 0) throw new Error(`${line}: ${result.output}`);
}
// Enter to the next prompt (the snapshot and the undo unit happen on the way; the save too, or
// on idle after it).
// Alternating, after a warm-up, so neither mode gets the cold runs.
const enterNow: number[] = [];
const enterIdle: number[] = [];
for (let i = 0; i < 70; i++) {
  saveOnIdle = i % 2 === 1;
  const prompt = controller.driver.nextPrompt();
  const ms = await timed(async () => {
    controller.input('true\r');
    await prompt;
  });
  for (const task of idleTasks.splice(0)) task();
  if (i >= 10) (saveOnIdle ? enterIdle : enterNow).push(ms);
}
const savedChars = [...store.values()].reduce((n, v) => n + v.length, 0);
const save = await saveCost(controller.machine);

console.log('machine benchmark (virtual time for the machine, real time for the playground)\n');
console.log(
  `host command, 20 volumes (ls / > /dev/null)      median ${median(hostLs).toFixed(2)} ms`,
);
console.log(
  `docker exec cat, 10-layer image                   median ${median(execCat).toFixed(2)} ms`,
);
console.log(
  `playground Enter to prompt (true, busy machine)   median ${median(enterNow).toFixed(2)} ms save at once, ${median(enterIdle).toFixed(2)} ms save on idle`,
);
console.log(
  `saved playground text                             ${(savedChars / 1024).toFixed(0)} KB`,
);
const ms = (n: number | null) => (n === null ? 'n/a (no Chromium)' : `${n.toFixed(2)} ms`);
console.log('one save of that machine, by part (median):');
console.log(`  snapshot object (lib/machine snapshot)           ${ms(save.snapshot)}`);
console.log(`  JSON.stringify of it                             ${ms(save.stringify)}`);
console.log(`  saved envelope around the JSON (writeSaved)      ${ms(save.envelope)}`);
console.log(
  `  localStorage.setItem in Chromium (${(save.chars / 1024).toFixed(0)} KB)         ${ms(save.setItem)}`,
);
process.exit(0); // the containers' sleeps are real timers
