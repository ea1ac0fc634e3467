import { useCallback, useMemo } from 'react';
import { parseDecimal } from '../lib/decimal';
import { PRESENT_KEY, STEP_KEY } from './presenter';
import { useRoute } from './route';
import { queryString } from './query';

/** Keys owned by the shell, not by any page's table; page updates carry them over unchanged. */
export const RESERVED_KEYS: readonly string[] = [PRESENT_KEY, STEP_KEY];

/** A page's freshly written query with the shell's reserved keys copied over from the previous one. */
export function keepReserved(previous: string, written: string): string {
  const before = new URLSearchParams(previous);
  const after = new URLSearchParams(written);
  for (const key of RESERVED_KEYS) {
    const value = before.get(key);
    if (value !== null && !after.has(key)) after.set(key, value);
  }
  return queryString(after);
}

/**
 * One declarative table per page says which state lives in the URL, how to read it
 * (validated and bounded) and how to write it back — the same table does both.
 */
export interface Param<T> {
  readonly default: T;
  /** The parameter's name in the link when it differs from the state's (short and readable). */
  readonly key?: string;
  /** The value for a raw string, or undefined when it is not acceptable. */
  parse(raw: string): T | undefined;
  format(value: T): string;
  equals?(a: T, b: T): boolean;
}

export type ParamTable<S> = { [K in keyof S]: Param<S[K]> };

/**
 * What a page calls each setting of its link, keyed by the setting's name in the link, so a warning
 * about a bad link names the control the student sees. Every setting needs a name: the type says so.
 */
export function linkNames<S>(table: ParamTable<S>, names: { readonly [K in keyof S]: string }): Record<string, string> {
  return Object.fromEntries((Object.keys(table) as (keyof S & string)[]).map((key) => [table[key].key ?? key, names[key]]));
}

const MAX_RAW_LENGTH = 4000;

/** A finite decimal number in [min, max] ("0x10" is not 16). */
export function numberParam(def: number, min: number, max: number): Param<number> {
  return {
    default: def,
    parse: (raw) => {
      const v = parseDecimal(raw);
      return Number.isFinite(v) && v >= min && v <= max ? v : undefined;
    },
    format: (v) => String(v),
  };
}

/** An integer in [min, max]. */
export function intParam(def: number, min: number, max: number): Param<number> {
  const base = numberParam(def, min, max);
  return { ...base, parse: (raw) => { const v = base.parse(raw); return v !== undefined && Number.isInteger(v) ? v : undefined; } };
}

/** One of a fixed set of strings. */
export function enumParam<T extends string>(def: T, values: readonly T[]): Param<T> {
  return { default: def, parse: (raw) => (values as readonly string[]).includes(raw) ? (raw as T) : undefined, format: (v) => v };
}

/** `param` under another name in the link. */
export function linkedAs<T>(key: string, param: Param<T>): Param<T> {
  return { ...param, key };
}

/** true / false written as 1 / 0. */
export function boolParam(def: boolean): Param<boolean> {
  return { default: def, parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined), format: (v) => (v ? '1' : '0') };
}

/** A comma-separated list of finite numbers in [min, max], with a fixed or bounded length. */
export function numberListParam(def: readonly number[], opts: { min: number; max: number; minLength: number; maxLength: number }): Param<number[]> {
  return {
    default: [...def],
    parse: (raw) => {
      const parts = raw.split(',');
      if (parts.length < opts.minLength || parts.length > opts.maxLength) return undefined;
      const values = parts.map(parseDecimal);
      return values.every((v) => Number.isFinite(v) && v >= opts.min && v <= opts.max) ? values : undefined;
    },
    format: (v) => v.join(','),
    equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  };
}

/** Reads a table of parameters from a query string: values, and the link's names of those present but invalid. */
export function readParams<S>(table: ParamTable<S>, search: string): { state: S; invalid: string[] } {
  const tooLong = search.length > 20 * MAX_RAW_LENGTH;
  const query = new URLSearchParams(tooLong ? '' : search);
  const state = {} as S;
  // A link too long to be ours is ignored whole, and said so.
  const keys = Object.keys(table) as (keyof S & string)[];
  const invalid: string[] = tooLong ? keys.map((key) => table[key].key ?? key) : [];
  for (const key of keys) {
    const param = table[key];
    const raw = query.get(param.key ?? key);
    if (raw === null) {
      state[key] = param.default;
      continue;
    }
    const value = raw.length > MAX_RAW_LENGTH ? undefined : param.parse(raw);
    if (value === undefined) invalid.push(param.key ?? key);
    state[key] = value === undefined ? param.default : value;
  }
  return { state, invalid };
}

/** Writes a table of parameters to a query string, leaving out values equal to their defaults. */
export function writeParams<S>(table: ParamTable<S>, state: S): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(table) as (keyof S & string)[]) {
    const param = table[key];
    const value = state[key];
    const same = param.equals ? param.equals(value, param.default) : Object.is(value, param.default);
    if (!same) query.set(param.key ?? key, param.format(value));
  }
  return queryString(query);
}

/**
 * The page's URL state: [state, update, invalid keys]. Updates replace the URL (no new history
 * entry per slider move); invalid keys from a shared link fall back to defaults and are reported.
 */
export function useUrlState<S>(table: ParamTable<S>): [S, (patch: Partial<S>) => void, string[]] {
  const search = useRoute((s) => s.search);
  const replaceSearch = useRoute((s) => s.replaceSearch);
  const { state, invalid } = useMemo(() => readParams(table, search), [table, search]);
  const update = useCallback(
    (patch: Partial<S>) => {
      const previous = useRoute.getState().search;
      const current = readParams(table, previous).state;
      replaceSearch(keepReserved(previous, writeParams(table, { ...current, ...patch })));
    },
    [table, replaceSearch],
  );
  return [state, update, invalid];
}
