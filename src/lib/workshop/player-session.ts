// What the player needs in a workshop session, in one module the player loads on demand: pages
// opened without `?session=` never download it, so the player's byte budget is untouched.
export { decodeSessionCode } from './codes.ts';
export { downloadText, fileSlug, teamResultCode, workshopResultFile } from './team-result.ts';
