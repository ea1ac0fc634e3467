/** A predict-then-check question: pick one of a few options, or type a number. */
export type CheckSpec =
  | { id: string; kind: 'choice'; options: readonly string[]; answer: string }
  | NumberCheckSpec;

/**
 * A typed number, right within ± `tolerance` of the answer, or anywhere in `accept` when the question asks for an estimate.
 * `misses` are the wrong answers a classic slip produces (a flipped sign, a forgotten factor): each has its own
 * feedback, `<id>.miss.<key>`, saying which step went astray.
 */
export type NumberCheckSpec = {
  id: string;
  kind: 'number';
  answer: number;
  /** How the answer is written in feedback, when not exactly. */
  shown?: string;
  /** The exact value, said in the feedback of a check that accepts an estimate. */
  exact?: string;
  misses?: readonly NumberMiss[];
} & ({ tolerance: number } | { accept: readonly [number, number] });

/** A wrong answer that a known slip leads to, recognised within ± `tolerance`. */
export interface NumberMiss {
  key: string;
  value: number;
  tolerance: number;
}

/**
 * The text keys a lesson's table must hold for one check, in every language: the question, the
 * explanation and the "show me" label; for a choice, each option and, for each wrong option, why
 * it tempts and where it goes wrong; for a number, the unit and the feedback of each known slip.
 */
export function checkTextKeys(spec: CheckSpec): string[] {
  const base = [`${spec.id}.question`, `${spec.id}.explain`, `${spec.id}.show`];
  if (spec.kind === 'choice') {
    return [
      ...base,
      ...spec.options.map((o) => `${spec.id}.option.${o}`),
      ...spec.options.filter((o) => o !== spec.answer).map((o) => `${spec.id}.why.${o}`),
    ];
  }
  return [...base, `${spec.id}.unit`, ...(spec.misses ?? []).map((m) => `${spec.id}.miss.${m.key}`)];
}

/** The text key of the feedback aimed at this wrong answer, if the check has one. */
export function misconceptionKey(spec: CheckSpec, value: string): string | null {
  if (isCorrect(spec, value)) return null;
  if (spec.kind === 'choice') return spec.options.includes(value) ? `${spec.id}.why.${value}` : null;
  const typed = parseTypedNumber(value);
  if (typed === null) return null;
  const miss = spec.misses?.find((m) => Math.abs(typed - m.value) <= m.tolerance);
  return miss ? `${spec.id}.miss.${miss.key}` : null;
}

/** A plain decimal: digits with an optional point, sign and exponent, and commas or spaces between groups of three ("79,520"). */
function parsePlain(text: string): number | null {
  let cleaned = text.trim();
  const grouped = /^([+-]?)([1-9]\d{0,2}(?:[,\s]\d{3})+)(\.\d*)?([eE][+-]?\d+)?$/.exec(cleaned);
  if (grouped) cleaned = `${grouped[1]}${grouped[2].replace(/[,\s]/g, '')}${grouped[3] ?? ''}${grouped[4] ?? ''}`;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Unicode minus and dashes, full-width digits from an IME, a space after the sign: all as a student may type them. */
function normalise(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/[−–]/g, '-').replace(/^([+-])\s+/, '$1');
}

/**
 * A typed number as a student writes it: a plain decimal (see above), or a fraction or a product of
 * two of them ("1/2", "100000/60000", "28×28", "28*28", "28x28"). Anything else is not a number.
 */
export function parseTypedNumber(raw: string): number | null {
  const text = normalise(raw);
  const fraction = /^([^/]+)\/([^/]+)$/.exec(text);
  // "0x10" reads as hexadecimal, not as a product: refused like any other non-decimal.
  const product = /^[+-]?0[xX]/.test(text) ? null : /^([^×*xX]+)[×*xX]([^×*xX]+)$/.exec(text);
  const pair = fraction ?? product;
  if (!pair) return parsePlain(text);
  const [left, right] = [parsePlain(pair[1]), parsePlain(pair[2])];
  if (left === null || right === null || (fraction && right === 0)) return null;
  const value = fraction ? left / right : left * right;
  return Number.isFinite(value) ? value : null;
}

/** The entry without the check's unit after it ("1.7번", "784 개", "2 times"), which a student may well type. */
export function withoutUnit(raw: string, unit: string | undefined): string {
  const word = unit?.trim();
  const text = raw.trim();
  return word && text.endsWith(word) ? text.slice(0, -word.length).trim() : text;
}

/** Whether a refused entry looks like a decimal written with a comma ("0,5"), which earns its own hint. */
export function looksLikeDecimalComma(raw: string): boolean {
  return /^[+-]?\d+,\d+$/.test(normalise(raw)) && parseTypedNumber(raw) === null;
}

/** Whether a committed value answers the check correctly. */
export function isCorrect(spec: CheckSpec, value: string): boolean {
  if (spec.kind === 'choice') return value === spec.answer;
  const typed = parseTypedNumber(value);
  if (typed === null) return false;
  return 'accept' in spec ? typed >= spec.accept[0] && typed <= spec.accept[1] : Math.abs(typed - spec.answer) <= spec.tolerance;
}
