/**
 * The editor's access to the playground's host filesystem. It reads and writes as the learner
 * (UID 1000), like an editor the learner runs on the host: new files and folders belong to them,
 * and a file they may not write fails the way it would on a real machine.
 */
import {
  FsError,
  strerror,
  type ErrnoCode,
  REPO,
  LEARNER,
  writeAsLearner,
  type Machine,
} from '@/lib/machine';

/** What the editor shows for one file: its text, or why there is none. */
export interface HostFile {
  text: string;
  /** The file does not exist (yet): it opens empty and saving creates it. */
  missing: boolean;
  /** Korean text of a read failure other than a missing file. */
  error: string | null;
}

const learnerFs = (machine: Machine) => machine.engine.host.as(LEARNER);

export function readHostFile(machine: Machine, path: string): HostFile {
  try {
    return { text: learnerFs(machine).readTextFile(path), missing: false, error: null };
  } catch (err) {
    if (err instanceof FsError && err.code === 'ENOENT')
      return { text: '', missing: true, error: null };
    return { text: '', missing: false, error: failure('읽지 못했습니다', path, err) };
  }
}

/**
 * Writes `content` to `path`, creating its folders first (mkdir -p). Returns null on success,
 * otherwise the Korean error the reader sees; it never throws.
 */
export function writeHostFile(machine: Machine, path: string, content: string): string | null {
  try {
    writeAsLearner(machine.engine.host, path, content);
    return null;
  } catch (err) {
    return failure('저장하지 못했습니다', path, err);
  }
}

/** The path as the shell in ~/diamol would name it. */
export function displayPath(path: string): string {
  return path.startsWith(`${REPO}/`) ? path.slice(REPO.length + 1) : path;
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

const KOREAN: Partial<Record<ErrnoCode, string>> = {
  ENOENT: '그런 파일이나 디렉터리가 없습니다',
  ENOTDIR: '디렉터리가 아닙니다',
  EISDIR: '디렉터리입니다',
  EACCES: '권한이 없습니다',
  EPERM: '허용되지 않은 작업입니다',
  EROFS: '읽기 전용 파일 시스템입니다',
  ENOSPC: '장치에 남은 공간이 없습니다',
  EEXIST: '파일이 이미 있습니다',
  ELOOP: '심볼릭 링크가 너무 많이 이어집니다',
  ENAMETOOLONG: '파일 이름이 너무 깁니다',
};

/** "저장하지 못했습니다: ch06/.../Dockerfile: 디렉터리입니다 (Is a directory)" */
function failure(what: string, path: string, err: unknown): string {
  if (!(err instanceof FsError)) return `${what}: ${displayPath(path)}: 알 수 없는 오류입니다`;
  const reason = KOREAN[err.code] ?? strerror(err.code);
  return `${what}: ${displayPath(err.path || path)}: ${reason} (${strerror(err.code)})`;
}
