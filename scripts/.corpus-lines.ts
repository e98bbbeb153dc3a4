import { corpus } from '../lib/exercises/corpus';
const [id, n] = process.argv.slice(2);
process.stdout.write(corpus[id]![Number(n)]!.lines.join('\n') + '\n');
