/**
 * Writes and updates the translation files of YAML content: one flat `path: text` map per English
 * file, in `content/<locale>/<collection>/<file>.yaml`, with the English text above each key as a
 * comment. Translations already written are kept; new texts get an empty value; texts the English
 * no longer has are dropped (and counted).
 *
 *   npm run i18n:extract   all collections, all languages
 * What each language still lacks: npm run i18n:check (it also runs in every build).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Document, isPair, isScalar } from 'yaml';
import { overlayFile, readOverlay, sourceFiles, sourceTexts } from '../src/i18n/content.ts';
import { textRules, translatedLocales, type TextCollection } from '../src/i18n/text-rules.ts';

for (const locale of translatedLocales) {
  for (const collection of Object.keys(textRules) as TextCollection[]) {
    for (const source of sourceFiles(collection)) {
      const file = overlayFile(collection, source.stem, locale);
      const existing = readOverlay(file) ?? new Map<string, string>();
      const texts = sourceTexts(collection, source);
      const doc = new Document(
        Object.fromEntries([...texts.keys()].map((path) => [path, existing.get(path) ?? ''])),
      );
      doc.commentBefore = ` ${locale} text of ${source.file}. Translate the values only; keys are paths and never change.\n Write each text as a block (key: >- then the text indented on the next lines) or in double quotes.\n The English is above each key. Regenerate keys with: npm run i18n:extract`;
      const map = doc.contents;
      if (map && 'items' in map) {
        for (const item of map.items) {
          if (!isPair(item) || !isScalar(item.key)) continue;
          const english = texts.get(String(item.key.value)) ?? '';
          item.key.commentBefore = ` EN: ${english.replace(/\n/g, '\n     ')}`;
          item.key.spaceBefore = true;
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, doc.toString({ lineWidth: 100, blockQuote: 'folded' }));
      const dropped = [...existing.keys()].filter((k) => !texts.has(k)).length;
      const todo = [...texts.keys()].filter((k) => !existing.has(k)).length;
      console.log(
        `${file}: ${texts.size} texts, ${todo} to translate${dropped ? `, ${dropped} dropped` : ''}`,
      );
    }
  }
}
