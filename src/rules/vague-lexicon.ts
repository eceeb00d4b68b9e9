/**
 * Word lists the vague rule reads titles and bodies with, in the languages teams write issues in
 * (English, Spanish, Portuguese, French, German, Italian, Dutch, Polish, Russian, Chinese, Japanese,
 * Korean). All lower-case; titles and bodies are lower-cased before lookup.
 */

/** Function words: they carry no subject, so "As a user I want it" has one content word ("it" is generic). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'a an the to of in on at for with by from and or is are be been was were it its this that these those as i we you',
    'my our your me us so can could should would will when after before since into out up do does did has have had',
    'more most any all very just also anymore sometimes same other than then there here what how why who which where',
    'user users want wants like get got one',
    // Spanish, Portuguese
    'el la los las un una unos de del y o en con por para que se al es no mi su como quiero sin',
    'os um uma do da dos das e ou em na nas nos com é não meu minha quero ao',
    // French, Italian
    'le les des du et au aux à pour par sur avec qui ne pas ça il je est mon ma',
    'lo gli di della dello e con per che non è voglio il',
    // German, Dutch
    'der die das ein eine einen und oder im zu zum zur von mit für auf an ist nicht ich als möchte nach statt bei',
    'het een van voor te niet ik wil tot op',
    // Polish, Russian
    'w z na do że nie jest się jako chcę aby dla',
    'и в на с по к не что это как я для из от при после',
    // Chinese, Japanese, Korean particles (as Intl.Segmenter returns them)
    '的 了 在 是 和 与 の に を は が で と も へ から か する 에 을 를 이 가 은 는 의',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Words that name no subject in any language ("error", "no funciona", "不能用"): a title made of
 * them, plus at most one other word, is generic ("Login issue", "UI improvements").
 */
export const GENERIC_WORDS_EXTRA: ReadonlySet<string> = new Set(
  [
    'template story task ticket epic name names improve improved better global overall diverse diverses divers',
    'error errores fallo falla problema funciona funcionando mejoras mejora actualización general generales',
    'erro erros melhorias melhoria atualização',
    'erreur erreurs problème problèmes amélioration améliorations marche fonctionne',
    'fehler problem probleme verbesserung verbesserungen allgemeine funktioniert geht kaputt',
    'fout probleem werkt verbeteringen',
    'błąd błędy poprawki poprawka działa',
    'errore errori miglioramenti funziona va non',
    'ошибка ошибки баг проблема улучшения работает запускается',
    '不能用 不能 用 优化 问题 错误 改善 改进 動かない 動か 動 ない バグ エラー 問題 안 돼요 됩니다 오류 문제',
    'test tests testing prueba teste prova тест 测试 テスト 테스트 tasks tickets stories',
    // Asking for help names no subject either: "Ayuda", "Hilfe", "ヘルプ".
    'ayuda ajuda aide hilfe aiuto hulp pomoc помощь помогите 帮助 求助 ヘルプ 도움 도와주세요',
    'améliorer performances mejorar rendimiento melhorar desempenho verbessern leistung optimieren migliorare prestazioni',
    'verbeteren prestaties poprawić wydajność улучшить производительность optimizar otimizar optimiser',
  ]
    .join(' ')
    .split(' '),
);

/** Words that make a title a "something is broken" report, which then needs a symptom in the body. */
export const BUGGY_WORDS: ReadonlySet<string> = new Set(
  [
    'bug bugs fix broken error errors crash crashes doesnt not problem issue failure fails failing glitch wrong works',
    'working work',
    'error fallo falla funciona erro erreur marche fonctionne fehler funktioniert kaputt werkt fout błąd działa',
    'errore funziona ошибка баг работает запускается 错误 不能 不能用 エラー 動か 動かない 돼요 오류 バグ',
  ]
    .join(' ')
    .split(' '),
);

/** Words of test posts ("test", "testing, please ignore"): a body of only these is filler. */
export const TEST_WORDS: ReadonlySet<string> = new Set(
  [
    'test tests testing tested this is a an just only please ignore it issue ticket post again one two three 1 2 3 123',
    'prueba pruebas teste testes prova essai nur ein bitte ignorieren тест проверка 测试 一下 テスト 投稿 테스트 입니다',
  ]
    .join(' ')
    .split(' '),
);

/** The words that make a post a test ("test", "ignore", "prueba", "测试"); the rest of TEST_WORDS only surround them. */
export const TEST_CORE: ReadonlySet<string> = new Set(
  'test tests testing ignore prueba pruebas teste testes prova essai ignorieren тест проверка 测试 テスト 테스트'.split(
    ' ',
  ),
);

/** "Template" in the languages above: an issue whose thin title calls itself a template is a template, not work. */
export const TEMPLATE_WORDS: ReadonlySet<string> = new Set(
  'template templates plantilla modelo vorlage sjabloon szablon modello шаблон 模板 テンプレート 템플릿'.split(' '),
);

/**
 * Words of a "me too" post ("Same problem here, any update?", "Mismo problema", "У меня тоже"): with function
 * words only, a block of these says that something happens to someone else too, not what it is.
 */
export const ME_TOO_WORDS: ReadonlySet<string> = new Set(
  [
    'same problem problems issue here too also me any update updates news else everyone anyone still happening having',
    'facing experiencing exact exactly bump 1 please fix help this mismo problema también igual alguna novedad mesmo',
    'também alguma novidade même problème aussi gleiche gleichen problem auch gibt neuigkeiten stesso anche novità',
    'zelfde ook nieuws ten sam też jakieś такая же проблема тоже у меня есть новости 同样 一样 的 问题 同じ 問題 です',
  ]
    .join(' ')
    .split(' '),
);

/** The words that make a block a "me too": without one of them it is not. */
export const ME_TOO_CORE: ReadonlySet<string> = new Set(
  'same too also update updates news bump mismo también igual novedad mesmo também novidade même aussi gleiche gleichen auch stesso anche zelfde ook ten też тоже же 同样 一样 同じ'.split(
    ' ',
  ),
);
