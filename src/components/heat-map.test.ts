import { describe, expect, it } from 'vitest';
import { formatCell, heatColours } from './heat-map';

function luminance(css: string): number {
  const rgb = css.startsWith('#')
    ? [1, 3, 5].map((i) => Number.parseInt(css.slice(i, i + 2), 16))
    : (css.match(/\d+/g) ?? []).map(Number);
  const [r, g, b] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('heatColours', () => {
  it('keeps every value readable: text contrast at least 4.5 : 1 at every depth, both scales', () => {
    for (const scale of ['diverging', 'sequential'] as const) {
      for (let v = -1; v <= 1; v += 0.01) {
        const { background, color } = heatColours(v, 1, scale);
        expect(contrast(background, color), `${scale} ${v}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('shows the sign by hue (blue below 0, orange above) and zero as white', () => {
    const [nr, , nb] = (heatColours(-1, 1, 'diverging').background.match(/\d+/g) ?? []).map(Number);
    const [pr, , pb] = (heatColours(1, 1, 'diverging').background.match(/\d+/g) ?? []).map(Number);
    expect(nb).toBeGreaterThan(nr);
    expect(pr).toBeGreaterThan(pb);
    expect(heatColours(0, 1, 'diverging').background).toBe('rgb(255, 255, 255)');
  });

  it('saturates beyond the range and stays white for NaN or an empty range', () => {
    expect(heatColours(5, 1, 'diverging')).toEqual(heatColours(1, 1, 'diverging'));
    expect(heatColours(Number.NaN, 1, 'diverging').background).toBe('rgb(255, 255, 255)');
    expect(heatColours(3, 0, 'sequential').background).toBe('rgb(255, 255, 255)');
  });
});

describe('formatCell', () => {
  it('uses a true minus sign and never shows −0', () => {
    expect(formatCell(-0.20980036, 4)).toBe('−0.2098');
    expect(formatCell(-0.00001, 4)).toBe('0.0000');
    expect(formatCell(0.5, 2)).toBe('0.50');
  });
});
