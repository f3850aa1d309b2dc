/**
 * Turns the PATH arguments into an ordered list of pages to audit. A folder
 * becomes its .html/.htm/.txt files (recursively, sorted, so reports are
 * stable); a path that yields nothing becomes an error item in its place, so
 * errors keep the order of the arguments.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, sep } from 'node:path';

/** A file to audit; `source` is the path as the user gave it (folder + relative path for folder members). */
export interface FileItem {
  kind: 'file';
  source: string;
  path: string;
}

/** Standard input (`-`), read once by the caller. */
export interface StdinItem {
  kind: 'stdin';
  source: '-';
}

/** An argument that could not become a page (missing, empty folder, unsupported type). */
export interface ErrorItem {
  kind: 'error';
  source: string;
  message: string;
}

export type InputItem = FileItem | StdinItem | ErrorItem;

const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.txt']);

/** Whether a file name is one the audit reads. */
export function isPageFile(name: string): boolean {
  return PAGE_EXTENSIONS.has(extname(name).toLowerCase());
}

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
      const found = await listPages(arg);
      if (found.length) items.push(...found);
      else items.push({ kind: 'error', source: arg, message: 'no .html, .htm or .txt files in this folder' });
    } else if (!isPageFile(arg)) {
      // Named explicitly, so say why it is left out (in folders such files are skipped quietly).
      items.push({ kind: 'error', source: arg, message: 'not an .html, .htm or .txt file' });
    } else {
      items.push({ kind: 'file', source: arg, path: arg });
    }
  }
  return items;
}

async function listPages(folder: string): Promise<FileItem[]> {
  const prefix = folder.endsWith('/') || folder.endsWith(sep) ? folder : folder + sep;
  const out: FileItem[] = [];
  // Real paths of folders already walked: a symlink loop must not recurse forever.
  const seen = new Set<string>();
  const walk = async (dir: string, rel: string) => {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = prefix + rel + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDir) await walk(path, rel + entry.name + sep);
      else if (isFile && isPageFile(entry.name)) out.push({ kind: 'file', source: path, path });
    }
  };
  await walk(folder, '');
  return out;
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
