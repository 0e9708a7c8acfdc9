/**
 * Pure helpers for `npm run package`: make a site built for a placeholder base path work unzipped
 * under any path (relative URLs), and write the SCORM 1.2 manifest and the cmi5 course structure.
 * No file system here, so the tests can check every rule on small inputs.
 */
import { createHash } from 'node:crypto';

/** The base path the packaged build is made with; every occurrence is rewritten afterwards. */
export const placeholder = '/__cca_lms_base__/';

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyPlaceholder = new RegExp(escapeRe(placeholder), 'g');

/**
 * Relative prefix from a file to the package root: "index.html" → "./", "a/b/index.html" → "../../".
 * @param {string} file path inside the package, with "/"
 */
export function rootPrefix(file) {
  const depth = file.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * A folder link ("modules/x/") becomes "modules/x/index.html": LMS file servers (Moodle's
 * pluginfile.php, file://) do not turn folders into their index page.
 * @param {string} path site path after the base, may carry ?query or #hash
 */
export function withIndex(path) {
  const m = /^([^?#]*)(.*)$/.exec(path) ?? ['', path, ''];
  const [, file = '', rest = ''] = m;
  if (file.startsWith('_assets/')) return path;
  if (file === '' || file.endsWith('/')) return `${file}index.html${rest}`;
  return path;
}

const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const inlineRe = /<(script|style)((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/g;

/** Hashes of the inline scripts and styles of a page (what a CSP `'sha256-…'` source names). */
export function inlineHashes(html) {
  const out = [];
  for (const m of html.matchAll(inlineRe)) {
    if (/\ssrc=/.test(m[2] ?? '')) continue;
    out.push(sha256(m[3] ?? ''));
  }
  return out;
}

/**
 * Rewrites one HTML page: URL attributes become relative to the page (folders → index.html),
 * any other occurrence (island props, inline scripts) relative too; the CSP hashes of inline
 * code that changed are recomputed so the strict CSP stays valid.
 * @param {string} html
 * @param {string} file path of the page inside the package
 */
export function rewriteHtml(html, file) {
  const prefix = rootPrefix(file);
  const before = inlineHashes(html);
  let out = html.replace(
    new RegExp(`(\\s(?:href|src|action|[a-z-]+-url)=")${escapeRe(placeholder)}([^"]*)"`, 'g'),
    (_, attr, path) => `${attr}${prefix}${withIndex(path)}"`,
  );
  out = out.replace(anyPlaceholder, prefix);
  const after = inlineHashes(out);
  before.forEach((old, i) => {
    const now = after[i];
    if (now && now !== old) out = out.split(`'${old}'`).join(`'${now}'`);
  });
  return out;
}

/**
 * Rewrites a JavaScript module: the base becomes the package root computed at run time from the
 * module's own URL (modules live in `_assets/`, one level below the root).
 * @param {string} js
 */
export function rewriteJs(js) {
  const root = 'new URL("../",import.meta.url).pathname';
  return js
    .replace(new RegExp('`' + escapeRe(placeholder), 'g'), '`${' + root + '}')
    .replace(new RegExp('"' + escapeRe(placeholder), 'g'), root + '+"')
    .replace(new RegExp("'" + escapeRe(placeholder), 'g'), root + "+'");
}

/**
 * Rewrites a stylesheet in `_assets/` (one level below the root).
 * @param {string} css
 */
export function rewriteCss(css) {
  return css.replace(anyPlaceholder, '../');
}

/** Escapes text for XML content and attributes. */
export function xml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * @typedef {{ kind: 'module' | 'scenario', id: string, title: string, href: string,
 *   parameters: string, mastery: number | null }} Unit
 * A SCO/AU: launch file (href, no query) and its query (parameters, "" or "?…");
 * mastery in percent: the course pass mark (SCORM 1.2 gets it for scenarios only: a module's
 * status is `completed`, which an LMS masteryscore would overwrite with passed/failed).
 */

/**
 * SCORM 1.2 `imsmanifest.xml` (IMS CP 1.1.2 + ADL CP 1.2): one item and one SCO resource per unit;
 * every file of the package listed once, in a shared asset resource the SCOs depend on.
 * @param {{ id: string, title: string, units: Unit[], files: string[] }} pkg
 */
export function scormManifest(pkg) {
  const items = pkg.units
    .map((u) => {
      const params = u.parameters ? ` parameters="${xml(u.parameters)}"` : '';
      const mastery =
        u.mastery === null || u.kind !== 'scenario'
          ? ''
          : `\n        <adlcp:masteryscore>${u.mastery}</adlcp:masteryscore>`;
      return `      <item identifier="item-${u.kind}-${u.id}" identifierref="res-${u.kind}-${u.id}" isvisible="true"${params}>
        <title>${xml(u.title)}</title>${mastery}
      </item>`;
    })
    .join('\n');
  const launch = new Set(pkg.units.map((u) => u.href));
  const scos = pkg.units
    .map(
      (
        u,
      ) => `    <resource identifier="res-${u.kind}-${u.id}" type="webcontent" adlcp:scormtype="sco" href="${xml(u.href)}">
      <file href="${xml(u.href)}"/>
      <dependency identifierref="res-site"/>
    </resource>`,
    )
    .join('\n');
  const files = pkg.files
    .filter((f) => !launch.has(f) && f !== 'imsmanifest.xml')
    .map((f) => `      <file href="${xml(f)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(pkg.id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-${xml(pkg.id)}">
    <organization identifier="org-${xml(pkg.id)}">
      <title>${xml(pkg.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${scos}
    <resource identifier="res-site" type="webcontent" adlcp:scormtype="asset">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * cmi5 `cmi5.xml`: one AU per unit. Scenarios move on when Passed (masteryScore = pass mark);
 * modules when Completed (read) and Passed (knowledge check at the quiz pass mark).
 * @param {{ id: string, title: string, description: string, units: Unit[] }} course
 */
export function cmi5Xml(course) {
  const aus = course.units
    .map((u) => {
      const moveOn = u.kind === 'scenario' ? 'Passed' : 'CompletedAndPassed';
      const mastery = u.mastery === null ? '' : ` masteryScore="${u.mastery / 100}"`;
      return `  <au id="${xml(`${course.id}/${u.kind}/${u.id}`)}" moveOn="${moveOn}"${mastery} launchMethod="AnyWindow">
    <title><langstring lang="en">${xml(u.title)}</langstring></title>
    <description><langstring lang="en">${xml(u.title)}</langstring></description>
    <url>${xml(u.href + u.parameters)}</url>
  </au>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(course.id)}">
    <title><langstring lang="en">${xml(course.title)}</langstring></title>
    <description><langstring lang="en">${xml(course.description)}</langstring></description>
  </course>
${aus}
</courseStructure>
`;
}
