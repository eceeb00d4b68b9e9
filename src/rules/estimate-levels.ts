import { list } from './word-list.ts';
import { normalizeKey } from './ac-normalize.ts';

const level = (points: number, words: readonly string[]) => words.map((word) => [normalizeKey(word), points] as const);

/**
 * Points for the level words of a complexity, difficulty or effort score ("Low Complexity",
 * "Complexidade: Média", "effort: high", "difficulty: easy"), on the Fibonacci scale the size table
 * uses (S 2, M 3, L 5, XL 8): very low 1, low/easy/beginner 2, medium 3, high/hard/advanced 5, very high 8. Matched after
 * normalizeKey (case and accents ignored). `rules.estimate.levels` adds words or changes points.
 */
export const BUILT_IN_LEVELS: ReadonlyMap<string, number> = new Map<string, number>([
  ...level(
    1,
    list(`
    trivial | very low | very easy | tiny | minimal | muy baja | muy bajo | muy fácil | muito baixa
    muito baixo | muito fácil | très faible | très facile | sehr niedrig | sehr gering | sehr leicht
    sehr einfach | molto bassa | molto basso | molto facile | bardzo niska | bardzo niski | bardzo łatwa
    zeer laag | zeer makkelijk | очень низкая | очень низкий | очень легкая | тривиальная | 极低 | 非常简单
    とても低い | とても簡単 | 매우 낮음 | 매우 쉬움
  `),
  ),
  ...level(
    2,
    list(`
    low | easy | simple | minor | beginner | novice | starter | baja | bajo | fácil | sencilla | sencillo | baixa | baixo | simples
    faible | facile | basse | bas | niedrig | gering | leicht | einfach | bassa | basso | semplice
    niska | niski | łatwa | łatwy | prosta | prosty | laag | makkelijk | eenvoudig | низкая | низкий
    легкая | легкий | простая | простой | 低 | 简单 | 容易 | 易 | 簡単 | 低い | やさしい | 낮음 | 쉬움 | 하
  `),
  ),
  ...level(
    3,
    list(`
    medium | moderate | normal | average | mid | intermediate | media | medio | moderada | moderado
    média | médio | moyenne | moyen | modérée | mittel | mittlere | mittlerer | moderat | normale
    średnia | średni | gemiddeld | middel | matig | средняя | средний | умеренная | 中 | 中等 | 普通 | 中程度
    보통 | 중
  `),
  ),
  ...level(
    5,
    list(`
    high | hard | difficult | complex | major | advanced | alta | alto | difícil | compleja | complejo | complexa
    complexo | élevée | élevé | haute | haut | difficile | complexe | hoch | schwer | schwierig
    komplex | elevata | elevato | complessa | complesso | wysoka | wysoki | trudna | trudny | złożona
    hoog | moeilijk | complex | высокая | высокий | сложная | сложный | трудная | 高 | 困难 | 难 | 複雑 | 高い
    難しい | 높음 | 어려움 | 상
  `),
  ),
  ...level(
    8,
    list(`
    very high | very hard | very complex | expert | huge | muy alta | muy alto | muy difícil
    muito alta | muito alto | muito difícil | très élevée | très difficile | sehr hoch | sehr schwer
    sehr schwierig | molto alta | molto alto | molto difficile | bardzo wysoka | bardzo trudna
    zeer hoog | zeer moeilijk | очень высокая | очень высокий | очень сложная | 极高 | 非常困难 | 非常に高い
    とても難しい | 매우 높음 | 매우 어려움
  `),
  ),
]);

/**
 * Words that name a complexity, difficulty or effort score, in labels ("Low Complexity",
 * "difficulty: easy") and body keys ("Complexidade: Média"). A score read under one of them is
 * weaker evidence than an estimate: an "Estimate:" line elsewhere wins.
 */
export const SCORE_WORDS: ReadonlySet<string> = new Set(
  list(`
    complexity | difficulty | effort | effort level | level of effort | loe | complexity level
    difficulty level | complejidad | dificultad | esfuerzo | complexidade | dificuldade | esforço
    complexité | difficulté | komplexität | schwierigkeit | schwierigkeitsgrad | aufwand | complessità
    difficoltà | sforzo | złożoność | trudność | poziom trudności | nakład pracy | complexiteit
    moeilijkheid | moeilijkheidsgraad | inspanning | сложность | трудность | трудоемкость | 复杂度 | 难度
    难易度 | 工作量 | 難易度 | 複雑度 | 难度等级 | 난이도 | 복잡도 | 작업량
  `).map(normalizeKey),
);

const tables = new WeakMap<Readonly<Record<string, number>>, ReadonlyMap<string, number>>();

/** The level table for one config: the built-in words with `rules.estimate.levels` merged over them. */
export const levelTable = (extra: Readonly<Record<string, number>>): ReadonlyMap<string, number> => {
  let table = tables.get(extra);
  if (!table) {
    const merged = new Map(BUILT_IN_LEVELS);
    for (const [word, points] of Object.entries(extra)) merged.set(normalizeKey(word), points);
    table = Object.keys(extra).length === 0 ? BUILT_IN_LEVELS : merged;
    tables.set(extra, table);
  }
  return table;
};
