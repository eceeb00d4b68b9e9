import { ME_TOO_CORE, ME_TOO_WORDS, STOP_WORDS, TEST_CORE, TEST_WORDS } from './vague-lexicon.ts';

/**
 * Classifiers for one block of an issue body, used by the vague rule to count only what the author
 * wrote: template guidance, `key: value` metadata and filler are set aside. Every pattern is linear
 * (no nested quantifiers over unbounded input) and callers only pass short blocks to the costlier ones.
 */

/** Blocks longer than this are never guidance or metadata: templates' hints are one short sentence. */
export const SHORT_BLOCK = 300;

// Template guidance: an instruction to the author, in the languages teams write issues in.
const GUIDANCE_START =
  /^(?:please |por favor |bitte |prosz[eę] |пожалуйста,? )?(?:describe|explain|provide|tell us|write|enter|fill in|summari[sz]e|link to|paste|specify|briefly|ideally|something that|describa|explique|explica|proporcione|indique|escriba|descreva|informe|escreva|d[ée]crivez|d[ée]cris|expliquez|indiquez|pr[ée]cisez|beschreibe|beschreiben sie|erkl[äa]re|erkl[äa]ren sie|geben sie|descrivi|spiega|beschrijf|leg uit|opisz|podaj|wyja[śs]nij|опишите|укажите|кратко опишите|добавьте|请|請)/i;
const GUIDANCE_ANYWHERE =
  /clear and concise|short,? clear|clara y concisa|claire et concise|courte et claire|clara e concisa|klare und knappe|chiara e concisa|duidelijke en beknopte|kr[óo]tki i jasny|jasny i zwi[ęe]z|ч[её]ткое и краткое|goes here|write (?:it )?here|delete this|replace this|if applicable|if they help|if relevant|any other context|お書き(?:下さい|ください)|記入してください|(?:書いて|入力して|記載して)(?:下さい|ください)|적어주세요|작성해주세요|请简要|请描述|简要描述|'\.{3,}'|"\.{3,}"|'…'/i;
// Issue-form boilerplate ticked by every author, and the numbered dummies of scaffolds ("Task 1", "Criterion 2").
const BOILERPLATE =
  /^(?:i(?: have|'ve|’ve) (?:searched|read|checked|looked|updated|verified|confirmed|tested|included|added|provided|followed|attached|reviewed|filled|made sure|ensured)\b|i (?:agree|confirm|understand|searched)\b|i am (?:using|on) the latest|(?:task|item|step|criterion|criteria|acceptance criteria|action|constraint|requirement|point|feature|subtask) ?\d{1,2}\.?$|(?:tarea|tarefa|crit[èeé]rio|criterio|crit[èe]re|kriterium|aufgabe|taak|zadanie|kryterium|задача|критерий|пункт|条件|タスク|項目|任务|步骤|조건|항목|작업) ?\d{1,2}\.?$|task (?:one|two|three)$|(?:in)?complete task$)/iu;
// "I will know it is done when..." — a sentence the template leaves for the author to finish.
const UNFINISHED = /\b([\p{L}]+)\s*(?:\.{3,}|…)\s*$/u;

// Template hints are one short sentence; the unanchored search only runs on blocks this short.
const GUIDANCE_WORDS = 16;

/**
 * True when a short block (`words` of its own) is an instruction to the author rather than the
 * author's own words. The anchored patterns cost a few character comparisons; the unanchored one
 * scans the block, so it runs only on blocks of a template hint's length.
 */
export const isGuidance = (text: string, words: number): boolean => {
  if (text.length > SHORT_BLOCK) return false;
  if (GUIDANCE_START.test(text) || BOILERPLATE.test(text)) return true;
  if (words <= GUIDANCE_WORDS && GUIDANCE_ANYWHERE.test(text)) return true;
  // Only a sentence left hanging on an ellipsis ("… done when...") can be unfinished.
  if (!text.endsWith('...') && !text.endsWith('…')) return false;
  const unfinished = UNFINISHED.exec(text.slice(-40).toLowerCase());
  return unfinished !== null && STOP_WORDS.has(unfinished[1] as string);
};

/**
 * Counts whitespace-separated chunks that hold a letter (numbers, versions and dates do not count),
 * stopping once past `limit`: a char-code scan, so ruling out a sentence allocates nothing.
 */
const letterChunks = (text: string, limit: number): number => {
  let count = 0;
  let inChunk = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10) {
      inChunk = false;
      continue;
    }
    if (!inChunk) {
      inChunk = true;
      counted = false;
    }
    if (!counted && isLetter(code)) {
      counted = true;
      if (++count > limit) return count;
    }
  }
  return count;
};

const isLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);

/**
 * The key of a block made only of `key: value` pairs ("Priority: High", "Start date: 2026-03-02",
 * "OS: Windows 11"), or undefined. Keys have at most three words and values at most three worded
 * chunks, so "Problem: login fails on Safari" stays a sentence. Split on colons, no regex backtracking.
 */
