import { describe, expect, it } from 'vitest';
import { shareLink } from './share-link';

describe('shareLink', () => {
  it('keeps the page and its settings and drops presenter mode and its step', () => {
    expect(shareLink('https://lab.test/app/#/gradient-descent?present=1&step=3&cmp=1&rates=0.01,0.1')).toBe('https://lab.test/app/#/gradient-descent?cmp=1&rates=0.01,0.1');
    expect(shareLink('https://lab.test/#/mse?present=1')).toBe('https://lab.test/#/mse');
    expect(shareLink('https://lab.test/#/mse')).toBe('https://lab.test/#/mse');
  });
});
