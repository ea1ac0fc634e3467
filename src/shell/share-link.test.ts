import { describe, expect, it } from 'vitest';
import { shareLink } from './share-link';

describe('shareLink', () => {
  it('keeps the page and its settings and drops presenter mode and its step', () => {
    expect(shareLink('https://lab.test/app/#/gradient-descent?present=1&step=3&cmp=1&rates=0.01,0.1')).toBe('https://lab.test/app/#/gradient-descent?cmp=1&rates=0.01,0.1');
    expect(shareLink('https://lab.test/#/mse?present=1')).toBe('https://lab.test/#/mse');
    expect(shareLink('https://lab.test/#/mse')).toBe('https://lab.test/#/mse');
  });

  it('writes the commas of a list as commas, which read back the same', () => {
    const link = shareLink('https://lab.test/#/mse?y=0.1%2C0.05%2c0.6&t=2&present=1&step=2');
    expect(link).toBe('https://lab.test/#/mse?y=0.1,0.05,0.6&t=2');
    const query = new URLSearchParams(new URL(link).hash.split('?')[1]);
    expect(query.get('y')).toBe(new URLSearchParams('y=0.1%2C0.05%2C0.6').get('y'));
  });
});
