/** A predict-then-check question: pick one of a few options, or type a number. */
export type CheckSpec =
  | { id: string; kind: 'choice'; options: readonly string[]; answer: string }
  | NumberCheckSpec;

/** A typed number, right within ± `tolerance` of the answer, or anywhere in `accept` when the question asks for an estimate. */
export type NumberCheckSpec = {
  id: string;
  kind: 'number';
  answer: number;
  /** How the answer is written in feedback, when not exactly. */
  shown?: string;
  /** The exact value, said in the feedback of a check that accepts an estimate. */
  exact?: string;
} & ({ tolerance: number } | { accept: readonly [number, number] });

/** The text keys a lesson's table must hold for one check, in every language. */
export function checkTextKeys(spec: CheckSpec): string[] {
  const base = [`${spec.id}.question`, `${spec.id}.explain`, `${spec.id}.show`];
  return spec.kind === 'choice' ? [...base, ...spec.options.map((o) => `${spec.id}.option.${o}`)] : [...base, `${spec.id}.unit`];
}

/**
 * A typed number as a student writes it: digits with an optional decimal point, sign and exponent;
 * commas and spaces between digit groups are allowed ("79,520"). Anything else is not a number.
 */
export function parseTypedNumber(raw: string): number | null {
  const cleaned = raw.trim().replace(/(\d)[,\s](?=\d{3}\b)/g, '$1').replace(/−/g, '-');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Whether a committed value answers the check correctly. */
export function isCorrect(spec: CheckSpec, value: string): boolean {
  if (spec.kind === 'choice') return value === spec.answer;
  const typed = parseTypedNumber(value);
  if (typed === null) return false;
  return 'accept' in spec ? typed >= spec.accept[0] && typed <= spec.accept[1] : Math.abs(typed - spec.answer) <= spec.tolerance;
}
