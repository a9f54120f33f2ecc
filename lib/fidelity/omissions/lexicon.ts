// A small bilingual lexicon: the things legal policies enumerate (personal data, measures, parties, what is done
// with data), each as word stems in Russian and Kazakh. No translation happens: a concept found in one column is
// looked for in the other by its own stems. Two readings per language:
// - strict: what counts as an item of an enumeration or as evidence that a sentence says something. Precise, so
//   that a finding never rests on a word read wrongly ("тегін" is "free of charge" as often as "the surname");
// - loose: what counts as "the other column mentions it". Generous (any form, synonyms, the other language's
//   abbreviation), since every false "absent" would be a false alarm.
// Pattern syntax: `~` is "any ending" (the rest of the word), a space is any run of spaces; every pattern starts at
// a word start and, unless it ends in `~`, ends at a word end.
import type {Locale} from '@/lib/content/types'

/** `item`: a thing a sentence can be about (evidence for a missing sentence); `action`: only an enumeration item. */
export type ConceptKind = 'item' | 'action'

type Entry = {id: string; kind?: ConceptKind; ru: string[]; kk: string[]; ruLoose?: string[]; kkLoose?: string[]}

// Order matters: earlier concepts mask what they matched, so that "адрес электронной почты" is an e-mail and not
// also an address, and "әкесінің аты" a patronymic and not also a name.
const entries: Entry[] = [
  // Identity
  {id: 'fullName', ru: ['ФИО', 'Ф\\.И\\.О\\.?', 'полн~ им(я|ени)'], kk: ['аты-жөн~', 'Т\\.А\\.Ә\\.?', 'толық аты~']},
  {id: 'patronymic', ru: ['отчеств~'], kk: ['әкесінің аты~', 'әкесінің есім~']},
  {id: 'login', ru: ['логин~', 'имя пользователя', 'учетн~ запис~', 'учётн~ запис~'], kk: ['логин~', 'пайдаланушы аты~', 'тіркелгі~', 'аккаунт~', 'есептік жазба~'], ruLoose: ['аккаунт~']},
  {id: 'surname', ru: ['фамили~'], kk: ['тегі', 'тегіңіз~', 'тегіне', 'тегімен', 'тектері~'], kkLoose: ['тег~']},
  {id: 'name', ru: ['имя', 'имени', 'именем'], kk: ['аты', 'атын', 'атыңыз~', 'есім~'], ruLoose: ['им(я|ен)~'], kkLoose: ['ат(ы|ын)~', 'есім~']},
  {id: 'birthDate', ru: ['дат~ рождени~', 'день рождения', 'год~ рождени~'], kk: ['туған күн~', 'туылған күн~', 'туған жыл~', 'туған уақыт~']},
  {id: 'birthPlace', ru: ['мест~ рождени~'], kk: ['туған жер~', 'туылған жер~']},
  {id: 'gender', ru: ['пол', 'пола'], kk: ['жыныс~']},
  // Not "жасырын" (hidden).
  {id: 'age', ru: ['возраст~'], kk: ['жасы(?!р)~', 'жас шама~'], kkLoose: ['жас~']},
  {id: 'citizenship', ru: ['гражданств~'], kk: ['азаматтығ~'], ruLoose: ['граждан~'], kkLoose: ['азамат~']},
  // Not "ұлттық" (national: "Ұлттық банк").
  {id: 'nationality', ru: ['национальност~'], kk: ['ұлты~', 'ұлтыңыз~', 'ұлттық тиесілі~'], kkLoose: ['ұлт~']},
  {id: 'maritalStatus', ru: ['семейн~ положени~', 'семейн~ статус~'], kk: ['отбасылық жағдай~', 'отбасылық жай~']},
  {id: 'education', ru: ['образовани~'], kk: ['білімі~', 'білім туралы'], kkLoose: ['білім~']},
  {id: 'workplace', ru: ['мест~ работ~'], kk: ['жұмыс орн~'], kkLoose: ['жұмыс~']},
  {id: 'position', ru: ['должност~'], kk: ['лауазым~']},
  {id: 'iin', ru: ['ИИН', 'индивидуальн~ идентификационн~ номер~'], kk: ['ЖСН', 'жеке сәйкестендіру нөмір~'], ruLoose: ['ЖСН'], kkLoose: ['ИИН']},
  {id: 'bin', ru: ['БИН', 'бизнес-идентификационн~ номер~'], kk: ['БСН', 'бизнес-сәйкестендіру нөмір~'], ruLoose: ['БСН'], kkLoose: ['БИН']},
  {id: 'passport', ru: ['паспорт~'], kk: ['паспорт~', 'төлқұжат~']},
  {id: 'idDocument', ru: ['удостоверени~ личност~', 'документ~ удостоверяющ~ личност~'], kk: ['жеке куәлі~', 'жеке басын куәландыратын құжат~']},
  // Contacts: e-mail before address ("адрес электронной почты", "электрондық пошта мекенжайы")
  {
    id: 'email',
    ru: ['адрес~ электронн~ почт~', 'электронн~ почт~', 'электронн~ адрес~', 'e-?mail~', 'эл\\. ?почт~'],
    kk: ['электрон(дық|ды) пошта~( мекен-?жай~)?', 'электрондық мекен-?жай~', 'e-?mail~', 'эл\\. ?пошта~'],
    // Not a bare "почт~" / "пошта~": "почтовый адрес", "пошталық мекенжай" are postal addresses.
    ruLoose: ['имейл~', 'мейл~', 'электронк~'],
    kkLoose: ['имейл~', 'мейл~', 'электрондық хат~'],
  },
  {id: 'ip', ru: ['IP(-| )?адрес~'], kk: ['IP(-| )?мекен-?жай~', 'IP(-| )?адрес~'], ruLoose: ['IP'], kkLoose: ['IP']},
  {id: 'mac', ru: ['MAC(-| )?адрес~'], kk: ['MAC(-| )?мекен-?жай~', 'MAC(-| )?адрес~'], ruLoose: ['MAC'], kkLoose: ['MAC']},
  {id: 'phone', ru: ['телефон~'], kk: ['телефон~'], ruLoose: ['мобильн~', 'тел'], kkLoose: ['ұялы~', 'тел']},
  // Not "адресат", "адресованный".
  {id: 'address', ru: ['адрес(?!ат|ов)~', 'мест~ жительств~', 'местожительств~'], kk: ['мекен-?жай~', 'тұрғылықты жер~', 'адрес(?!ат|ов)~'], ruLoose: ['адрес~'], kkLoose: ['мекен~', 'тұрғылықты~', 'адрес~']},
  // Other data
  {id: 'photo', ru: ['фото~', 'изображени~'], kk: ['фото~', 'сурет~']},
  {id: 'geolocation', ru: ['геолокаци~', 'местоположени~', 'местонахождени~'], kk: ['геолокаци~', 'орналасқан жер~', 'орналасу~', 'тұрған жер~']},
  {id: 'bankCard', ru: ['банковск~ карт~', 'платежн~ карт~'], kk: ['банк карта~', 'банктік карта~', 'төлем карта~']},
  {id: 'bankAccount', ru: ['банковск~ сч[её]т~', 'расч[её]тн~ сч[её]т~', 'IBAN'], kk: ['банк шот~', 'банктік шот~', 'есеп шот~', 'IBAN']},
  {id: 'password', ru: ['парол~'], kk: ['құпия ?сөз~', 'пароль~']},
  {id: 'biometric', ru: ['биометри~'], kk: ['биометри~']},
  {id: 'health', ru: ['здоровь~'], kk: ['денсаулы~']},
  {id: 'browser', ru: ['браузер~'], kk: ['браузер~']},
  {id: 'os', ru: ['операционн~ систем~'], kk: ['операциялық жүйе~']},
  {id: 'searchQueries', ru: ['поисков~ запрос~'], kk: ['іздеу сұра~']},
  // Measures
  // Not "ұйымдастыру" alone: "іс-шараларды ұйымдастыру" is organizing events.
  {id: 'organizational', ru: ['организационн~'], kk: ['ұйымдастырушылық~', 'ұйымдық'], kkLoose: ['ұйым~']},
  {id: 'technical', ru: ['техническ~'], kk: ['техникалық~'], kkLoose: ['техник~']},
  // Not "юридическое лицо", "юридический адрес" (заңды тұлға, заңды мекенжай), nor "физическое лицо" (жеке тұлға):
  // "физических и юридических лиц" is no list of measures.
  {id: 'legal', ru: ['правов~', 'юридическ~(?! (лиц|адрес))'], kk: ['құқықтық~', 'заңдық~', 'заңгерлік~'], ruLoose: ['прав~', 'закон~', 'юрид~'], kkLoose: ['құқық~', 'заң~']},
  {id: 'physical', ru: ['физическ~ (мер~|защит~|охран~|безопасн~|средств~|доступ~)'], kk: ['физикалық~'], ruLoose: ['физическ~']},
  {id: 'software', ru: ['программн~'], kk: ['бағдарламалық~']},
  {id: 'cryptographic', ru: ['криптограф~'], kk: ['криптограф~']},
  // Parties
  {id: 'thirdParties', ru: ['треть~ лиц~', 'треть~ сторон~'], kk: ['үшінші тұлға~', 'үшінші тарап~']},
  // Not "серіктестік" (a partnership: "жауапкершілігі шектеулі серіктестік").
  {id: 'partners', ru: ['партн[её]р~'], kk: ['серіктес(?!ті[кг])~', 'әріптес~'], kkLoose: ['серіктес~']},
  {id: 'affiliates', ru: ['аффилирован~'], kk: ['үлестес~', 'аффилиирл~', 'аффилирлен~']},
  {id: 'stateBodies', ru: ['государственн~ орган~'], kk: ['мемлекеттік орган~']},
  {id: 'lawEnforcement', ru: ['правоохранительн~'], kk: ['құқық қорғау~']},
  {id: 'court', ru: ['суд', 'суда', 'суду', 'судом', 'суде', 'суды', 'судов', 'судебн~'], kk: ['сот', 'сотқа', 'соттың', 'сотта', 'сотпен', 'соттар~', 'соттық'], kkLoose: ['сот~']},
  // What is done with data: enumeration items only ("сбор, хранение, использование")
  {id: 'accumulate', kind: 'action', ru: ['накоплени~', 'накапл~'], kk: ['жинақта~']},
  // Not "собрание", "жиналыс" (a meeting), nor "жинақтау" (accumulate).
  {id: 'collect', kind: 'action', ru: ['сбор~', 'собира~', 'собранн~'], kk: ['жина(?!қ|лыс)~'], ruLoose: ['собра~'], kkLoose: ['жина~']},
  {id: 'systematize', kind: 'action', ru: ['систематизаци~'], kk: ['жүйеле~']},
  // Not "сақтандыру" (insurance).
  {id: 'store', kind: 'action', ru: ['хранени~', 'хран~'], kk: ['сақта(?!нд)~'], ruLoose: ['сохран~']},
  {id: 'clarify', kind: 'action', ru: ['уточнени~', 'обновлени~'], kk: ['нақтыла~', 'жаңарт~'], ruLoose: ['уточн~', 'обнов~']},
  // Not "пайдаланушы", "қолданушы": the user.
  {id: 'use', kind: 'action', ru: ['использовани~', 'использ~'], kk: ['пайдалан(?!уш)~', 'қолдан(?!уш)~']},
  // Not "беруші" (who gives: "өтініш беруші", the applicant).
  {id: 'transfer', kind: 'action', ru: ['передач~', 'переда~', 'предоставлени~'], kk: ['беру(?!ш)~', 'беріл~', 'табыс ету~', 'ұсыну~'], ruLoose: ['предостав~', 'направл~'], kkLoose: ['бер~', 'ұсын~', 'жібер~']},
  {id: 'depersonalize', kind: 'action', ru: ['обезличи~'], kk: ['иесіздендір~', 'деперсонализаци~']},
  {id: 'block', kind: 'action', ru: ['блокир~'], kk: ['бұғатта~']},
  // Not "удаленный" (remote: "удаленный доступ").
  {id: 'erase', kind: 'action', ru: ['удалени~', 'удаля~', 'удалить', 'удалят~', 'уничтож~'], kk: ['жою~', 'жой~'], ruLoose: ['удал~']},
  {id: 'change', kind: 'action', ru: ['изменени~', 'измен~'], kk: ['өзгерт~', 'өзгеріс~'], kkLoose: ['өзгер~']},
  // Not "распространяется на" (applies to).
  {id: 'distribute', kind: 'action', ru: ['распространени~', 'распространить', 'распространят~'], kk: ['тарат~'], ruLoose: ['распростран~']},
  {id: 'copy', kind: 'action', ru: ['копир~'], kk: ['көшір~']},
  {id: 'access', kind: 'action', ru: ['доступ~'], kk: ['қол жеткіз~', 'қолжетімді~'], kkLoose: ['қол жетк~', 'қолжет~', 'рұқсат~']},
  {id: 'process', kind: 'action', ru: ['обработ~', 'обрабатыва~'], kk: ['өңде~']},
  // Not "ашу" alone ("шот ашу" opens an account), nor "жариялау" (publish, опубликовать).
  {id: 'disclose', kind: 'action', ru: ['раскрыти~', 'раскры(ть|вать|ва[ею]т~)'], kk: ['ашып көрсет~'], ruLoose: ['раскры~', 'разглаш~'], kkLoose: ['аш~', 'жария~']},
]

