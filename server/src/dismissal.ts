/**
 * Recording a dismissed finding in the team's `.reportreview.json`. The file holds the team's rules
 * and every dismissal they made, so it is never left half written and never rewritten: the new
 * text (the old one with one entry inserted, see `withDismissal`) goes to a temporary file beside
 * it, which replaces it by a rename only once it is complete on disk. A full or read-only disk, a
 * crash or a power cut leaves the old file as it was.
 *
 * Written only inside the report's workspace folder, only to a regular file (not through a
 * symbolic link, which could point anywhere), and only when the file still is what was read.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DismissedFinding, withDismissal } from './analysis/config';
import { LocalizedText } from './analysis/findings';
import { CONFIG_FILE_NAME, findConfigFile, MAX_CONFIG_BYTES } from './configFile';
import { errorText, readRegularFile, ReadResult } from './files';

/** The file operations a dismissal uses: the real ones, or a test's that fail on purpose. */
export interface DismissalFs {
  lstat(file: string): fs.Stats;
  realpath(file: string): string;
  read(file: string, maxBytes: number): ReadResult;
  /** Creates `file` (which must not exist) with `data` and `mode`, and flushes it to the disk. */
  writeNew(file: string, data: Buffer, mode: number): void;
  rename(from: string, to: string): void;
  unlink(file: string): void;
}

export const NODE_DISMISSAL_FS: DismissalFs = {
  lstat: (file) => fs.lstatSync(file),
  realpath: (file) => fs.realpathSync.native(file),
  read: readRegularFile,
  writeNew(file, data, mode) {
    const fd = fs.openSync(file, 'wx', mode);
    try {
      // The mode of the file it replaces, whatever the umask.
      fs.fchmodSync(fd, mode);
      for (let written = 0; written < data.length; ) written += fs.writeSync(fd, data, written, data.length - written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (file) => fs.unlinkSync(file),
};

export type DismissalOutcome =
  | { readonly ok: true; readonly file: string; readonly changed: boolean }
  | { readonly ok: false; readonly file: string | undefined; readonly reason: LocalizedText };

const refuse = (file: string | undefined, zh: string, en: string): DismissalOutcome => ({ ok: false, file, reason: { zh, en } });

const inside = (file: string, folder: string) => file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);

/** Size, inode and times: what a write by anyone else changes. */
const stampOf = (s: fs.Stats) => `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;

function lstatOrNone(fsi: DismissalFs, file: string): fs.Stats | undefined {
  try {
    return fsi.lstat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Adds `entry` to the `.reportreview.json` that governs `report` (the nearest one within
 * `folder`, else a new one at `folder`), where `folder` is the workspace folder holding the report.
 */
export function recordDismissal(report: string, folder: string, entry: DismissedFinding, fsi: DismissalFs = NODE_DISMISSAL_FS): DismissalOutcome {
  const target = findConfigFile(path.dirname(report), folder) ?? path.join(folder, CONFIG_FILE_NAME);
  try {
    // Where the file really is: a folder on the way may be a link to somewhere else.
    if (!inside(fsi.realpath(path.dirname(target)), fsi.realpath(folder))) {
      return refuse(target, '它不在工作区文件夹内,未写入', 'it is not inside the workspace folder; nothing was written');
    }
    const before = lstatOrNone(fsi, target);
    if (before?.isSymbolicLink()) return refuse(target, '它是符号链接,未写入', 'it is a symbolic link; nothing was written');
    if (before && !before.isFile()) return refuse(target, '它不是普通文件,未写入', 'it is not a regular file; nothing was written');
    let current: string | undefined;
    if (before) {
      const read = fsi.read(target, MAX_CONFIG_BYTES);
      if (!read.ok) {
        const why = read.problem === 'tooLarge' ? `larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB` : read.problem === 'notRegular' ? 'not a regular file' : errorText(read.error, 'en');
        return refuse(target, `无法读取(${why}),未写入`, `it cannot be read (${why}); nothing was written`);
      }
      try {
        // UTF-8 only (with or without its byte order mark): another encoding would be written back wrong.
        current = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(read.bytes);
      } catch {
        return refuse(target, '它不是 UTF-8 编码,未修改', 'it is not encoded in UTF-8; it was not changed');
      }
    }
    const edit = withDismissal(current, entry);
    if (!edit.ok) return { ok: false, file: target, reason: edit.reason };
    if (!edit.changed) return { ok: true, file: target, changed: false };

    const temporary = path.join(path.dirname(target), `${CONFIG_FILE_NAME}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      fsi.writeNew(temporary, Buffer.from(edit.text, 'utf8'), before ? before.mode & 0o777 : 0o644);
      // Changed by someone else since it was read: their change must not be lost to ours.
      const now = lstatOrNone(fsi, target);
      if ((now === undefined) !== (before === undefined) || (now && before && stampOf(now) !== stampOf(before))) {
        fsi.unlink(temporary);
        return refuse(target, '读取后它又被修改过,未写入;请重试', 'it changed while it was being edited; nothing was written: try again');
      }
      fsi.rename(temporary, target);
    } catch (e) {
      try {
        fsi.unlink(temporary);
      } catch {
        // never created, or already gone
      }
      const why = errorText(e, 'en');
      return refuse(target, `写入失败(${errorText(e, 'zh')}),原文件未改动`, `writing failed (${why}); the file was left as it was`);
    }
    return { ok: true, file: target, changed: true };
  } catch (e) {
    return refuse(target, `无法访问(${errorText(e, 'zh')}),未写入`, `it cannot be reached (${errorText(e, 'en')}); nothing was written`);
  }
}
