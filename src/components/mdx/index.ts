/**
 * The components module authors may use in MDX, without importing them.
 * Module pages pass this object to <Content components={...} />.
 */
import KeyProvisions from './KeyProvisions.astro';
import Callout from './Callout.astro';
import CaseStudy from './CaseStudy.astro';
import KnowledgeCheck from './KnowledgeCheck.astro';
import Term from './Term.astro';
import ModuleLink from './ModuleLink.astro';
import Cite from './Cite.astro';
import Sources from './Sources.astro';

export const mdxComponents = {
  KeyProvisions,
  Callout,
  CaseStudy,
  KnowledgeCheck,
  Term,
  ModuleLink,
  Cite,
  Sources,
};
