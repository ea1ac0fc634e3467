/**
 * The part of a module's source from the first occurrence of `start` up to (not including)
 * `end`, trimmed; the whole source when a marker is missing, so a renamed function never
 * hides the code.
 */
export function sourceSlice(source: string, start: string, end?: string): string {
  const from = source.indexOf(start);
  if (from < 0) return source;
  const to = end === undefined ? -1 : source.indexOf(end, from + start.length);
  return (to < 0 ? source.slice(from) : source.slice(from, to)).trimEnd();
}
