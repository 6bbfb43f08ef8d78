import iconv from 'iconv-lite';
import type { Context } from '../context';
import type { Doc } from '../doc';
import { toTraditionalRaw } from '../lib/chinese';

// Frequent characters in Simplified news text; their Traditional forms are added below. A legacy
// decoding that yields mostly these is the right one; a wrong one yields rare characters.
const COMMON_HANS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严医疗健康联盟协议合作创新';
let common: Set<string> | null = null;
const commonChars = () => (common ??= new Set([...COMMON_HANS, ...toTraditionalRaw(COMMON_HANS)]));

/** Share of Han characters that are common ones, and the count of replacement / private-use chars. */
function plausibility(text: string): { score: number; bad: number } {
  let han = 0;
  let known = 0;
  let bad = 0;
  const set = commonChars();
  for (const ch of text) {
    if (ch === '\ufffd' || (ch >= '\ue000' && ch <= '\uf8ff')) bad++;
    else if (/\p{Script=Han}/u.test(ch)) {
      han++;
      if (set.has(ch)) known++;
    }
  }
  return { score: han === 0 ? 0 : known / han, bad };
}

function controlShare(text: string): number {
  if (!text) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 8 || (c >= 14 && c <= 31) || c === 127) n++;
  }
  return n / text.length;
}

/**
 * Bytes → text. UTF-8 (BOM or not) and UTF-16 with a BOM are taken as they are; invalid UTF-8 is
 * tried as GB18030 and Big5 and the more plausible Chinese wins. Empty, binary (NUL bytes, control
 * characters) and undecodable files are rejected with a reason.
 */
export function readFile(doc: Doc, ctx: Context): Doc {
  const bytes = doc.bytes;
  if (bytes.length === 0) ctx.fail('empty file');
  let text: string | null = null;
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    [text, encoding] = [iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le'];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    [text, encoding] = [iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be'];
  else {
    if (bytes.includes(0)) ctx.fail('binary file (contains NUL bytes)');
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
    } catch {
      const candidates = (['gb18030', 'big5'] as const).map((enc) => {
        const decoded = iconv.decode(Buffer.from(bytes), enc);
        return { enc, decoded, ...plausibility(decoded) };
      });
      candidates.sort((a, b) => b.score - a.score || a.bad - b.bad);
      const best = candidates[0]!;
      if (best.score < 0.3 || best.bad > best.decoded.length * 0.02)
        ctx.fail('undecodable text (not UTF-8, GB18030 or Big5)');
      [text, encoding] = [best.decoded, best.enc];
      ctx.warn('legacy-encoding', `decoded as ${best.enc}`);
    }
  }
  if (text === null || !text.trim()) ctx.fail('empty file');
  if (controlShare(text) > 0.01) ctx.fail('binary file (control characters)');
  return { ...doc, text: text.replace(/\r\n?/g, '\n'), encoding };
}
