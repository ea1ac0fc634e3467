import { Fragment } from 'react';
import { isGlossaryTerm } from './glossary-terms';

/** `[[shown words|term-id]]` in a text: a link to that term in the glossary. */
const TERM = /\[\[([^|\]]+)\|([a-z0-9-]+)\]\]/g;

/** The link to one glossary entry. */
export function glossaryHref(term: string): string {
  return `#/glossary?term=${term}`;
}

/**
 * Lesson text with its glossary links: the marked words link to their entry (a lesson marks only
 * the first use of a term on its page). Everything else stays plain text; no markup is ever injected.
 */
export function RichText({ text }: { text: string }) {
  const parts: (string | { words: string; term: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(TERM)) {
    parts.push(text.slice(last, match.index));
    const [, words, term] = match;
    parts.push(isGlossaryTerm(term) ? { words, term } : words);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? <Fragment key={i}>{part}</Fragment> : <a key={i} className="term" href={glossaryHref(part.term)}>{part.words}</a>,
      )}
    </>
  );
}

/** A paragraph of lesson text with glossary links. */
export function P({ text, className }: { text: string; className?: string }) {
  return <p className={className}><RichText text={text} /></p>;
}

/** The text with its glossary markup removed, for places that take plain strings (labels, titles). */
export function plainText(text: string): string {
  return text.replace(TERM, '$1');
}
