import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { expandInputs } from '../../src/cli/inputs';
import { decodePage, InputError, pageKind } from '../../src/cli/read-page';
import { FIXTURES } from '../fixtures/cli/run-cli';

const pages = join(FIXTURES, 'pages');

describe('expandInputs', () => {
  it('searches folders recursively, sorted, keeping only .html/.htm/.txt', async () => {
    const items = await expandInputs([pages]);
    expect(items.map(i => i.source)).toEqual([
      join(pages, 'nested/deeper/clinic.htm'),
      join(pages, 'notes.txt'),
      join(pages, 'skip-rules.html'),
    ]);
  });

  it('joins the folder exactly as given with the relative path', async () => {
    for (const given of [`${pages}/`, `${pages}//`]) {
      const items = await expandInputs([given]);
      expect(items[0]?.source).toBe(`${given}nested/deeper/clinic.htm`);
    }
  });

  it('keeps argument order, errors in place, stdin as "-"', async () => {
    const items = await expandInputs([join(pages, 'notes.txt'), 'no/such/file.txt', '-', join(pages, 'nested')]);
    expect(items).toEqual([
      { kind: 'file', source: join(pages, 'notes.txt'), path: join(pages, 'notes.txt') },
      { kind: 'error', source: 'no/such/file.txt', message: 'no such file or folder' },
      { kind: 'stdin', source: '-' },
      {
        kind: 'file',
        source: join(pages, 'nested/deeper/clinic.htm'),
        path: join(pages, 'nested/deeper/clinic.htm'),
      },
    ]);
  });

  it('names an explicit non-page file and a folder with no pages', async () => {
    const csv = join(pages, 'nested/ignored.csv');
    expect(await expandInputs([csv])).toEqual([
      { kind: 'error', source: csv, message: 'not an .html, .htm, .txt, .warc or .warc.gz file' },
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'gutcheck-empty-'));
    try {
      expect(await expandInputs([dir])).toEqual([
        { kind: 'error', source: dir, message: 'no .html, .htm, .txt, .warc or .warc.gz files in this folder' },
      ]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  describe('symlink loops', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gutcheck-loop-'));
    afterAll(() => rmSync(dir, { recursive: true }));
    it('walks each real folder once', async () => {
      symlinkSync(dir, join(dir, 'self'));
      symlinkSync(join(pages, 'notes.txt'), join(dir, 'a.txt'));
      const items = await expandInputs([dir]);
      expect(items.map(i => i.source)).toEqual([join(dir, 'a.txt')]);
    });
  });
});

describe('decodePage', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const reason = (input: Uint8Array) => {
    try {
      decodePage(input);
      return 'ok';
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as Error).message;
    }
  };

  it.each([
    ['empty', bytes(), 'empty file'],
    ['whitespace', Buffer.from(' \n\t\r\n'), 'contains only whitespace'],
    ['BOM only', bytes(0xef, 0xbb, 0xbf), 'contains only whitespace'],
    ['NUL byte', bytes(0x47, 0x00, 0x49), 'binary file (contains NUL bytes), not text or HTML'],
    ['UTF-16 without a BOM', Buffer.from('gut', 'utf16le'), 'binary file (contains NUL bytes), not text or HTML'],
    [
      'UTF-16LE with a lone surrogate',
      Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]),
      'not valid UTF-16LE (it starts with a UTF-16 byte-order mark)',
    ],
    ['lone continuation byte', bytes(0x61, 0x80, 0x62), 'not valid UTF-8 (re-save it as UTF-8)'],
    ['Latin-1 é', bytes(0x63, 0x61, 0x66, 0xe9), 'not valid UTF-8 (re-save it as UTF-8)'],
    ['valid UTF-8', Buffer.from('Gut “health” é'), 'ok'],
  ])('%s → %s', (_name, input, expected) => {
    expect(reason(input)).toBe(expected);
  });

  it.each(['utf16le', 'utf16be'] as const)('decodes %s with a BOM, keeping the BOM as U+FEFF', encoding => {
    const text = '\ufeffProbiotics heal leaky gut. Café “au lait”.\n';
    const le = Buffer.from(text, 'utf16le');
    const bytes = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    expect(decodePage(bytes)).toBe(text);
  });

  it('keeps a BOM, so offsets match fs.readFileSync(path, "utf8")', () => {
    const buf = Buffer.from('\ufeffProbiotics heal leaky gut.\r\n');
    expect(decodePage(buf)).toBe(buf.toString('utf8'));
  });
});

describe('pageKind', () => {
  it.each([
    ['a.html', 'x', 'html'],
    ['A.HTM', 'x', 'html'],
    ['a.txt', '<html>', 'txt'],
    ['-', '<!DOCTYPE html><p>x', 'html'],
    ['-', '\ufeff  <html lang="en">', 'html'],
    ['-', '<b>not a document</b>', 'txt'],
    ['-', 'plain', 'txt'],
  ])('%s starting %j → %s', (source, text, kind) => {
    expect(pageKind(source, text)).toBe(kind);
  });
});
