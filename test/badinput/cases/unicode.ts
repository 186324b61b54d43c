// Unicode inside the articles: emoji sequences, combining marks and NFC/NFD twins, right-to-
// left scripts and bidi controls, invisible characters inside words, scripts without spaces.
// Each hazard sits inside the reprint's reused passage (the reuse must still be found) or in
// a file beside the pair.
import { pair, REPRINT, REUSE, SOURCE, utf8, type Case } from '../model';

/** The reprint with `f` applied to the reused sentence only. */
const inPassage = (f: (s: string) => string) => {
  const start = REPRINT.indexOf('On Thursday');
  const end = REPRINT.indexOf('\n', start);
  return REPRINT.slice(0, start) + f(REPRINT.slice(start, end)) + REPRINT.slice(end);
};
/** Inserts `x` after every `n`th word. */
const everyWord = (x: string, n = 1) => (s: string) => s.split(' ').map((w, i) => (i % n === n - 1 ? w + x : w)).join(' ');
/** Puts `x` in the middle of every word longer than five letters. */
const insideWords = (x: string) => (s: string) => s.replace(/[A-Za-z]{6,}/g, (w) => w.slice(0, 3) + x + w.slice(3));

const inside: [string, (s: string) => string][] = [
  ['emoji-between-words', everyWord(' 😀', 3)],
  ['emoji-zwj-family', everyWord(' 👨‍👩‍👧‍👦', 4)],
  ['emoji-skin-tones', everyWord(' 👍🏽 👋🏿', 5)],
  ['emoji-flags', everyWord(' 🇰🇿 🇷🇺', 6)],
  ['emoji-keycaps', everyWord(' 1️⃣ #️⃣', 6)],
  ['emoji-glued-to-words', everyWord('🔥', 2)],
  ['nfd-accents', (s) => s.replace(/e/g, 'e\u0301').normalize('NFD')],
  ['combining-stack', (s) => s.replace(/o/g, 'o\u0300\u0301\u0302\u0303\u0304')],
  ['zero-width-space-in-words', insideWords('\u200b')],
  ['zero-width-non-joiner-in-words', insideWords('\u200c')],
  ['zero-width-joiner-in-words', insideWords('\u200d')],
  ['word-joiner-in-words', insideWords('\u2060')],
  ['soft-hyphens-in-words', insideWords('\u00ad')],
  ['bom-char-in-words', insideWords('\ufeff')],
  ['rlo-in-passage', (s) => s.replace('regional', '\u202Eregional\u202C')],
  ['lro-unbalanced', (s) => s.replace('council', '\u202Dcouncil')],
  ['isolates', (s) => s.replace('security organisation', '\u2067security\u2069 \u2068organisation\u2069')],
  ['bidi-marks', everyWord('\u200f', 2)],
  ['arabic-letter-mark', everyWord('\u061c', 3)],
  ['math-bold-letters', (s) => s.replace('Thursday', '𝐓𝐡𝐮𝐫𝐬𝐝𝐚𝐲')],
  ['private-use', everyWord(' \ue000', 4)],
  ['noncharacters', everyWord(' \ufffe\uffff', 5)],
  ['replacement-char', everyWord(' \ufffd', 5)],
  ['fullwidth-letters', (s) => s.replace('council', 'ｃｏｕｎｃｉｌ')],
  ['ligatures', (s) => s.replace('limited', 'limiteﬀ').replace('short', 'ﬆort')],
  ['nbsp-between-words', (s) => s.replace(/ /g, '\u00a0')],
  ['thin-and-em-spaces', (s) => s.replace(/ /g, (m, i: number) => ['\u2009', '\u2003', '\u202f', ' '][i % 4])],
];

/** A pair of articles in another script: `passage` reprinted whole with a different intro. */
const scriptPair = (passage: string, intro1: string, intro2: string) => [
  { path: 'source.txt', bytes: utf8(`${intro1}\n\n${passage}\n`) },
  { path: 'reprint.txt', bytes: utf8(`${intro2}\n\n${passage}\n`) },
];

