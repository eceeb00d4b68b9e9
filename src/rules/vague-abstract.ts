import { allBlocks, type BodyDocument } from '#src/markdown/body-document.ts';
import { STOP_WORDS } from './vague-lexicon.ts';
import { hasCjk, segmentWords } from './vague-segment.ts';
import { tokens } from './vague-tokens.ts';

/**
 * Bodies that talk at length in general terms only ("several things should be better overall, the experience is
 * not the best, we should review everything"): enough words to pass a word count, but no screen, feature, message
 * or behaviour named. Judged by how much of the body's vocabulary is the vocabulary of unspecified scope.
 */

/**
 * Words of unspecified scope, in the languages teams write issues in: things, everything, better, improve, general,
 * and talk about the work itself (the meeting, the remaining items, the next steps) rather than about the product.
 */
export const ABSTRACT_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'thing things stuff something everything anything several various many lots lot general generally overall',
    'better best improve improved improving improvement improvements enhance enhancements polish adjust adjustments',
    'tweak tweaks necessary needed experience quality nicer whole everywhere somehow aspects areas parts misc',
    'unfinished consistent smoother off',
    // Spanish, Portuguese
    'cosa cosas algo todo toda todos todas varias varios muchas muchos general mejor mejores mejorar mejoras mejora',
    'mejorando ajustes ajustar necesario necesarios necesaria necesarias experiencia calidad aspectos partes cambios',
    'coisa coisas tudo várias vários geral melhor melhorar melhorias melhoria melhorando necessário necessários',
    'experiência qualidade mudanças muitas muitos muito rever boas bons',
    // French, Italian
    'chose choses quelque tout tous toutes plusieurs divers diverses général générale mieux meilleur meilleure',
    'améliorer améliorations amélioration ajustements nécessaire nécessaires expérience qualité partout revoir reprendre',
    'cose qualcosa tutto tutti tutte varie vari generale meglio migliore migliorare miglioramenti necessario esperienza',
    'qualità ovunque sistemare rivedere',
    // German, Dutch
    'dinge sache sachen etwas alles einige verschiedene allgemein generell besser verbessern verbesserungen',
    'anpassungen notwendig erfahrung qualität insgesamt vieles viel überall runder dingen iets diverse algemeen beter',
    'verbeteren verbeteringen overal ervaring bekeken',
    // Polish, Russian
    'rzeczy coś wszystko różne ogólnie lepiej lepszy lepsze poprawić poprawki usprawnienia ulepszenia wszędzie',
    'вещи всё все разные различные общем целом лучше улучшить улучшения доработки доработать везде удобнее',
    // Chinese, Japanese (as Intl.Segmenter returns them)
    '一些 东西 所有 各种 整体 更好 改进 优化 体验 いろいろ 色々 全体 全部 改善 良く もっと',
    // Talk about the work rather than the product: meetings, items, next steps ("pick up the remaining items").
    'meeting meetings talked discussed discuss discussion agreed team items remaining rest continue next steps',
    'sprint later consider thought thoughts decide deciding decision sense shape good pick ideas topics pending',
    'reunión hablamos comentado acordado equipo puntos pendiente pendientes quedan resto continuar siguiente',
    'próximos pasos revisar revisarlas revisarlos decidir decidimos hacemos cada ideas temas',
    'reunião conversamos falamos combinado equipe pontos pendente resto próximos passos decidir ideias temas',
    'réunion discuté parlé convenu équipe points reste continuer prochaines étapes décider idées sujets',
    'besprechung besprochen vereinbart punkte offene weitermachen nächste schritte einiges aufräumen aufzuräumen',
    'optimal gelöst gemacht überlegen entscheiden ideen themen',
    'riunione discusso parlato concordato punti sospeso restanti continuare prossimi passi decidere idee argomenti',
    'vergadering besproken afgesproken punten openstaande doorgaan volgende stappen beslissen ideeën onderwerpen',
    'spotkanie omówiliśmy ustalone zespół punkty pozostałe kontynuować następne kroki zdecydować pomysły tematy',
    'встреча обсудили договорились команда пункты оставшиеся продолжить следующие шаги решить идеи темы',
    'left previous finish state open standup came whatever offen letzten diversi restano chiarire procedere emerse',
    'salieron ustalić zająć дальше',
    // Wishes about the product as a whole: the big picture, the future, a modern feel ("take a step back").
    'thinking think feel feeling great big picture future vision potential directions direction modern intuitive',
    'expect expectations nowadays competition everyone everybody something works step back honestly today dream',
    'bigger rethink basics people love level bold bolder truly functional completely completo apostar wege gehen',
    'langfristig neue',
    'anticuada anticuado intuitiva altura esperan hoy día veraltet zeitgemäß obsolète démodé',
    'replantear margen dedicarle tiempo creo sería bueno moderno intuitivo futuro visión potencial',
    'moderna intuitiva futuro visão potencial moderne intuitif intuitive avenir vision potentiel',
    'modern intuitiv zukunft potenzial moderno intuitivo futuro potenziale toekomst visie potentieel',
    'nowoczesny intuicyjny przyszłość potencjał современный интуитивный будущее потенциал',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Stems of the words above in languages that inflect them ("punktami", "оставшимися", "встрече"): a word counts
 * when it starts with one. Each is long enough not to start an unrelated word.
 */
