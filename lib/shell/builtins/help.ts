import type { Command } from '../types';

/** help: a Korean summary of what this simulated shell offers (not bash's own `help`). */
export const help: Command = {
  name: 'help',
  run(ctx) {
    const names = [...ctx.session.commands.values()]
      .filter((c) => !c.flavors || c.flavors.includes(ctx.flavor))
      .map((c) => c.name)
      .sort();
    const where = ctx.flavor === 'bash' ? '호스트 셸(bash)' : '컨테이너 셸(BusyBox sh)';
    ctx.stdout.write(
      [
        `레이어랩 ${where}: 브라우저 안에서 흉내 낸 셸입니다.`,
        '',
        '쓸 수 있는 명령:',
        ...wrap(names, 72).map((l) => `  ${l}`),
        '',
        '셸 문법: 따옴표, $VAR, ${VAR}, $?, $(명령), `명령`, 파이프(|), &&, ||, ;,',
        '리디렉션(>, >>, <, 2>, 2>&1), 와일드카드(*, ?), cd ~ / cd -, export, # 주석',
        ctx.flavor === 'bash'
          ? '컨테이너 안으로 들어가기: docker exec -it <컨테이너> sh (나올 때는 exit)'
          : '호스트로 돌아가기: exit',
        '',
      ].join('\n'),
    );
    return 0;
  },
};

function wrap(words: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}
