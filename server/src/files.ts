/**
 * Reading files the tools did not write themselves: reports named on the command line or found in
 * a folder, and `.reportreview.json`. Only regular files are read, and never past a size cap: a
 * FIFO named `*.txt` would block a read forever, and `/dev/zero` would fill the memory.
 */
import * as fs from 'node:fs';

export type NotRegularKind = 'directory' | 'fifo' | 'device' | 'socket' | 'other';

export type ReadResult =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly problem: 'notRegular'; readonly kind: NotRegularKind }
  | { readonly ok: false; readonly problem: 'tooLarge'; readonly size: number }
  | { readonly ok: false; readonly problem: 'error'; readonly error: unknown };

/** What a file system entry that is not a regular file is (from its stats or its directory entry). */
export function kindOf(stat: Pick<fs.Stats, 'isDirectory' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): NotRegularKind {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

// Opening a FIFO for reading waits for a writer; without blocking it opens at once, and fstat
// then says what it is. (Windows has no such flag, and no FIFOs in its file system.)
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * The bytes of `file` when it is a regular file (symbolic links followed) of at most `maxBytes`.
 * The type and size are taken from the opened file itself, so a file swapped between a check and
 * the read is still caught; a file that grows while being read is read to the cap and reported as
 * too large.
 */
export function readRegularFile(file: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, problem: 'error', error };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, problem: 'notRegular', kind: kindOf(stat) };
    if (stat.size > maxBytes) return { ok: false, problem: 'tooLarge', size: stat.size };
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) return { ok: false, problem: 'tooLarge', size: length };
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, problem: 'error', error };
  } finally {
    fs.closeSync(fd);
  }
}

/** What a read problem is, in words, for a message after the file's name. */
export function readProblemText(r: Exclude<ReadResult, { ok: true }>, language: 'zh' | 'en', maxBytes: number): string {
  const mb = `${Number((maxBytes / 1024 / 1024).toFixed(2))} MB`;
  if (r.problem === 'tooLarge') return language === 'zh' ? `文件超过 ${mb},未读取` : `larger than ${mb}, not read`;
  if (r.problem === 'notRegular') {
    const zh: Record<NotRegularKind, string> = { directory: '这是一个目录', fifo: '这是命名管道(FIFO)', device: '这是设备文件', socket: '这是套接字', other: '不是普通文件' };
    const en: Record<NotRegularKind, string> = { directory: 'is a directory', fifo: 'is a named pipe (FIFO)', device: 'is a device', socket: 'is a socket', other: 'is not a regular file' };
    return language === 'zh' ? `${zh[r.kind]},未读取` : `${en[r.kind]}, not read`;
  }
  return errorText(r.error, language);
}

/** A file system error in words: the common codes named, others as the system says them. */
export function errorText(e: unknown, language: 'zh' | 'en'): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const zh: Record<string, string> = { ENOENT: '文件不存在', EACCES: '没有读取权限', EISDIR: '这是一个目录', EPERM: '没有读取权限', ENXIO: '不是普通文件,未读取', ELOOP: '符号链接循环' };
  const en: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'is a directory', EPERM: 'permission denied', ENXIO: 'is not a regular file, not read', ELOOP: 'too many levels of symbolic links' };
  const table = language === 'zh' ? zh : en;
  return (code && table[code]) ?? (e instanceof Error ? e.message : String(e));
}
