import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  cmi5Xml,
  inlineHashes,
  placeholder,
  rewriteCss,
  rewriteHtml,
  rewriteJs,
  rootPrefix,
  scormManifest,
  withIndex,
} from './package-lib.mjs';

const units = [
  {
    kind: 'module' as const,
    id: 'mutual-legal-assistance',
    title: 'Mutual legal assistance & "MLA"',
    href: 'modules/mutual-legal-assistance/index.html',
    parameters: '',
    mastery: 80,
  },
  {
    kind: 'scenario' as const,
    id: 'hidden-service',
    title: 'Hidden service',
    href: 'scenarios/hidden-service/index.html',
    parameters: '?mode=assessment',
    mastery: 60,
  },
];
const files = [
  'index.html',
  'modules/mutual-legal-assistance/index.html',
  'scenarios/hidden-service/index.html',
  '_assets/Player.abc.js',
];

const attrs = (xml: string, tag: string, attr: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${attr}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');

describe('SCORM 1.2 imsmanifest.xml', () => {
  const xml = scormManifest({ id: 'cca-course', title: 'Course', units, files });

  it('has the SCORM 1.2 metadata, namespaces and a default organization that exists', () => {
    expect(xml).toMatch(/<schema>ADL SCORM<\/schema>\s*<schemaversion>1\.2<\/schemaversion>/);
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    const def = /<organizations default="([^"]+)"/.exec(xml)?.[1];
    expect(attrs(xml, 'organization', 'identifier')).toEqual([def]);
  });

  it('has unique identifiers, items pointing at SCO resources, and only existing files', () => {
    const ids = [
      ...attrs(xml, 'manifest', 'identifier'),
      ...attrs(xml, 'organization', 'identifier'),
      ...attrs(xml, 'item', 'identifier'),
      ...attrs(xml, 'resource', 'identifier'),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const resources = new Set(attrs(xml, 'resource', 'identifier'));
    for (const ref of attrs(xml, 'item', 'identifierref')) expect(resources).toContain(ref);
    for (const ref of attrs(xml, 'dependency', 'identifierref')) expect(resources).toContain(ref);
    expect(attrs(xml, 'resource', 'adlcp:scormtype').filter((t) => t === 'sco')).toHaveLength(2);
    const hrefs = [...attrs(xml, 'resource', 'href'), ...attrs(xml, 'file', 'href')];
    for (const href of hrefs) expect(files).toContain(href);
    // Every package file is listed exactly once.
    expect(attrs(xml, 'file', 'href').sort()).toEqual([...files].sort());
  });

  it('escapes titles, launches scenarios in assessment mode with the pass mark as mastery', () => {
    expect(xml).toContain('<title>Mutual legal assistance &amp; &quot;MLA&quot;</title>');
    expect(xml).toContain('parameters="?mode=assessment"');
    expect(xml.match(/<adlcp:masteryscore>(\d+)<\/adlcp:masteryscore>/g)).toEqual([
      '<adlcp:masteryscore>60</adlcp:masteryscore>',
    ]);
  });
});

describe('cmi5.xml', () => {
  const xml = cmi5Xml({ id: 'https://example.org/cca', title: 'Course', description: 'D', units });
  it('has one AU per unit with moveOn and masteryScore from the course rules', () => {
    expect(xml).toContain('xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"');
    const aus = [...xml.matchAll(/<au ([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(aus).toHaveLength(2);
    expect(aus[0]).toContain('moveOn="CompletedAndPassed"');
    expect(aus[0]).toContain('masteryScore="0.8"');
    expect(aus[1]).toContain('moveOn="Passed"');
    expect(aus[1]).toContain('masteryScore="0.6"');
    const ids = attrs(xml, 'au', 'id');
    expect(new Set(ids).size).toBe(2);
    expect(xml).toContain('<url>scenarios/hidden-service/index.html?mode=assessment</url>');
  });
});

describe('relative URLs', () => {
  it('computes the way back to the package root and opens folders at index.html', () => {
    expect(rootPrefix('index.html')).toBe('./');
    expect(rootPrefix('scenarios/x/index.html')).toBe('../../');
    expect(withIndex('modules/')).toBe('modules/index.html');
    expect(withIndex('')).toBe('index.html');
    expect(withIndex('search/?q=mla#r')).toBe('search/index.html?q=mla#r');
    expect(withIndex('_assets/a.js')).toBe('_assets/a.js');
    expect(withIndex('favicon.svg')).toBe('favicon.svg');
  });

  it('rewrites pages, keeping the CSP hash of an inline script that changed valid', () => {
    const script = `var base="${placeholder}";`;
    const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
    const html = `<meta http-equiv="content-security-policy" content="script-src 'self' '${hash}'"><a href="${placeholder}modules/">M</a><script type="module" src="${placeholder}_assets/a.js"></script><script>${script}</script>`;
    const out = rewriteHtml(html, 'scenarios/x/index.html');
    expect(out).not.toContain(placeholder);
    expect(out).toContain('href="../../modules/index.html"');
    expect(out).toContain('src="../../_assets/a.js"');
    const [now] = inlineHashes(out);
    expect(now).not.toBe(hash);
    expect(out).toContain(`'${now}'`);
    expect(out).not.toContain(hash);
  });

  it('rewrites modules to the root computed from their own URL, and stylesheets', () => {
    const js = rewriteJs(`const a=\`${placeholder}\`,b="${placeholder}x/";`);
    expect(js).not.toContain(placeholder);
    // Evaluated as a module in _assets/ of a package at /deep/pkg/, the root is /deep/pkg/.
    const code = js.replace(/import\.meta\.url/g, 'u').replace('const ', 'var ');
    const scope = { u: 'http://lms.test/deep/pkg/_assets/m.js', URL } as Record<string, unknown>;
    runInNewContext(code, scope);
    expect([scope['a'], scope['b']]).toEqual(['/deep/pkg/', '/deep/pkg/x/']);
    expect(rewriteCss(`a{background:url(${placeholder}_assets/i.svg)}`)).toBe(
      'a{background:url(../_assets/i.svg)}',
    );
  });
});