export const unicodeCases: Case[] = [
  ...inside.map(([name, f]): Case => ({
    name: `text-${name}`,
    about: `the reused passage of the reprint with ${name.replace(/-/g, ' ')}`,
    files: pair(inPassage(f)),
    expect: { exit: 0, lines: [], reuse: REUSE },
  })),
  {
    name: 'text-nfc-source-nfd-reprint',
    about: 'NFC and NFD twins of one quote: the source composed, the reprint decomposed',
    files: [
      { path: 'source.txt', bytes: utf8(SOURCE.replace('council', 'coünçil').replace('regional', 'régional').normalize('NFC')) },
      { path: 'reprint.txt', bytes: utf8(REPRINT.replace('council', 'coünçil').replace('regional', 'régional').normalize('NFD')) },
    ],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-nfd-source-nfc-reprint',
    about: 'the other way round',
    files: [
      { path: 'source.txt', bytes: utf8(SOURCE.replace('secretary', 'sécrétaire').normalize('NFD')) },
      { path: 'reprint.txt', bytes: utf8(REPRINT.replace('secretary', 'sécrétaire').normalize('NFC')) },
    ],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-combining-at-start',
    about: 'a file that starts with combining marks',
    files: [...pair(), { path: 'marks.txt', bytes: utf8('\u0301\u0302\u0303 starts with marks and goes on.\n') }],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-zalgo',
    about: 'every letter under a pile of combining marks',
    files: [...pair(), { path: 'zalgo.txt', bytes: utf8('The council said'.replace(/\S/g, (c) => c + '\u0336\u0337\u0338\u0315\u031b\u0340\u0341'.repeat(8)) + '\n') }],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-arabic-pair',
    about: 'an Arabic article reprinted in another',
    files: scriptPair('قال المجلس يوم الخميس إن منظمة الأمن الإقليمية قررت إرسال قوة محدودة لحفظ السلام إلى الجمهورية لفترة قصيرة بعد أيام من الاضطرابات في أكبر مدينة.', 'خبر عاجل', 'تقرير من العاصمة'),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-hebrew-pair',
    about: 'a Hebrew article reprinted in another',
    files: scriptPair('המועצה אמרה ביום חמישי כי ארגון הביטחון האזורי החליט לשלוח כוח מוגבל לשמירת השלום לרפובליקה לתקופה קצרה לאחר ימים של מהומות בעיר הגדולה ביותר.', 'חדשות', 'דיווח מהבירה'),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-mixed-rtl-ltr',
    about: 'English with Arabic and Hebrew names inside the reused passage',
    files: pair(inPassage((s) => s.replace('the republic', 'the republic (الجمهورية, הרפובליקה)'))),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-cjk-pair',
    about: 'a Chinese article reprinted (no spaces between words)',
    files: scriptPair('理事会星期四表示，地区安全组织已决定向该共和国派遣一支有限的维和部队，为期很短，此前最大城市连续数日发生骚乱。', '新闻', '首都报道'),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-thai-pair',
    about: 'a Thai article reprinted (no spaces between words)',
    files: scriptPair('สภากล่าวเมื่อวันพฤหัสบดีว่าองค์การความมั่นคงระดับภูมิภาคได้ตัดสินใจส่งกองกำลังรักษาสันติภาพจำนวนจำกัดไปยังสาธารณรัฐเป็นระยะเวลาสั้นๆ', 'ข่าว', 'รายงาน'),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-devanagari-pair',
    about: 'a Hindi article reprinted',
    files: scriptPair('परिषद ने गुरुवार को कहा कि क्षेत्रीय सुरक्षा संगठन ने गणराज्य में थोड़े समय के लिए एक सीमित शांति सेना भेजने का निर्णय लिया है।', 'समाचार', 'रिपोर्ट'),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-cyrillic-pair',
    about: 'a Russian article reprinted',
    files: scriptPair('Совет заявил в четверг, что региональная организация безопасности решила направить в республику ограниченный миротворческий контингент на короткий срок после нескольких дней беспорядков в крупнейшем городе.', 'Новости', 'Сообщение из столицы'),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-emoji-only',
    about: 'a file of emoji only beside the pair',
    files: [...pair(), { path: 'emoji.txt', bytes: utf8('😀😃😄😁😆🥹👨‍👩‍👧‍👦🏳️‍🌈\n'.repeat(50)) }],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-proto-words',
    about: '__proto__, constructor and other object-key words inside the reused passage',
    files: [
      { path: 'source.txt', bytes: utf8(SOURCE.replace('limited', 'limited __proto__ constructor prototype toString hasOwnProperty valueOf')) },
      { path: 'reprint.txt', bytes: utf8(REPRINT.replace('limited', 'limited __proto__ constructor prototype toString hasOwnProperty valueOf')) },
    ],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'text-proto-quote',
    about: 'a quote made of object-key words, in both articles',
    files: pair(REPRINT + '\nHe wrote: “__proto__ constructor __defineGetter__ toString prototype”.\n').map((f, i) => (i === 0 ? { ...f, bytes: utf8(SOURCE + '\nShe wrote: “__proto__ constructor __defineGetter__ toString prototype”.\n') } : f)),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
];
