/** The oracle's tree listing: `TYPE MODE PATH details`, all paths sorted in C order. */
import type { DirNode } from '../node';
import { joinPath } from '../pathname';
import type { FileSystem } from '../types';

export type Sha256Hex = (data: Uint8Array) => string;

function mode4(mode: number): string {
  return mode.toString(8).padStart(4, '0');
}

function byPath(a: [string, string], b: [string, string]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function fileLine(path: string, mode: number, data: Uint8Array, nlink: number, sha: Sha256Hex) {
  return `f ${mode4(mode)} ${path} sha=${sha(data).slice(0, 12)} size=${data.length} nlink=${nlink}`;
}

/** The merged view, read through the filesystem's own API. */
export function dumpMerged(fs: FileSystem, sha: Sha256Hex): string[] {
  const rows: [string, string][] = [];
  const visit = (dir: string): void => {
    for (const name of fs.readdir(dir)) {
      const path = joinPath(dir, name);
      const st = fs.lstat(path);
      if (st.kind === 'dir') {
        rows.push([path, `d ${mode4(st.mode)} ${path}`]);
        visit(path);
      } else if (st.kind === 'symlink') {
        rows.push([path, `l 0777 ${path} -> ${fs.readlink(path)}`]);
      } else rows.push([path, fileLine(path, st.mode, fs.readFile(path), st.nlink, sha)]);
    }
  };
  visit('/');
  return rows.sort(byPath).map((r) => r[1]);
}

/** The UpperDir as stored: whiteouts as char devices 0/0, opaque dirs marked. */
export function dumpLayer(root: DirNode, sha: Sha256Hex): string[] {
  const rows: [string, string][] = [];
  const visit = (dir: DirNode, at: string): void => {
    for (const [name, node] of dir.children) {
      const path = joinPath(at, name);
      if (node.kind === 'whiteout') rows.push([path, `c 0000 ${path} WHITEOUT(0:0)`]);
      else if (node.kind === 'symlink') rows.push([path, `l 0777 ${path} -> ${node.target}`]);
      else if (node.kind === 'file') {
        rows.push([path, fileLine(path, node.mode, node.data, node.nlink, sha)]);
      } else {
        rows.push([path, `d ${mode4(node.mode)} ${path}${node.opaque ? ' [opaque=y]' : ''}`]);
        visit(node, path);
      }
    }
  };
  visit(root, '/');
  return rows.sort(byPath).map((r) => r[1]);
}
