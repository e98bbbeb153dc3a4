/**
 * What the playground toolbar's buttons do: undo, share, export and import. Each reports in
 * Korean through `onStatus`. Browser-only: the clipboard, a download, a chosen file.
 */
import { useState } from 'react';
// Types only: the controller's code loads with the terminal, never with the page.
import type { PlaygroundController } from '@/lib/playground';

export interface ToolbarActions {
  undo(): Promise<void>;
  share(): Promise<void>;
  exportFile(): void;
  importFile(input: HTMLInputElement): Promise<void>;
  /** The last share link made (shown to select by hand where the clipboard refused it). */
  link: string;
}

export function useToolbarActions(
  controller: PlaygroundController | null,
  scenario: string,
  onStatus: (text: string) => void,
): ToolbarActions {
  const [link, setLink] = useState('');
  const share = async () => {
    if (!controller) return;
    const url = `${location.origin}${location.pathname}#${controller.shareFragment()}`;
    setLink(url);
    onStatus(await copyShareLink(url));
  };
  return {
    undo: async () => {
      if (controller) onStatus(await undoText(controller));
    },
    share,
    exportFile: () => {
      if (!controller) return;
      const name = `layerlab-${scenario}.json`;
      download(name, controller.exportText());
      onStatus(`실습을 파일 ${name}로 내보냈습니다.`);
    },
    importFile: async (input) => {
      const chosen = input.files?.[0];
      input.value = '';
      if (!controller || !chosen) return;
      const notice = await controller.importText(await chosen.text());
      onStatus(notice ?? `${chosen.name}에서 실습을 불러왔습니다.`);
    },
    link,
  };
}

/** Undoes the last command when the host prompt is back; the status to show. */
async function undoText(controller: PlaygroundController): Promise<string> {
  if (controller.busy) return '명령이 끝나고 호스트 프롬프트로 돌아온 뒤에 되돌릴 수 있습니다.';
  return (await controller.undo()) ? '' : '더 되돌릴 명령이 없습니다.';
}

async function copyShareLink(url: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(url);
    return `공유 링크를 복사했습니다 (${url.length}자). 링크를 연 사람의 화면에서 같은 명령이 다시 실행됩니다.`;
  } catch {
    return '아래 공유 링크를 선택해 복사하세요.';
  }
}

function download(name: string, text: string): void {
  const blob = new Blob([text], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}
