/** The commands that show the selected fact in the terminal, each put on its line on request. */
import type { TerminalCommand } from '@/lib/layers';
import styles from './Inspector.module.css';

interface CommandsProps {
  commands: TerminalCommand[];
  onInsert?(line: string): void;
}

export function Commands({ commands, onInsert }: CommandsProps) {
  return (
    <div className={styles.commands}>
      <p className={styles.commandsTitle}>터미널에서 확인하기</p>
      {onInsert && (
        <p className={styles.summary}>
          넣기를 누르면 명령이 터미널 입력 줄에 들어갑니다. 실행은 Enter로 합니다.
        </p>
      )}
      <ul>
        {commands.map((c) => (
          <li key={c.line} className={styles.command}>
            <span className={styles.commandLabel}>{c.label}</span>
            <code className={styles.commandLine}>{c.line}</code>
            {onInsert && (
              <button
                type="button"
                className={styles.insert}
                aria-label={`터미널에 넣기: ${c.line}`}
                onClick={() => onInsert(c.line)}
              >
                넣기
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
