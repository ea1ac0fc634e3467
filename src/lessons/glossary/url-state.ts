import { GLOSSARY_TERMS, type GlossaryTerm } from '../../components/glossary-terms';
import { enumParam } from '../../state/url-state';

/** A link to the glossary may name the entry to open at: `#/glossary?term=central-difference`. */
export const glossaryUrlTable = {
  term: enumParam<GlossaryTerm | ''>('', ['', ...GLOSSARY_TERMS]),
};
