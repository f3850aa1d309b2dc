/** Node-side helpers: read every file of `claims-db/` and compile it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { compileDb, type Compiled, type SourceFile } from './compile';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DB_DIR = join(ROOT, 'claims-db');

export function readDbFiles(dir = DB_DIR): SourceFile[] {
  return readdirSync(dir)
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => ({
      path: relative(ROOT, join(dir, name)),
      text: readFileSync(join(dir, name), 'utf8'),
    }));
}

export function dbVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export function compileFromDisk(dir = DB_DIR): Compiled {
  return compileDb(readDbFiles(dir), dbVersion());
}
