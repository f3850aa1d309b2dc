import { availableParallelism } from 'node:os';

import { describe, expect, it } from 'vitest';

import { parseArgs } from '../../src/cli/args';

function parse(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const outcome = parseArgs(argv, {
    name: 'gutcheck',
    version: '9.8.7',
    write: { out: s => void out.push(s), err: s => void err.push(s) },
  });
  return { outcome, out: out.join(''), err: err.join('') };
}

describe('parseArgs', () => {
  it('has defaults for everything but the paths', () => {
    expect(parse('audit', 'a.html', 'dir', '-').outcome).toEqual({
      kind: 'audit',
      options: {
        paths: ['a.html', 'dir', '-'],
        jobs: availableParallelism(),
        quiet: false,
        article: false,
      },
    });
  });

  it('reads every option', () => {
    const { outcome } = parse(
      'audit',
      ...['--format', 'csv', '--out', 'r.csv', '--min-level', 'limited', '--jobs', '3', '--quiet', '--article', 'x'],
    );
    expect(outcome).toEqual({
      kind: 'audit',
      options: { paths: ['x'], format: 'csv', out: 'r.csv', minLevel: 'limited', jobs: 3, quiet: true, article: true },
    });
  });

  it.each([
    [['audit', '--format', 'xml', 'a'], "argument 'xml' is invalid"],
    [['audit', '--min-level', 'weak', 'a'], "argument 'weak' is invalid"],
    [['audit', '--jobs', '0', 'a'], 'whole number from 1 to 256'],
    [['audit', '--jobs', '2.5', 'a'], 'whole number from 1 to 256'],
    [['audit', '--jobs', 'many', 'a'], 'whole number from 1 to 256'],
    [['audit', '--nope', 'a'], "unknown option '--nope'"],
    [['audit'], "missing required argument 'paths'"],
    [['inspect', 'a'], "unknown command 'inspect'"],
    [[], 'Usage: gutcheck'],
  ])('%j is bad usage: exit 2, says %j', (argv, message) => {
    const { outcome, err } = parse(...argv);
    expect(outcome).toEqual({ kind: 'exit', code: 2 });
    expect(err).toContain(message);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('--help and --version exit 0 on stdout', () => {
    const help = parse('audit', '--help');
    expect(help.outcome).toEqual({ kind: 'exit', code: 0 });
    expect(help.out).toContain('--min-level <level>');
    expect(help.out).toMatch(/LEVEL or weaker/);
    expect(help.out).toContain('Exit status: 0');
    const version = parse('--version');
    expect(version.outcome).toEqual({ kind: 'exit', code: 0 });
    expect(version.out.trim()).toBe('9.8.7');
  });
});
