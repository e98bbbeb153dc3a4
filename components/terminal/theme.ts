/** The terminal's colours, read from the site's CSS variables so both themes match the page. */
import type { ITheme } from '@xterm/xterm';

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/** ANSI colours picked for at least 4.5:1 contrast on the dark terminal background. */
const PALETTE: ITheme = {
  black: '#3b4252',
  red: '#ff8a80',
  yellow: '#f5d76e',
  blue: '#8ab4f8',
  magenta: '#e2a8f0',
  cyan: '#7fdbe0',
  white: '#e6e8ec',
  brightBlack: '#9aa3b5',
  brightRed: '#ffb4ab',
  brightGreen: '#a8f0c6',
  brightYellow: '#fbe8a6',
  brightBlue: '#b4cffa',
  brightMagenta: '#eec7f7',
  brightCyan: '#b2ecef',
  brightWhite: '#ffffff',
};

export function terminalTheme(): ITheme {
  const background = cssVar('--terminal-bg', '#15181e');
  const foreground = cssVar('--terminal-fg', '#e6e8ec');
  return {
    ...PALETTE,
    background,
    foreground,
    cursor: foreground,
    cursorAccent: background,
    selectionBackground: '#4b6a9b',
    selectionForeground: '#ffffff',
    green: cssVar('--terminal-prompt', '#7ee2a8'),
  };
}
