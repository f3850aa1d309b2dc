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
        pageTimeout: 30,
        quiet: false,
        article: false,
      },
    });
  });

  it('reads every option', () => {
    const { outcome } = parse(
      'audit',
      ...['--format', 'csv', '--out', 'r.csv', '--min-level', 'limited', '--jobs', '1', '--quiet', '--article'],
      ...['--page-timeout', '2.5', '--shard', '2/3', 'x'],
    );
    expect(outcome).toEqual({
      kind: 'audit',
      options: {
        paths: ['x'],
        format: 'csv',
        out: 'r.csv',
        minLevel: 'limited',
        jobs: 1,
        pageTimeout: 2.5,
        shard: { index: 2, count: 3 },
        quiet: true,
        article: true,
      },
    });
  });

  it('caps --jobs at the CPU cores, and says so', () => {
    const cores = availableParallelism();
    const { outcome, err } = parse('audit', '--jobs', String(cores + 62), 'x');
    expect(outcome).toMatchObject({ kind: 'audit', options: { jobs: cores } });
    expect(err).toBe(`gutcheck: --jobs ${cores + 62} is more than the ${cores} CPU cores here; using ${cores}\n`);
    expect(parse('audit', '--jobs', String(cores), 'x').err).toBe('');
  });

  it.each([
    [['audit', '--format', 'xml', 'a'], "argument 'xml' is invalid"],
    [['audit', '--min-level', 'weak', 'a'], "argument 'weak' is invalid"],
    [['audit', '--jobs', '0', 'a'], 'expected a whole number, 1 or more'],
    [['audit', '--jobs', '2.5', 'a'], 'expected a whole number, 1 or more'],
    [['audit', '--jobs', 'many', 'a'], 'expected a whole number, 1 or more'],
    [['audit', '--page-timeout', '-1', 'a'], 'expected seconds'],
    [['audit', '--shard', '3/2', 'a'], 'expected I/N with 1 ≤ I ≤ N'],
    [['audit', '--shard', '0/2', 'a'], 'expected I/N with 1 ≤ I ≤ N'],
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
