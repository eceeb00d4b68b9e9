import { allBlocks, type BodyDocument } from '#src/markdown/body-document.ts';
import { tokens } from './vague-tokens.ts';

/**
 * Whether an item names something concrete: a thing someone could point at on the screen or in the code. A wish,
 * a compliment or a request in fresh wording ("make it pop", "take the app to the next level", "you nailed it")
 * uses words no list of vague words foresees, but it names no thing. So this tests the other side, by structure
 * first: a number, a quoted label or message, code, a path or link, an identifier, an acronym, a proper name in
 * mid-sentence, a loanword in katakana or steps; then by the closed class of nouns for the parts of a
 * product (screens, controls, data, files, platforms), which new wordings still have to use to name a thing.
 */

// Quotes of any script, code, paths and links.
const MARKS = /[`"«»„“”‹›「」『』《》【】/\\<>]|https?:|\w[._#@]\w|\w\(\)|(?:^|\s)'[^'\n]{1,60}'(?!\w)|‘[^’\n]{1,60}’/;
// An identifier written as code: camelCase or an acronym of two or more capitals (CSV, PDF, SMS), not a shout.
const CAMEL = /\p{Ll}\p{Lu}/u;
const ACRONYM = /(?:^|[^\p{L}])(\p{Lu}{2,6})(?![\p{L}])/gu;
// Capitals that are ways of writing, not things: a shouted "ASAP" or "UX" names no screen.
const NOT_NAMES: ReadonlySet<string> = new Set('UX UI ASAP TBD TODO FYI IMO IMHO OK PLS PLZ IGNORE WIP AI'.split(' '));
// A number names a thing (a count, a size, a version, a year on a page), except a quarter or a half of the year:
// "Q3" and "H2" say when, not what ("Vision for Q3").
const NUMBER = /[\p{L}\d]*\d[\p{L}\d]*/gu;
const TIME_FRAME = /^[qh][1-4]$/i;
const hasNumber = (text: string): string | undefined => {
  for (const match of text.matchAll(NUMBER)) if (!TIME_FRAME.test(match[0])) return match[0];
  return undefined;
};
// A run of katakana is, in Japanese, usually a borrowed name of a thing ("ボタン", "ダークモード", "ログイン").
const KATAKANA = /[\u30a1-\u30fa\u30fc]{3,}/u;
// German writes every noun with a capital, so a capital in mid-sentence names a thing only in other languages.
const GERMAN = /\b(?:der|die|das|und|nicht|ist|ein|eine|wenn|auf|mit|sich|den|dem|wäre|würde|sollte)\b/i;

/**
 * Stems of nouns for the parts of a product, in the languages teams write issues in: a word names a thing when it
 * starts with one. Each stem is long enough not to start an unrelated word of general scope.
 */
const PART_STEMS: readonly string[] = [
  // Screens, controls, data, files and platforms
  'button module$ modules módulo modul модул inscrip user_stor historias_de_usuario acceptance_criteria',
  'criterios_de_aceptación page$ screen field tab$ menu link form$ table column row$ dialog modal popup icon',
  'tooltip sidebar toolbar header footer banner dropdown checkbox toggle switch slider label placeholder navbar',
  'navigation widget panel card$ view$ window cursor scroll click drag shortcut keyboard search filter',
  'sort$ sorting sorted theme font colou color logo image avatar video chart graph dashboard calendar date$',
  'timezone notification email e-mail mail message error warning crash log$ logging login logout signup',
  'password account profile setting preference option export import upload download file$ folder attachment',
  'invoice cart$ checkout payment price$ admin role$ permission comment post$ feed$ chat$',
  'onboarding tutorial wizard checklist teammate invite module flag$ config endpoint api database query cache',
  'server client cli command script deploy pipeline test docs documentation readme changelog translation translate',
  'locale typo mobile iphone android ios browser safari chrome firefox windows linux macos tablet printer print pdf',
  'csv json xml sms token session cookie webhook plugin dependency branch commit delete rename sync backup spinner',
  'loading redirect timeout reset verification phone appointment event$ inventory stock ticket report',
  // Operations on data and things people handle, and expected-versus-actual
  'save$ saved saving share$ shared sharing send$ sending edit$ editing copy$ paste undo redo archive',
  'pin$ pinned bookmark subscribe unsubscribe buy$ purchase vote$ follow$ followers mute$ mention assign',
  'merge$ publish schedul attach wishlist favorite favourite thread reply replies category categories channel',
  'playlist photo picture gallery receipt coupon discount shipping delivery subscription billing licen badge',
  'booking reservation seat$ lesson quiz expected instead',
  // Spanish, Portuguese
  'botón botao botão página pantalla tela$ campo$ pestaña aba$ menú enlace formulario formulário lista$',
  'listado tabla tabela columna coluna fila$ linha diálogo ícono ícone barra filtro búsqueda busca$',
  'buscador pesquisa ordenar contraseña senha perfil configura exportar importar archivo arquivo correo notifica',
  'calendario calendário fecha$ informe relatório factura fatura carrito carrinho pago$ pagamento pedido',
  'precio$ preço idioma traduc tradu registro cadastro descarga imagen imagem mensaje mensagem guardar',
  'compartir salvar compartilhar esperado esperada',
  // French, Italian
  'bouton écran champ$ onglet lien$ formulaire liste tableau colonne ligne fenêtre icône barre',
  'recherche filtre trier mot_de_passe profil paramètre réglage fichier dossier courriel calendrier facture panier',
  'paiement prix libellé connexion épingl traduire langue téléchargement enregistrer partager attendu pulsante',
  'bottone pagina schermata scheda collegamento modulo tabella colonna riga finestra icona ricerca ordina profilo',
  'impostazion esporta importare cartella fattura carrello prezzo registrazione telefono codice salvare condividere',
  'invece',
  // German, Dutch
  'schaltfläche knopf fußzeile kopfzeile datum webseite startseite bildschirm feld felder reiter menü formular',
  'tabelle spalte zeile fenster',
  'symbol suche filter sortier passwort kennwort konto profil einstellung export datei ordner kalender termin',
  'bericht rechnung warenkorb zahlung bestellung preis anmeld registrier drag-and-drop speicher erwartet statt knop',
  'scherm veld formulier lijst tabel kolom venster zoek wachtwoord instelling bestand map$ factuur winkelwagen',
  'betaling bestelling prijs inlog resetformulier opslaan verwacht',
  // Polish, Russian
  'przycisk ekran pole zakładk formularz tabel kolumn okno ikon wyszukiw filtr sortow hasło hasł ustawie eksport',
  'plik folder kalendarz raport faktur koszyk płatnoś zamówie cena$ logowani księgow widok zapis oczekiw zamiast',
  'кнопк страниц экран поле вкладк меню форм список таблиц столб строк окн иконк поиск фильтр сортир пароль аккаунт',
  'учётн профил настройк экспорт импорт файл папк календар отчёт отчет корзин оплат заказ цена цены цену вход$',
  'регистрац карт уведомлен сообщени ошибк ожида вместо сохран',
  // Chinese, Japanese, Korean: found anywhere in the text, as these scripts run words together
  '按钮 页面 界面 输入框 菜单 链接 表单 列表 表格 窗口 图标 搜索 筛选 排序 密码 账号 账户 设置 选项 导出 导入 文件 日历 报表 订单 购物车 支付 登录 注册 通知 消息 报错 错误 保存 分享 上传 评论',
  '帖子 画面 設定 項目 一覧 検索 削除 登録 버튼 화면 페이지 메뉴 링크 목록 검색 필터 정렬 비밀번호 계정 프로필 설정 내보내기 파일 캘린더 보고서 장바구니 결제 주문 로그인 알림 수량 합계 오류',
  '게시글 댓글 신고 업로드 저장 공유 삭제',
]
  .join(' ')
  .split(' ')
  .map((stem) => stem.replaceAll('_', ' '));

// Stems of Latin and Cyrillic scripts are matched against word starts; the others anywhere in the text. A stem
// ending in "$" is a whole word (with a plural "s"): "form" must not name "formas", nor "tab" "taboo".
const isWordStem = (stem: string): boolean => /^[\p{Script=Latin}\p{Script=Cyrillic}$]+$/u.test(stem);
const PHRASES = PART_STEMS.filter((stem) => /^[\p{Script=Latin} -]+$/u.test(stem) && !isWordStem(stem));
const SCRIPT_STEMS = PART_STEMS.filter((stem) => !isWordStem(stem) && !PHRASES.includes(stem));
const WHOLE_WORDS: ReadonlySet<string> = new Set(
  PART_STEMS.filter((stem) => stem.endsWith('$')).flatMap((stem) => [stem.slice(0, -1), `${stem.slice(0, -1)}s`]),
);
// Prefix stems by first letter, so a word is compared with a handful of stems, not hundreds.
const STEM_BY_LETTER = new Map<string, string[]>();
for (const stem of PART_STEMS) {
  if (!isWordStem(stem) || stem.endsWith('$')) continue;
  const list = STEM_BY_LETTER.get(stem.charAt(0)) ?? [];
  list.push(stem);
  STEM_BY_LETTER.set(stem.charAt(0), list);
}

const namesPart = (word: string): boolean =>
  WHOLE_WORDS.has(word) || (STEM_BY_LETTER.get(word.charAt(0))?.some((stem) => word.startsWith(stem)) ?? false);

/** A capital in mid-sentence: a name of a screen, a button or a product ("the Reports tab", "click Save"). */
const hasMidSentenceName = (text: string): boolean => {
  if (GERMAN.test(text)) return false;
  for (const match of text.matchAll(/(?<=[\p{Ll},;:] )\p{Lu}\p{Ll}+/gu)) {
    if (match[0] !== 'I') return true;
  }
  return false;
};

const hasAcronym = (text: string): boolean => {
  for (const match of text.matchAll(ACRONYM)) if (!NOT_NAMES.has(match[1] as string)) return true;
  return false;
};

/** True when the text names something concrete by its shape or by a noun for a part of a product. */
export const namesSomething = (text: string): boolean => whyConcrete(text) !== undefined;

/** What in the text names something concrete, for debugging and reasons; undefined when nothing does. */
export const whyConcrete = (text: string): string | undefined => {
  const mark = MARKS.exec(text) ?? CAMEL.exec(text) ?? KATAKANA.exec(text);
  if (mark) return mark[0];
  const number = hasNumber(text);
  if (number !== undefined) return number;
  if (hasAcronym(text)) return 'acronym';
  if (hasMidSentenceName(text)) return 'name';
  const lower = text.toLowerCase();
  const phrase = PHRASES.find((item) => lower.includes(item)) ?? SCRIPT_STEMS.find((stem) => text.includes(stem));
  if (phrase) return phrase;
  return tokens(text).find(namesPart);
};

/** Bodies longer than this name something somewhere: the test is for a title and a paragraph or two. */
export const CONCRETE_BODY_LIMIT = 1_500;

/**
 * True when neither the title nor the body (outside quotes) names anything concrete; code, two or more list
 * items (steps) and a table are concrete by their shape.
 */
export const namesNothing = (title: string, body: string, doc: BodyDocument): boolean => {
  if (body.length > CONCRETE_BODY_LIMIT || namesSomething(title)) return false;
  let items = 0;
  for (const block of allBlocks(doc)) {
    if (block.kind === 'code' || block.kind === 'table') return false;
    if (block.kind === 'quote') continue;
    if (block.kind === 'list-item' || block.kind === 'task') items++;
    if (items >= 2 || namesSomething(block.text)) return false;
  }
  return true;
};
