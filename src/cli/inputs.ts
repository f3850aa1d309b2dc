/**
 * Turns the PATH arguments into an ordered list of inputs. A folder becomes
 * its pages and WARC files (recursively, sorted, so reports are stable); a
 * path that yields nothing, or cannot be read, becomes an error item in its
 * place, so errors keep the order of the arguments and the run goes on.
 */
import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, sep } from 'node:path';

/** A saved page to audit; `source` is the path as the user gave it (folder + relative path for folder members). */
export interface FileItem {
  kind: 'file';
  source: string;
  path: string;
}

/** A WARC file (.warc, .warc.gz): many pages, read record by record. */
export interface WarcItem {
  kind: 'warc';
  source: string;
  path: string;
}

/** Standard input (`-`), read once by the caller: a page, or a WARC stream. */
export interface StdinItem {
  kind: 'stdin';
  source: '-';
}

/** An argument or folder member that could not become an input (missing, unreadable, not a regular file). */
export interface ErrorItem {
  kind: 'error';
  source: string;
  message: string;
}

export type InputItem = FileItem | WarcItem | StdinItem | ErrorItem;

const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.txt']);
const WARC = /\.warc(?:\.gz)?$/i;

/** Whether a file name is one the audit reads as a single page. */
export function isPageFile(name: string): boolean {
  return PAGE_EXTENSIONS.has(extname(name).toLowerCase());
}

/** Whether a file name is a WARC file. */
export function isWarcFile(name: string): boolean {
  return WARC.test(name);
}

const NOTHING_HERE = 'no .html, .htm, .txt, .warc or .warc.gz files in this folder';

/** Expands PATH arguments into items, in argument order. */
export async function expandInputs(args: readonly string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      items.push({ kind: 'stdin', source: '-' });
      continue;
    }
    const info = await stat(arg).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) {
      items.push({ kind: 'error', source: arg, message: describeFsError(info) });
    } else if (info.isDirectory()) {
      const found = await listFolder(arg);
      if (found.some(i => i.kind !== 'error')) items.push(...found);
      else items.push(...found, { kind: 'error', source: arg, message: NOTHING_HERE });
    } else if (!isPageFile(arg) && !isWarcFile(arg)) {
      // Named explicitly, so say why it is left out (in folders such files are skipped quietly).
      items.push({ kind: 'error', source: arg, message: 'not an .html, .htm, .txt, .warc or .warc.gz file' });
    } else if (!info.isFile()) {
      items.push({ kind: 'error', source: arg, message: describeFileType(info) });
    } else {
      items.push({ kind: isWarcFile(arg) ? 'warc' : 'file', source: arg, path: arg });
    }
  }
  return items;
}

/**
 * The pages and WARC files in a folder, recursively. A sub-folder that cannot
 * be read, and a page-named entry that is not a regular file (a FIFO, a
 * device, a broken link), are error items: named, and the walk goes on.
 */
async function listFolder(folder: string): Promise<InputItem[]> {
  const prefix = folder.endsWith('/') || folder.endsWith(sep) ? folder : folder + sep;
  const out: InputItem[] = [];
  // Real paths of folders already walked: a symlink loop must not recurse forever.
  const seen = new Set<string>();
  const walk = async (dir: string, rel: string) => {
    let entries;
    try {
      const real = await realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      out.push({
        kind: 'error',
        source: dir,
        message: `cannot read this folder: ${describeFsError(e as NodeJS.ErrnoException)}`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = prefix + rel + entry.name;
      const wanted = isPageFile(entry.name) || isWarcFile(entry.name);
      if (entry.isDirectory()) {
        await walk(path, rel + entry.name + sep);
      } else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch((e: NodeJS.ErrnoException) => e);
        if (target instanceof Error) {
          if (wanted) out.push({ kind: 'error', source: path, message: `broken link: ${describeFsError(target)}` });
        } else if (target.isDirectory()) await walk(path, rel + entry.name + sep);
        else if (wanted) out.push(fileItem(path, target));
      } else if (wanted) {
        out.push(entry.isFile() ? fileItem(path) : { kind: 'error', source: path, message: describeEntryType(entry) });
      }
    }
  };
  await walk(folder, '');
  return out;
}

function fileItem(path: string, info?: Stats): InputItem {
  if (info && !info.isFile()) return { kind: 'error', source: path, message: describeFileType(info) };
  return { kind: isWarcFile(path) ? 'warc' : 'file', source: path, path };
}

/** Why a path that exists is not read: only regular files are. */
export function describeFileType(info: Stats): string {
  return `not a regular file (${fileType(info)}); only regular files are read`;
}

function fileType(info: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isDirectory'>) {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

function describeEntryType(entry: Parameters<typeof fileType>[0]): string {
  return `not a regular file (${fileType(entry)}); only regular files are read`;
}

/** A short, user-facing reason for a file-system error (no stack, no errno noise). */
export function describeFsError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'a part of this path is not a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return e.code ? `cannot read (${e.code})` : `cannot read: ${e.message}`;
  }
}
