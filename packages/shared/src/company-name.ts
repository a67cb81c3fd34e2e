import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';

/**
 * Company names as clerks type them: full-width letters, stray spaces and invisible
 * characters pasted from WeChat, three kinds of brackets, traditional characters from a
 * Hong Kong or Taiwan investor's card. Two keys come out of a name:
 *
 * - the normalised name: equal normalised names are the same legal entity (`same`);
 * - the similarity key: the name without region markers, legal form, branch suffix and the
 *   generic industry words every second company carries, so that 华为技术有限公司 and
 *   华为科技有限公司 meet (`similar`) while 江苏科技发展有限公司 and 南京科技发展有限公司 do not.
 *
 * Server-only (imported as `@zhaoshang/shared/company-name`): the conversion tables are large.
 */
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;
const OPENING = /[（(【〔［[｛{〈《「『]/g;
const CLOSING = /[）)】〕］\]｝}〉》」』]/g;

/** The same-entity key: width, spaces, invisible characters, brackets, script and case folded. */
export function normaliseCompanyName(raw: string): string {
  return toSimplified(
    raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, '').replace(OPENING, '(').replace(CLOSING, ')'),
  ).toLowerCase();
}

/** Provinces, autonomous regions and the larger cities, longest first: markers, not names. */
const REGIONS = [
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
  '香港特别行政区',
  '澳门特别行政区',
  '黑龙江',
  '内蒙古',
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '台湾',
  '香港',
  '澳门',
  '深圳',
  '广州',
  '南京',
  '苏州',
  '无锡',
  '常州',
  '徐州',
  '南通',
  '扬州',
  '镇江',
  '泰州',
  '盐城',
  '淮安',
  '连云港',
  '宿迁',
  '杭州',
  '宁波',
  '温州',
  '嘉兴',
  '绍兴',
  '合肥',
  '武汉',
  '长沙',
  '成都',
  '西安',
  '郑州',
  '济南',
  '青岛',
  '厦门',
  '福州',
  '沈阳',
  '大连',
  '长春',
  '哈尔滨',
  '石家庄',
  '太原',
  '南昌',
  '南宁',
  '昆明',
  '贵阳',
  '兰州',
  '西宁',
  '银川',
  '乌鲁木齐',
  '拉萨',
  '海口',
  '呼和浩特',
  '东莞',
  '佛山',
  '珠海',
  '中山',
  '惠州',
  '澜江',
  '中国',
  '中华',
  '全国',
  'china',
  'beijing',
  'shanghai',
  'shenzhen',
  'guangzhou',
  'jiangsu',
  'suzhou',
  'nanjing',
  'hongkong',
  'hangzhou',
  'asia',
  'asiapacific',
].sort((a, b) => b.length - a.length);

/** Legal forms and their English twins, longest first. */
const LEGAL_FORMS = [
  '集团股份有限公司',
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '(有限合伙)',
  '(普通合伙)',
  '合伙企业',
  '总公司',
  '集团公司',
  '集团',
  '公司',
  '有限',
  '股份',
  'co.,ltd.',
  'co.,ltd',
  'co.ltd',
  'company',
  'limited',
  'ltd.',
  'ltd',
  'inc.',
  'inc',
  'corporation',
  'corp.',
  'corp',
  'gmbh',
  'ag',
  'plc',
  'llc',
  's.a.',
  'b.v.',
  'pte.',
  'pte',
  'group',
  '.',
  ',',
].sort((a, b) => b.length - a.length);

