import { describe, expect, it } from 'vitest';
import { excerpt } from './CodeView';

const source = ['/** a */', 'function a() {', '  return 1;', '}', '', '/**', ' * b', ' */', 'function b() {}'].join('\n');

describe('excerpt', () => {
  it('cuts from the line holding `from` to the line holding `to`, inclusive', () => {
    expect(excerpt(source, { from: 'function a', to: 'return 1' })).toBe('function a() {\n  return 1;');
  });
  it('cuts up to a multi-line `before` marker, exclusive', () => {
    expect(excerpt(source, { from: '/** a', before: '/**\n * b' })).toBe('/** a */\nfunction a() {\n  return 1;\n}');
  });
  it('widens rather than hides when a marker is missing', () => {
    expect(excerpt(source, { from: 'nope' })).toBe(source);
    expect(excerpt(source, { from: 'function b', to: 'nope' })).toBe('function b() {}');
  });
});
