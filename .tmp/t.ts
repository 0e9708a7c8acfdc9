import { french } from '../src/search/french.ts';
import { checkAgainstLunr } from '../src/search/lunr-check.ts';
import { scanText } from '../src/search/text.ts';
for (const w of ['préservation','preservation','entraïde','délai','delai','données','donnees','sécurité','securite','à','été','conservation','rapide','double','incrimination']) console.log(w, french.isStopWord(w), french.stem(w));
checkAgainstLunr(['préservation','données','à','été','sécurité'], french);
console.log(scanText("Les articles 2 à 11 et l'article 29, paragraphe 2 ; art. 29(3) ; la demande d'entraide judiciaire, l'équipe commune d'enquête (ECE), le NAT de niveau opérateur, réseau 24/7", french).map(t=>t.term).join(' '));
