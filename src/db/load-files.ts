/** Node-side helpers: read every file of `claims-db/` and compile it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { compileDb, type Compiled, type SourceFile } from './compile';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DB_DIR = join(ROOT, 'claims-db');

/** Every YAML file of `dir` as bytes: the compiler checks they are UTF-8 (a lenient decode would hide bad bytes as U+FFFD). */
export function readDbSources(dir = DB_DIR): (SourceFile & { text: Uint8Array })[] {
  return readdirSync(dir)
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => ({ path: relative(ROOT, join(dir, name)), text: readFileSync(join(dir, name)) }));
}

/** Every YAML file of `dir` as text (for tools that run on a database that compiles). */
export function readDbFiles(dir = DB_DIR): { path: string; text: string }[] {
  return readDbSources(dir).map(f => ({ path: f.path, text: new TextDecoder().decode(f.text) }));
}

export function dbVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export function compileFromDisk(dir = DB_DIR): Compiled {
  return compileDb(readDbSources(dir), dbVersion());
}
