import { describe, expect, it } from 'vitest';

import { addPattern, normalizePattern } from './site-patterns';

describe('normalizePattern', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['*.example.com', '*.example.com'],
    ['https://www.example.com/a/b?c', 'www.example.com'],
    ['example.com/path', 'example.com'],
    ['localhost', 'localhost'],
    ['', undefined],
    ['exa mple.com', undefined],
    ['*.', undefined],
    ['<script>', undefined],
  ])('%j → %j', (input, want) => {
    expect(normalizePattern(input)).toBe(want);
  });
});

describe('addPattern', () => {
  it('adds once', () => {
    expect(addPattern(['a.com'], 'b.com')).toEqual(['a.com', 'b.com']);
    expect(addPattern(['a.com'], 'a.com')).toEqual(['a.com']);
  });
});
