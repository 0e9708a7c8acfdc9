import { provisionLabels } from './provision-labels.ts';

/** A known legal reference that scenarios may cite. Titles are the provisions' headings. */
export interface LegalReference {
  id: string;
  /** Short label for chips, e.g. `Budapest Art. 29`. */
  label: string;
  /** Heading of the provision. */
  title: string;
}

/**
 * Every treaty, statute and judgment id scenarios and validator findings may cite, with label and
 * title. Backed by the registry (content/provisions/*.yaml) through its generated label module, so
 * the player ships labels only, not summaries or links.
 */
export const legalReferences: ReadonlyMap<string, LegalReference> = new Map(
  provisionLabels.map(([id, label, title]) => [id, { id, label, title }]),
);

/** True for a registry id, or a well-formed `module:` / `glossary:` reference. */
export function isKnownReference(id: string): boolean {
  return (
    legalReferences.has(id) ||
    /^module:[a-z0-9-]+(#[a-z0-9-]+)?$/.test(id) ||
    /^glossary:[a-z0-9-]+$/.test(id)
  );
}

/** Label for a reference chip: the registry label, or the module/glossary slug. */
export function referenceLabel(id: string): string {
  return (
    legalReferences.get(id)?.label ?? id.replace(/^(module|glossary):/, '').replace(/[-#]/g, ' ')
  );
}
