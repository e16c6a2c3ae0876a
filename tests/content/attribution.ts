// Which card prompts ask who said what, or what was said in the talk, rather than about the idea itself.
import type { Card } from '../../src/content/schema';

const ATTRIBUTION =
  /\b(said|says|saying|argued|argues|described|describes|called|calls|credited|claims?|claimed|believes?|believed|thinks?|thought|according to|in the (talk|conversation|episode|podcast|interview)|Sutskever|Fridman|Ilya|Lex|host|guest)\b/i;

export const asksWhoSaidWhat = (card: Card): boolean =>
  ATTRIBUTION.test(card.kind === 'basic' ? card.prompt : card.text);