export const metadataKey = (text: string): string | undefined => {
  const colon = text.indexOf(':');
  // A key is at most three words, so its colon comes early; most sentences are ruled out here.
  // "https://…" is a link, not a key.
  if (text.length > SHORT_BLOCK || colon === -1 || colon > 40 || text.charCodeAt(colon + 1) === 47) return undefined;
  const key = text.slice(0, colon).trim();
  const keyWords = letterChunks(key, 3);
  if (keyWords === 0 || keyWords > 3) return undefined;
  let from = colon + 1;
  for (;;) {
    const next = text.indexOf(':', from);
    // A middle part holds one value and the next key; the last part holds a value only.
    const limit = next === -1 ? 3 : 6;
    if (letterChunks(next === -1 ? text.slice(from) : text.slice(from, next), limit) > limit) return undefined;
    if (next === -1) return key;
    from = next + 1;
  }
};

/** True when the text holds "lorem ipsum" filler (checked with native substring scans, any case). */
export const isLorem = (text: string): boolean =>
  text.includes('ipsum') && (text.includes('orem ipsum') || text.includes('dolor sit amet'));
// Keyboard mash: a syllable repeated ("asdasd", "sdfsdf", "aaaa") or a run of home-row letters ("asdf", "jkl").
const REPEATED = /^(.{1,3})\1+$/;
const HOME_ROW = /^[asdfghjkl;]{3,}$/;
const TOP_ROW_START = /^(?:qwer|zxcv|asdf)/;

/** What a short block's lower-cased words are when they are not the author's: a number scale, letter slots ("AA / BB"), mash or a test post. */
export type ShortBlockKind = 'numbers' | 'slots' | 'mash' | 'test' | 'me too';

const NUMBER = /^[\d…]+$/;
// "AA", "BB", "xxx": one letter repeated, the slots of a scaffold.
const SLOT = /^([a-z])\1+$/;
const isMash = (token: string): boolean => REPEATED.test(token) || HOME_ROW.test(token) || TOP_ROW_START.test(token);

/**
 * Reads a short block's words ("1, 2, 3, 5, 8", "asdasd qwerty", "test, please ignore") in one pass that
 * stops at the first word that rules every kind out, which for real text is usually the first word.
 */
export const shortBlockKind = (tokens: readonly string[]): ShortBlockKind | undefined => {
  if (tokens.length === 0 || tokens.length > 20) return undefined;
  let numbers = true;
  let slots = true;
  let mash = true;
  let test = true;
  let core = false;
  let meToo = true;
  let meTooCore = false;
  for (const token of tokens) {
    if (numbers && !NUMBER.test(token)) numbers = false;
    if (slots && !SLOT.test(token)) slots = false;
    if (mash && !isMash(token)) mash = false;
    if (test) {
      if (!TEST_WORDS.has(token)) test = false;
      else if (TEST_CORE.has(token)) core = true;
    }
    if (meToo) {
      if (ME_TOO_CORE.has(token)) meTooCore = true;
      else if (!ME_TOO_WORDS.has(token) && !STOP_WORDS.has(token)) meToo = false;
    }
    if (!numbers && !slots && !mash && !test && !meToo) return undefined;
  }
  if (numbers) return 'numbers';
  if (slots) return 'slots';
  if (mash) return 'mash';
  if (test && core) return 'test';
  return meToo && meTooCore ? 'me too' : undefined;
};

// "xxx", "yyy", "zzz": letters repeated as slots in scaffolds ("As a xxx I want to yyy").
const LETTER_SLOTS = /\b([a-z])\1+\b[^]*\b([a-z])\2+\b/i;

/** True when a block has two or more letter slots ("As a xxx I want to yyy"). */
export const hasLetterSlots = (text: string): boolean => LETTER_SLOTS.test(text);

// What a report of something broken needs: an error, expected vs actual, a quoted message, a trigger ("when I …").
const SYMPTOM =
  /["«»„“”「」『』]|\b(?:missing|blank|empty|disappear\w*|error|exception|fails?|failed|crash\w*|instead|expected|should|returns?|shows?|displays?|timeout|erro|erreur|fehler|errore|fout|b[łl][ąa]d|esperad[oa]|attendu|erwartet|previsto|verwacht|oczekiwan\w*|statt|invece|zamiast|au lieu|when|whenever|until|cuando|quand|lorsque|wenn|nachdem|quando|wanneer|kiedy|gdy)\b|ошибк|ожида|вместо|когда|错误|期望|而不是|エラー|期待|代わりに|오류|기대|대신/i;

/** True when the text names a symptom: an error, expected vs actual, a quoted message or a code. */
export const hasSymptom = (text: string): boolean => SYMPTOM.test(text);

// "It doesn't work" in the languages above: a complaint that needs a symptom to be actionable.
const COMPLAINT =
  /doesn'?t work|does not work|not working|is broken|no funciona|não funciona|ne (?:marche|fonctionne) pas|marche pas|funktioniert nicht|geht nicht|werkt niet|nie dzia[łl]a|non funziona|non va|не работает|не запускается|不能用|動かない|안 ?돼|안 ?됩니다/i;

/** True when the text complains that something does not work. */
export const isComplaint = (text: string): boolean => COMPLAINT.test(text);
