/** Words the shared request form needs; each island passes them from its own dictionary. */
export interface RequestFieldLabels {
  /** "required" after a label. */
  required: string;
  /** "optional" after a label. */
  optional: string;
  /** Empty first option of a select. */
  choose: string;
  /** Extra help under a time-zone field (how the type-ahead works). */
  zoneHint: string;
  /** Lead word of an error finding under a field. */
  problem: string;
  /** Lead word of a warning finding under a field. */
  advice: string;
}
