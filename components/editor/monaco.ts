/**
 * Monaco, trimmed to what the playground's editor needs: the editor API, a few everyday
 * features (find, comment, bracket matching, line and word commands, Ctrl+M tab focus mode) and
 * the Dockerfile and shell highlighting. Only MonacoView imports this module, so all of it is
 * one lazy chunk that the page never loads until a reader opens the editor on a wide screen.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/languages/definitions/shell/register';

export { monaco };

const THEMES = { light: 'layerlab-light', dark: 'layerlab-dark' } as const;

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return /^#[0-9a-f]{6}$/i.test(value) ? value : fallback;
}

let ready = false;

/** Once per page: the worker factory and the two themes, coloured from the site's palette. */
export function setupMonaco(): void {
  if (ready) return;
  ready = true;
  // Only the plain editor worker: the basic languages tokenize on the main thread.
  self.MonacoEnvironment = {
    getWorker: () =>
      new Worker(new URL('monaco-editor/editor/editor.worker', import.meta.url), {
        type: 'module',
      }),
  };
  defineTheme();
}

/** Follows the page's theme (html[data-theme]); Monaco's theme is global to the page. */
export function applyTheme(): void {
  defineTheme();
  monaco.editor.setTheme(themeName());
}

/** The page's current theme, coloured from the site's CSS variables. */
function defineTheme(): void {
  const light = document.documentElement.dataset.theme !== 'dark';
  const background = cssVar('--code-bg', light ? '#ffffff' : '#1b1f26');
  monaco.editor.defineTheme(light ? THEMES.light : THEMES.dark, {
    base: light ? 'vs' : 'vs-dark',
    inherit: true,
    rules: light ? [] : [{ token: 'comment', foreground: '8fbf7f' }],
    colors: {
      'editor.background': background,
      'editorGutter.background': background,
      'editorLineNumber.foreground': light ? '#5b6478' : '#a3abbb',
      'editorLineNumber.activeForeground': light ? '#23272f' : '#e6e8ec',
      focusBorder: cssVar('--accent', light ? '#1d63ed' : '#6ea8ff'),
    },
  });
}

export function themeName(): string {
  return document.documentElement.dataset.theme === 'dark' ? THEMES.dark : THEMES.light;
}

/** The site's monospace stack, resolved (Monaco measures glyphs with a concrete family). */
export function monoFont(): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue('--font-mono').trim();
  return value || 'monospace';
}

export function languageOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'Dockerfile' || name.startsWith('Dockerfile.') || name.endsWith('.dockerfile'))
    return 'dockerfile';
  if (/\.(sh|bash)$/.test(name)) return 'shell';
  return 'plaintext';
}
