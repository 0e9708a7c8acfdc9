/** A known legal reference that scenarios may cite. Titles are the provisions' headings. */
export interface LegalReference {
  id: string;
  /** Short label for chips, e.g. `Budapest Art. 29`. */
  label: string;
  /** Heading of the provision. */
  title: string;
}

const budapest: Array<[number, string]> = [
  [16, 'Expedited preservation of stored computer data'],
  [17, 'Expedited preservation and partial disclosure of traffic data'],
  [18, 'Production order'],
  [19, 'Search and seizure of stored computer data'],
  [20, 'Real-time collection of traffic data'],
  [21, 'Interception of content data'],
  [22, 'Jurisdiction'],
  [23, 'General principles relating to international co-operation'],
  [24, 'Extradition'],
  [25, 'General principles relating to mutual assistance'],
  [26, 'Spontaneous information'],
  [
    27,
    'Procedures pertaining to mutual assistance requests in the absence of applicable international agreements',
  ],
  [28, 'Confidentiality and limitation on use'],
  [29, 'Expedited preservation of stored computer data'],
  [30, 'Expedited disclosure of preserved traffic data'],
  [31, 'Mutual assistance regarding accessing of stored computer data'],
  [32, 'Trans-border access to stored computer data with consent or where publicly available'],
  [33, 'Mutual assistance in the real-time collection of traffic data'],
  [34, 'Mutual assistance regarding the interception of content data'],
  [35, '24/7 Network'],
];

// The Second Additional Protocol (CETS 224) is not in force (facts.md §2.0): labels say so.
const secondProtocol: Array<[number, string]> = [
  [6, 'Request for domain name registration information'],
  [7, 'Disclosure of subscriber information'],
  [
    8,
    'Giving effect to orders from another Party for expedited production of subscriber information and traffic data',
  ],
  [9, 'Expedited disclosure of stored computer data in an emergency'],
  [10, 'Emergency mutual assistance'],
  [11, 'Video conferencing'],
  [12, 'Joint investigation teams and joint investigations'],
];

/** Every treaty and statute reference id scenarios may cite, with label and title. */
export const legalReferences: ReadonlyMap<string, LegalReference> = new Map(
  [
    ...budapest.map(([n, title]) => ({
      id: `budapest-art-${n}`,
      label: `Budapest Art. ${n}`,
      title,
    })),
    ...secondProtocol.map(([n, title]) => ({
      id: `2ap-art-${n}`,
      label: `2nd Protocol Art. ${n} (not in force)`,
      title,
    })),
    {
      id: 'us-sca-2702',
      label: '18 U.S.C. § 2702',
      title: 'Voluntary disclosure of customer communications or records',
    },
    { id: 'us-sca-2703f', label: '18 U.S.C. § 2703(f)', title: 'Requirement to preserve evidence' },
  ].map((r) => [r.id, r]),
);

/** True for a known article id, or a well-formed `module:` / `glossary:` reference. */
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
