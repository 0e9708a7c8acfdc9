/** Translated strings of the request builder; `{filled}`, `{required}`, `{errors}`, `{warnings}` are filled in by the island. */
export interface BuilderLabels {
  formTitle: string;
  privacy: string;
  required: string;
  optional: string;
  choose: string;
  zoneHint: string;
  example: string;
  exampleFilled: string;
  clear: string;
  cleared: string;
  findingsTitle: string;
  check: string;
  checklistTitle: string;
  filled: string;
  toFill: string;
  completeness: string;
  summary: string;
  noProblems: string;
  error: string;
  warning: string;
  why: string;
  goToField: string;
  draftTitle: string;
  print: string;
  download: string;
  notFilled: string;
  legalBasis: string;
  footer: string;
}
