import { allBlocks, type BodyDocument } from '#src/markdown/body-document.ts';
import { ABSTRACT_WORDS, NEUTRAL_WORDS } from './vague-abstract.ts';
import { GENERIC_WORDS_EXTRA, STOP_WORDS } from './vague-lexicon.ts';
import { hasCjk } from './vague-segment.ts';
import { GENERIC_WORDS } from './vague-titles.ts';
import { tokens } from './vague-tokens.ts';

/**
 * "Can someone help me? It doesn't work. Thanks" — a call for help that never says with what. Such a body is a
 * greeting, a plea and a thank-you around at most one word that names anything, and the issue cannot be acted on
 * until the author says what they tried and what happened.
 */

/** Words that ask for help or say the writer is stuck, in the languages teams write issues in. */
const HELP_WORDS: ReadonlySet<string> = new Set(
  [
    'help helping assist assistance someone anyone somebody anybody stuck',
    'ayuda ayudar ayúdenme alguien atascado ajuda ajudar alguém socorro aide aider quelqu’un quelqu bloqué',
    'hilfe helfen jemand weiter aiuto aiutare qualcuno bloccato hulp helpen iemand vast',
    'pomoc pomocy pomóc ktoś utknąłem помощь помогите помочь кто кто-нибудь застрял',
  ]
    .join(' ')
    .split(' '),
);

/** Words around a plea that name nothing: greetings, thanks, "please", "I don't know", "look at it". */
const PLEA_WORDS: ReadonlySet<string> = new Set(
  [
    "hi hello hey thanks thank advance please me i’m i'm im can't cannot don't dont know idea what do does look check",
    "solve resolve fix anyone's happen happens happened",
    'hola gracias favor mirar ver saber sé resolver solucionar olá oi obrigado obrigada olhar',
    'bonjour salut merci regarder résoudre sais hallo danke bitte brauche anschauen weiß lösen komme',
    'ciao grazie guardare risolvere so bedankt kijken oplossen weet cześć dzięki dziękuję proszę spojrzeć wiem',
    'привет здравствуйте спасибо пожалуйста посмотреть знаю решить',
    // "can" and reflexive pronouns, which the shared function-word list leaves out
    'peut può kann kan może может sich si zich mi',
  ]
    .join(' ')
    .split(' '),
);

// Chinese, Japanese and Korean pleas, read as substrings: word segmentation splits them unpredictably.
const CJK_HELP =
  /助けて|教えて|分かりません|わかりません|どうすれば|帮忙|帮助|求助|怎么办|怎么回事|도와|어떻게 해야|모르겠/;
// A body that names a thing has a code, a quoted message, a number, a link or (in CJK text) a Latin name.
const CONCRETE = /[`"«»„“”「」『』\d/]|https?:/;
const LATIN_NAME = /[a-z]{2}/i;
/** A plea is a few lines; a longer body names something somewhere. */
const MAX_LENGTH = 300;
/** At most this many words that name anything may sit around the plea ("the installer"). */
const MAX_NAMED = 1;

const namesNothing = (word: string): boolean =>
  STOP_WORDS.has(word) ||
  NEUTRAL_WORDS.has(word) ||
  PLEA_WORDS.has(word) ||
  HELP_WORDS.has(word) ||
  GENERIC_WORDS.has(word) ||
  GENERIC_WORDS_EXTRA.has(word) ||
  ABSTRACT_WORDS.has(word);

/** True when a short body asks for help and names at most one thing besides. */
export const asksForHelpOnly = (body: string, doc: BodyDocument): boolean => {
  if (body.length > MAX_LENGTH || CONCRETE.test(body)) return false;
  if (hasCjk(body)) return CJK_HELP.test(body) && !LATIN_NAME.test(body);
  let asks = false;
  let named = 0;
  for (const block of allBlocks(doc)) {
    if (block.kind === 'code' || block.kind === 'quote') return false;
    for (const word of tokens(block.text)) {
      if (HELP_WORDS.has(word)) asks = true;
      else if (!namesNothing(word) && ++named > MAX_NAMED) return false;
    }
  }
  return asks;
};
