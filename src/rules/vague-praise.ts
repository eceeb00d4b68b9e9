import { hasSymptom, isComplaint } from './vague-lines.ts';

/**
 * Thanks and praise ("Great tool, keep up the good work!", "Merci pour ce projet", "谢谢"): kind words for the
 * maintainers, but no work to do. A block is praise only when every sentence of it praises or thanks and none
 * asks, reports or suggests anything, so "Thanks for the tool! Export drops the last row" stays a report.
 */

// Praise and thanks in the languages teams write issues in, in any case.
const PRAISE =
  /thank|\bthx\b|kudos|\bgreat (?:work|job|tool|project|app|library|lib|plugin|extension|software)|awesome|amazing|\blove (?:this|it|the|your)|\blike (?:this|the|your) (?:project|tool|app|library|work)|keep (?:it )?up|good (?:work|job)|well done|appreciate|cheers|\bgracias|buen trabajo|excelente|obrigad|parab[ée]ns|[óo]timo trabalho|\bmerci|bravo|super travail|\bdanke|vielen dank|tolle arbeit|gro[ßs]artig|\bgrazie|ottimo lavoro|complimenti|bedankt|dank je|goed werk|dzi[ęe]kuj|[śs]wietn|спасибо|благодар|отличн|молодц|谢谢|感谢|太棒|ありがとう|素晴らしい|감사|고맙|최고|\byou (?:guys )?rock|big fan|(?:huge|much|big|all the) respect|\bgem\b|brilliant|fantasti|incred[íi]ble|incr[íi]vel|g[ée]nial|geweldig|felicidades|felicitaciones|sig(?:an|ue) as[íi]|continuem assim|continuez comme ça|weiter so|avanti cos[ìi]|ga zo door|tak trzyma|так держать|респект|点赞|太好用|厉害|exactly what i (?:was|have been) looking for|excellent|wonderful|impressive|congrat|\bwow\b|superb|lovely|me encanta|enhorabuena|maravill|muito bom|f[ée]licitations|formidable|magnifique|hervorragend|gro[ßs]es lob|\bklasse\b|stupend|ben fatto|\bbravi\b|prachtig|gefeliciteerd|gratulacje|wspania|круто|молодцы|すごい|最高|대박|멋져/i;
// Anything that turns kind words into a request or a report: a question, a wish, a "but", a problem word.
const REQUEST =
  /\?|？|\b(?:but|however|though|although|would|could|wish|please|if|can you|could you|need|needs|want|request|suggest\w*|feature|bug|issue|problem|missing|add|support|pero|aunque|mais|cependant|aber|jedoch|ma|però|maar|ale|но|однако)\b|但是|でも|하지만|请|麻烦|希望|问题|能否|お願い|問題|ください|欲しい|부탁|문제|주세요/i;
// Sentences end at these; a comma does not end one ("Thanks for this tool, it saves me hours").
const SENTENCE_END = /[.!。！\n]+/;

// How the writer uses the project ("I use it every day", "Пользуюсь каждый день"): said alongside thanks, asks nothing.
const USAGE =
  /\buse (?:it|this)\b|\busing (?:it|this)\b|every ?day|daily|todos los d[íi]as|todos os dias|tous les jours|jeden tag|t[äa]glich|ogni giorno|elke dag|codziennie|пользуюсь|каждый день|每天|毎日|매일/i;

const asksNothing = (sentence: string): boolean =>
  !REQUEST.test(sentence) && !hasSymptom(sentence) && !isComplaint(sentence);

/** Blocks longer than this are never praise alone: a thank-you note is a few lines. */
const PRAISE_LIMIT = 400;

/**
 * True when a short block thanks or praises and asks for or reports nothing: every sentence praises, or says how
 * the writer uses the project ("I use it every day").
 */
export const isPraise = (text: string): boolean => {
  if (text.length > PRAISE_LIMIT) return false;
  // Most blocks praise nothing: the one case-insensitive scan rules them out without copying the text.
  if (!PRAISE.test(text)) return false;
  const lower = text.toLowerCase();
  let praised = false;
  for (const sentence of lower.split(SENTENCE_END)) {
    // Emoji and punctuation alone ("🙏", ":)") are not sentences.
    if (!/\p{L}/u.test(sentence)) continue;
    if (!asksNothing(sentence)) return false;
    if (PRAISE.test(sentence)) praised = true;
    else if (!USAGE.test(sentence)) return false;
  }
  return praised;
};