export type Concept = {id: string; kind: ConceptKind; strict: RegExp; loose: RegExp}

const LETTER = '[\\p{L}\\p{N}_]'

function compile(patterns: string[]): RegExp {
  const alternatives = patterns.map((pattern) => {
    const stem = pattern.endsWith('~')
    const body = pattern.replace(/~/g, '\\p{L}*').replace(/ /g, '\\s+')
    return stem ? body : `${body}(?!${LETTER})`
  })
  return new RegExp(`(?<!${LETTER})(?:${alternatives.join('|')})`, 'giu')
}

const concepts = new Map<Locale, Concept[]>()

/** The lexicon for one language, in matching order. */
export function lexicon(locale: Locale): Concept[] {
  const cached = concepts.get(locale)
  if (cached) return cached
  const list = entries.map((entry) => {
    const strict = entry[locale]
    const loose = entry[locale === 'kk' ? 'kkLoose' : 'ruLoose'] ?? []
    return {id: entry.id, kind: entry.kind ?? 'item', strict: compile(strict), loose: compile([...strict, ...loose])}
  })
  concepts.set(locale, list)
  return list
}

/** The concepts a full name stands for, and the parts that together stand for a full name. */
export const FULL_NAME_PARTS = ['surname', 'name', 'patronymic'] as const
