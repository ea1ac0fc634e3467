import type { Lang } from '../../i18n/language';

const DAY = 24 * 3600;
/** Past this a time is only "more than a year": a figure like "1437247 h" says nothing a person can use. */
const YEAR = 365 * DAY;

/**
 * A duration for people: "42 s", "3 min 5 s", "2 h 14 min", "3 d 4 h", "more than a year"
 * (Korean: "42초", "3분 5초", "2시간 14분", "3일 4시간", "1년 넘게").
 */
export function formatDuration(seconds: number, lang: Lang): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const units = lang === 'ko' ? { d: '일', h: '시간', m: '분', s: '초', sep: ' ', year: '1년 넘게' } : { d: ' d', h: ' h', m: ' min', s: ' s', sep: ' ', year: 'more than a year' };
  if (seconds > YEAR) return units.year;
  if (seconds < 10) return `${seconds.toFixed(1)}${units.s}`;
  const total = Math.round(seconds);
  if (total >= 2 * DAY) return `${Math.floor(total / DAY)}${units.d}${units.sep}${Math.floor((total % DAY) / 3600)}${units.h}`;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}${units.h}${units.sep}${m}${units.m}`;
  if (m > 0) return `${m}${units.m}${units.sep}${s}${units.s}`;
  return `${s}${units.s}`;
}

/** A number with a few significant digits, never "NaN" on screen. */
export function formatValue(value: number | null, digits = 4): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return value.toExponential(2).replaceAll('-', '−');
  return String(Number(value.toPrecision(digits))).replaceAll('-', '−');
}

/** 0.9234 → "92.34%". */
export function formatPercent(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : `${(value * 100).toFixed(2)}%`;
}