const GENERAL_STEMS: readonly string[] = [
  'punkt',
  'pozosta',
  'spotkan',
  'temat',
  'zespo',
  'встреч',
  'команд',
  'оставш',
  'пункт',
  'обсужд',
  'улучш',
  'riunion',
  'besprech',
  'verbesser',
  'miglior',
  'moderni',
  'innov',
  'reinvent',
  'inspir',
  'erfolg',
];

// Stems are only worth trying on words at least this long: shorter words are function words or names.
const STEM_MIN_WORD = 5;

const hasGeneralStem = (word: string): boolean =>
  word.length >= STEM_MIN_WORD && GENERAL_STEMS.some((stem) => word.startsWith(stem));

/**
 * Pronouns, auxiliaries and modal verbs that the shared function-word list leaves out: they neither name a thing nor
 * widen the scope, so they count on neither side ("we should", "il faudrait", "bisognerebbe", "нужно").
 */
export const NEUTRAL_WORDS: ReadonlySet<string> = new Set(
  [
    'we it they them there are is be being need needs must make makes go over feel feels look looks bit seem seems',
    'really let see sure about few during through each while take come know',
    'hay haber habría deberíamos debería puede pueden ser está están tiene tienen tenga quede hacer realizar ver',
    'porque qué lo le más falta',
    'precisa precisam pode podem ser está estão temos tem fazer ver porque mais',
    'il faut faudrait sont ce soit être peu fait faire y on elle plus',
    'wir es sie könnte könnten sollten sollte sein noch einmal damit muss müssen wird werden gibt mehr aus sind dann',
    'er zijn die kunnen moet moeten nog eens worden wordt zodat de in meer',
    'ci sono da un po bisogna bisognerebbe essere fare più dopo come insieme',
    'trzeba można mogłoby i być jak więcej teraz musi',
    'нужно должно должны надо быть в больше делать',
  ]
    .join(' ')
    .split(' '),
);

// A body with a code, a quoted message, a number or a link names something concrete.
const CONCRETE = /[`"«»„“”「」『』\d/]|https?:/;
// A body this long names something somewhere; the count below is for a paragraph or two.
const MAX_LENGTH = 1_500;
/**
 * At least this many words of unspecified scope, and at least half the content words: a concrete body that mentions
 * "the remaining items of the next sprint" still names more things than it leaves open.
 */
const MIN_ABSTRACT = 4;
const MIN_SHARE = 0.5;

/**
 * The body's words of unspecified scope when they make up much of a short body that names nothing concrete,
 * or undefined. Quotes and code are skipped: they are someone else's words or a concrete thing.
 */
export const abstractWords = (body: string, doc: BodyDocument): string[] | undefined => {
  if (body.length > MAX_LENGTH || CONCRETE.test(body)) return undefined;
  let content = 0;
  const found: string[] = [];
  for (const block of allBlocks(doc)) {
    if (block.kind === 'code' || block.kind === 'quote') continue;
    for (const word of hasCjk(block.text) ? segmentWords(block.text) : tokens(block.text)) {
      if (STOP_WORDS.has(word) || NEUTRAL_WORDS.has(word) || word === '…') continue;
      content++;
      if (ABSTRACT_WORDS.has(word) || hasGeneralStem(word)) found.push(word);
    }
  }
  return found.length >= MIN_ABSTRACT && found.length >= content * MIN_SHARE ? found : undefined;
};