/** Words that say what a company does or how big it wants to sound, not who it is. */
const GENERIC_WORDS = [
  '网络科技',
  '信息技术',
  '科技发展',
  '电子商务',
  '新材料',
  '新能源',
  '高新技术',
  '高科技',
  '生物医药',
  '智能制造',
  '科技',
  '技术',
  '信息',
  '网络',
  '智能',
  '电子',
  '实业',
  '发展',
  '投资',
  '控股',
  '贸易',
  '能源',
  '环保',
  '环境',
  '生物',
  '医药',
  '工程',
  '建设',
  '建筑',
  '制造',
  '机械',
  '设备',
  '咨询',
  '管理',
  '服务',
  '产业',
  '国际',
  '商贸',
  '物流',
  '供应链',
  '材料',
  '化工',
  '食品',
  '农业',
  '文化',
  '传媒',
  '教育',
  '数字',
  '数据',
  '软件',
  '汽车',
  '电气',
  '光电',
  '新型',
].sort((a, b) => b.length - a.length);

const BRANCH_SUFFIXES = ['分公司', '分厂', '分店', '办事处', '营业部', '分部', '分行', '支行'];
const CHINESE_LEGAL_FORMS = () => LEGAL_FORMS.filter((f) => /[\u4e00-\u9fa5]/.test(f));

/** For a branch (…有限公司南京分公司) the name of the company it belongs to, else null. */
export function branchParentName(normalised: string): string | null {
  const suffix = BRANCH_SUFFIXES.find((x) => normalised.endsWith(x) && normalised.length > x.length);
  if (!suffix) return null;
  const head = normalised.slice(0, -suffix.length).replace(/\([^()]*\)$/, '');
  // The parent ends at its legal form; what follows is the branch's place or line of business.
  let end = -1;
  for (const f of CHINESE_LEGAL_FORMS()) {
    const at = head.lastIndexOf(f);
    if (at >= 0 && at + f.length > end) end = at + f.length;
  }
  return end > 0 ? head.slice(0, end) : head;
}

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REGION_PREFIX = new RegExp(`^(?:${REGIONS.map(escapeRegExp).join('|')})(?:省|市|自治区|特别行政区|地区|县|区)?`);
const LEGAL_SUFFIX = new RegExp(`(?:${LEGAL_FORMS.map(escapeRegExp).join('|')})$`);
const GENERIC = new RegExp(GENERIC_WORDS.map(escapeRegExp).join('|'), 'g');

/** Strips leading region markers (江苏省苏州市…), keeping at least one character. */
function stripRegionPrefix(s: string): string {
  for (let m = REGION_PREFIX.exec(s); m && m[0].length < s.length; m = REGION_PREFIX.exec(s)) s = s.slice(m[0].length);
  return s;
}

/** Strips trailing legal forms (…集团股份有限公司), keeping at least one character. */
function stripLegalForm(s: string): string {
  for (let m = LEGAL_SUFFIX.exec(s); m && m[0].length < s.length; m = LEGAL_SUFFIX.exec(s))
    s = s.slice(0, -m[0].length);
  return s;
}

/**
 * The similarity key of a normalised name: its 字号 and distinctive words. Empty when the
 * name is nothing but region, industry words and legal form: such a name matches nothing.
 */
export function similarityKey(normalised: string): string {
  let s = branchParentName(normalised) ?? normalised;
  // A bracketed region anywhere (华为技术(深圳)有限公司) is a marker, as is any bracket of region words.
  s = s.replace(/\(([^()]*)\)/g, (whole, inner: string) =>
    stripRegionPrefix(inner) === inner && !REGIONS.includes(inner) ? whole : '',
  );
  s = stripLegalForm(s);
  s = stripRegionPrefix(s);
  s = stripLegalForm(s);
  return s.replace(GENERIC, '').replace(/[()]/g, '');
}

/** The short name (字号) a person may type instead of the full name, when it has 3+ characters. */
export function isShortNameQuery(normalised: string): boolean {
  return [...normalised].length >= 3 && similarityKey(normalised) === normalised;
}

/**
 * Pinyin initials of a name's core, without region and legal form (深圳市华为技术有限公司 →
 * hwjs), so that typing `hwjs` finds 华为技术.
 */
export function pinyinInitials(normalised: string): string {
  const core = stripLegalForm(stripRegionPrefix(normalised));
  return pinyin(core, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
