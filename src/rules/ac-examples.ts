import { normalizeKey } from './ac-normalize.ts';
import { list } from './word-list.ts';

// Headings of a part that shows how to write something rather than saying it.
const EXAMPLE_TITLES: ReadonlySet<string> = new Set(
  list(`
    example | examples | format | template | sample | how to write | how to write acceptance criteria
    example scenario | example format | gherkin example | ejemplo | ejemplos | plantilla | formato | exemplo
    exemplos | modelo | exemple | exemples | modèle | beispiel | beispiele | vorlage | esempio | esempi
    przykład | przykłady | szablon | voorbeeld | voorbeelden | sjabloon | пример | примеры | шаблон | 示例
    例子 | 模板 | 格式 | 例 | 記入例 | テンプレート | 예시 | 예 | 템플릿 | 양식
  `).map(normalizeKey),
);

// "For example:", "Use this format:", "Write them like this:", "e.g.:", "Por ejemplo:", "Zum Beispiel:".
const INTRO =
  /(?<![\p{L}\p{N}])(?:examples?|format|template|like this|such as|for instance|e\.g\.|sample|ejemplo|formato|plantilla|exemplo|modelo|exemple|modèle|beispiel|vorlage|esempio|przykład|voorbeeld|пример)|例えば|例如|示例|예시|예를 들어|以下の形式|按照/iu;

/** True for a heading such as "Example", "Template" or "Format" (in several languages). */
export const isExampleTitle = (title: string): boolean =>
  title !== '' && title.length <= 60 && EXAMPLE_TITLES.has(normalizeKey(title));

/** True for a short paragraph that introduces an example of a format: "Use this format:", "For example:". */
export const isExampleIntro = (text: string): boolean => {
  if (text.length > 200 || !INTRO.test(text)) return false;
  // A sentence that merely mentions an example ("…, for example the empty state") is not an introduction.
  return /[:：]\s*$/.test(text) || text.split(' ').length <= 8;
};
