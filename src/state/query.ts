/**
 * A query as the address shows it: URLSearchParams' own encoding, but with commas left bare. A comma
 * needs no escaping in a query, and "rates=0.01,0.1" is what a teacher can read off the address bar.
 */
export function queryString(query: URLSearchParams): string {
  return bareCommas(query.toString());
}

/** A query's text with every escaped comma ("%2C") written as a comma; it reads back the same. */
export function bareCommas(query: string): string {
  return query.replace(/%2C/gi, ',');
}
