import { PALETTE } from './palette';

/** 'diverging': blue below 0, orange above, white at 0. 'sequential': white to blue from 0 up. */
export type HeatScale = 'diverging' | 'sequential';

const WHITE = [255, 255, 255] as const;
const NEGATIVE = hexToRgb(PALETTE[0]);
const POSITIVE = hexToRgb(PALETTE[1]);

/** Background and text colours for a value: the hue carries the sign, the depth the magnitude, the text stays readable. */
export function heatColours(value: number, range: number, scale: HeatScale): { background: string; color: string } {
  const strength = range > 0 && Number.isFinite(value) ? Math.min(1, Math.abs(value) / range) : 0;
  const target = scale === 'diverging' && value > 0 ? POSITIVE : NEGATIVE;
  const rgb = WHITE.map((w, i) => Math.round(w + (target[i] - w) * strength * 0.9));
  const luminance = relativeLuminance(rgb);
  // Pure black or white, whichever contrasts more: one of the two always reaches 4.5 : 1 (WCAG AA).
  const color = 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
  return { background: `rgb(${rgb.join(', ')})`, color };
}

/** A value with fixed decimals and a true minus sign; never "−0.0000". */
export function formatCell(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const s = value.toFixed(decimals);
  return Number(s) === 0 ? (0).toFixed(decimals) : s.replace('-', '−');
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function relativeLuminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
