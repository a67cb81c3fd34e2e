// A registry of Chinese companies as a city's investment office would hold it, made up
// deterministically (seeded), with the two keys the server matches on computed by the server's
// own functions, and queries as clerks type them.
//
// A name: [region prefix] 字号 industry-word legal-form, e.g. 苏州市瑞丰鑫网络科技有限公司.
// The 字号 is 2–4 characters drawn from 570 common name characters, so full names are nearly all
// distinct while short 字号 repeat across regions and industries, as they do in a real registry
// (many a 华信, 恒通, 鑫源). About 30% carry a valid 统一社会信用代码 (GB 32100 check characters and
// the GB 11714 organisation-code check character). Normalised names are unique: a generated
// duplicate is skipped.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js/cn2t';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let tsxRegistered = false;
/** Registers tsx once per process so the server's TypeScript can be imported. */
export async function registerTsx() {
  if (tsxRegistered) return;
  const { register } = await import('tsx/esm/api');
  register();
  tsxRegistered = true;
}

/** Imports a module of the repository by its path from the repository root (TypeScript through tsx). */
export async function loadRepoModule(relPath) {
  await registerTsx();
  return import(path.join(repoDir, relPath));
}

/** The server's name keys (normalised name, similarity key, pinyin initials where the server has
 * them) and the credit-code check characters, as the server computes them. */
export async function loadNameFunctions() {
  const [
    { normaliseCompanyName, similarityKey, pinyinInitials },
    { usccCheckCharacter, orgCodeCheckCharacter },
    { parseIndustryCode },
  ] = await Promise.all([
    loadRepoModule('packages/shared/src/company-name.ts'),
    loadRepoModule('packages/shared/src/uscc.ts'),
    loadRepoModule('packages/shared/src/industry-codes.ts'),
  ]);
  // pinyinInitials fills companies.name_initials where the schema has it (migration 0005).
  return {
    normaliseCompanyName,
    similarityKey,
    pinyinInitials,
    usccCheckCharacter,
    orgCodeCheckCharacter,
    parseIndustryCode,
  };
}

/** mulberry32: small, fast, seeded. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (list) => list[Math.floor(next() * list.length)];
  /** Picks from [[item, weight], …]. */
  next.weighted = (list) => {
    const total = list.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [item, w] of list) {
      r -= w;
      if (r < 0) return item;
    }
    return list[list.length - 1][0];
  };
  return next;
}

// Region prefixes with the GB/T 2260 division code their credit codes carry. An empty prefix
// is a name registered without a region (a national company, or a clerk who left it out).
export const REGIONS = [
  ['江苏', '320000'],
  ['江苏省', '320000'],
  ['苏州', '320500'],
  ['苏州市', '320500'],
  ['南京', '320100'],
  ['南京市', '320100'],
  ['无锡', '320200'],
  ['无锡市', '320200'],
  ['常州', '320400'],
  ['南通', '320600'],
  ['扬州', '321000'],
  ['镇江', '321100'],
  ['泰州', '321200'],
  ['盐城', '320900'],
  ['徐州', '320300'],
  ['深圳', '440300'],
  ['深圳市', '440300'],
  ['广州', '440100'],
  ['广州市', '440100'],
  ['东莞', '441900'],
  ['佛山', '440600'],
  ['上海', '310000'],
  ['上海市', '310000'],
  ['北京', '110000'],
  ['北京市', '110000'],
  ['浙江', '330000'],
  ['杭州', '330100'],
  ['杭州市', '330100'],
  ['宁波', '330200'],
  ['合肥', '340100'],
  ['武汉', '420100'],
  ['成都', '510100'],
  ['西安', '610100'],
  ['厦门', '350200'],
  ['青岛', '370200'],
  ['天津', '120000'],
  ['重庆', '500000'],
  ['山东', '370000'],
  ['广东', '440000'],
  ['安徽', '340000'],
  ['', '320500'],
];

/** Characters a 字号 is made of: common in Chinese trade names, 570 of them. */
export const NAME_CHARS = [
  ...new Set([
    ...'华鑫盛达恒泰瑞丰源嘉德信博宏昌隆远创安康永祥和美优佳正通力天海金银宝富贵荣兴旺发明光辉星月阳春秋云峰山川林森',
    ...'木松竹梅兰菊龙凤鹏飞腾翔跃升越卓立志诚睿智慧思启航联合众同协汇聚集成凯旋胜利威尔斯特奥普拉克莱伦迪赛',
    ...'弘毅锦绣辰宇晨曦朗润泽霖沛淼涛洋波澜清源泉溪湾港岛洲城邦国民生万千百亿兆维纳讯捷迅速快驰骋骏马牛羊',
    ...'鸿雁鹰鹤燕莺麟狮虎豹熊猫蓝红绿紫青白黑黄橙彩虹霞露霜雪雨风雷电火土石玉珠翠晶钻铂铜铁钢锐锋利刃剑盾',
    ...'方圆正中东南西北左右上下前后内外高低长短大小多少新旧古今老少强弱轻重快慢明暗亮丽秀雅逸静宁谧悦欣喜乐',
    ...'福禄寿禧吉庆祯祺瑞祥顺遂昊旻晟昱晖暄曜炜烨焕灿煜炫烁熠璀璨琪琦瑾瑜璋琨瑶琳琅珂玮珏璐珺珩琛瑄璇',
    ...'文武英杰俊豪雄伟彦哲贤良仁义礼智信忠孝廉耻勤俭谦和敬恭宽厚朴实真善诚笃毅勇刚健韧坚定恒久远长',
    ...'科达斯迈尔特维克奥赛德诺亚欧非美澳加英法意俄日韩印泰越蒙藏疆琼闽赣湘鄂豫冀晋辽吉黑陕甘宁青新桂',
    ...'悦享乐购优选精品臻致尚品匠心妙巧工艺造化成果实业宏图伟业鼎盛昌荣兴隆百川汇海纳百千帆竞秀万象更新',
    ...'一二三四五六七八九十百千万亿零甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬梅兰竹菊松柏杉桦',
    ...'桐楠榕樟枫杨柳桃李杏梨橘柚橙蕉莲荷萍藻芝兰蕙芷芸苗禾稻麦粟黍豆棉麻丝绸锦缎绫罗纱绢帛布衣冠带履',
    ...'泓澄瀚浩渊深邃淳沐浴涵溢满盈润滋泽沁源渠漫汀沙洲渚屿岭岗峦岳峻崇巍峨嵘岩崖壁垣墙堡垒城池楼阁亭台',
    ...'轩宇堂府院殿宫廷庭园苑圃畔滨岸湄涯际域境界区域疆域寰宇乾坤天地人和合众志成城同心协力携手共进',
    ...'数码网联云端链算芯屏光能电磁声波频谱智控精密微纳量子态能源动力驱动引擎机器械具装备仪表计测检验',
  ]),
].filter((c) => /[\u4e00-\u9fa5]/.test(c));

/** Industry words, with a GB/T 4754-2017 division that fits (code as the importer reads it). */
export const INDUSTRIES = [
  ['科技', 'M75', 14],
  ['网络科技', 'I64', 8],
  ['信息技术', 'I65', 6],
  ['新材料', 'C30', 5],
  ['电子', 'C39', 6],
  ['电子科技', 'C39', 4],
  ['智能科技', 'I65', 4],
  ['新能源', 'D44', 3],
  ['生物医药', 'C27', 3],
  ['医疗器械', 'C35', 2],
  ['机械', 'C34', 4],
  ['精密机械', 'C34', 2],
  ['贸易', 'F51', 6],
  ['实业', 'C41', 4],
  ['投资', 'J69', 3],
  ['投资管理', 'L72', 2],
  ['建设工程', 'E48', 3],
  ['食品', 'C14', 2],
  ['物流', 'G58', 3],
  ['供应链管理', 'L72', 2],
  ['环保科技', 'N77', 2],
  ['智能制造', 'C34', 2],
  ['化工', 'C26', 2],
  ['纺织', 'C17', 2],
  ['服饰', 'C18', 1],
  ['家具', 'C21', 1],
  ['光伏科技', 'C38', 1],
  ['汽车零部件', 'C36', 1],
  ['餐饮管理', 'H62', 1],
  ['文化传媒', 'R86', 1],
  ['软件', 'I65', 2],
  ['数据科技', 'I65', 1],
  ['半导体', 'C39', 1],
  ['电气', 'C38', 2],
  ['建材', 'C30', 1],
  ['包装', 'C22', 1],
].map(([word, code, weight]) => [{ word, code }, weight]);

export const LEGAL_FORMS = [
  ['有限公司', 55],
  ['股份有限公司', 15],
  ['有限责任公司', 20],
  ['集团有限公司', 10],
];

const INVESTOR_TYPES = [
  ['private', 60],
  ['local_soe', 8],
  ['central_soe', 3],
  ['foreign', 8],
  ['hmt', 5],
  ['top50', 2],
  ['fortune500', 1],
  ['other', 3],
  [null, 10],
];
export const INVESTOR_TYPE_ZH = {
  central_soe: '央企',
  local_soe: '地方国企',
  fortune500: '世界500强',
  top50: '行业50强',
  private: '民营',
  foreign: '外资',
  hmt: '港澳台',
  other: '其他',
};
const COUNTRY_BY_TYPE = {
  foreign: ['美国', '日本', '德国', '韩国', '新加坡', '法国'],
  hmt: ['中国香港', '中国澳门', '中国台湾'],
};

// The organisation code of GB 11714 uses digits and capitals; a USCC may only carry these.
const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * A generator of unique companies. `next()` returns the next company (never one whose
 * normalised name or credit code came before); `zihao`, `region`, `industry` and `form` are
 * the parts it was built from, for making queries.
 */
export function createCompanyGenerator(fns, { seed = 20241129, usccShare = 0.3 } = {}) {
  const r = rng(seed);
  const names = new Set();
  const usccs = new Set();
  let skipped = 0;

  const zihao = () => {
    const n = r.weighted([
      [2, 35],
      [3, 45],
      [4, 20],
    ]);
    let s = '';
    for (let i = 0; i < n; i++) s += r.pick(NAME_CHARS);
    return s;
  };

  const uscc = (division) => {
    for (;;) {
      let org = '';
      // Mostly digits, as most organisation codes are.
      for (let i = 0; i < 8; i++) org += r() < 0.85 ? String(r.int(10)) : ORG_CHARS[10 + r.int(ORG_CHARS.length - 10)];
      org += fns.orgCodeCheckCharacter(org);
      const first17 = `91${division}${org}`;
      const code = first17 + fns.usccCheckCharacter(first17);
      if (!usccs.has(code)) {
        usccs.add(code);
        return code;
      }
    }
  };

  /** A name from parts, without checking it is new. */
  const compose = () => {
    const [region, division] = r.pick(REGIONS);
    const z = zihao();
    const industry = r.weighted(INDUSTRIES);
    const form = r.weighted(LEGAL_FORMS);
    return { name: `${region}${z}${industry.word}${form}`, region, division, zihao: z, industry, form };
  };

  const next = () => {
    for (;;) {
      const parts = compose();
      const normalised = fns.normaliseCompanyName(parts.name);
      if (names.has(normalised)) {
        skipped++;
        continue;
      }
      names.add(normalised);
      const investorType = r.weighted(INVESTOR_TYPES);
      return {
        ...parts,
        normalised,
        key: fns.similarityKey(normalised),
        initials: fns.pinyinInitials ? fns.pinyinInitials(normalised) : null,
        uscc: r() < usccShare ? uscc(parts.division) : null,
        investorType,
        countryRegion: COUNTRY_BY_TYPE[investorType] ? r.pick(COUNTRY_BY_TYPE[investorType]) : '中国',
        industryCode: parts.industry.code,
        headquarters: parts.region ? parts.region.replace(/[省市]$/, '') : null,
      };
    }
  };

  return {
    next,
    compose,
    /** True when the registry has this normalised name. */
    has: (normalised) => names.has(normalised),
    normalise: fns.normaliseCompanyName,
    get count() {
      return names.size;
    },
    get skipped() {
      return skipped;
    },
    rng: r,
  };
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** The kinds of query a clerk sends, and their share of a query list. */
export const QUERY_KINDS = [
  ['exact', 25], // the name as registered (half of those with a credit code send the code too)
  ['traditional', 15], // 繁體: the name typed from a Hong Kong or Taiwan business card
  ['branch', 15], // …有限公司南京分公司
  ['short', 15], // the 字号 alone
  ['changed_char', 15], // one character of the 字号 replaced (a typo, or a different company)
  ['unknown', 15], // a company the registry does not have
];

const BRANCH_PLACES = ['南京', '苏州', '上海', '北京', '深圳', '杭州', '无锡', '常州'];

/**
 * `count` queries drawn from `sample` (companies in the registry), in the mix of QUERY_KINDS.
 * `gen` must be the generator that made the registry, so an "unknown" name is truly unknown.
 */
export function makeQueries(gen, sample, count, seed = 7) {
  const r = rng(seed);
  const queries = [];
  for (let i = 0; i < count; i++) {
    const kind = r.weighted(QUERY_KINDS);
    const c = r.pick(sample);
    switch (kind) {
      case 'exact':
        queries.push({ kind, name: c.name, uscc: c.uscc && r() < 0.5 ? c.uscc : undefined });
        break;
      case 'traditional':
        queries.push({ kind, name: toTraditional(c.name) });
        break;
      case 'branch':
        queries.push({ kind, name: `${c.name}${r.pick(BRANCH_PLACES)}分公司` });
        break;
      case 'short':
        queries.push({ kind, name: c.zihao });
        break;
      case 'changed_char': {
        const chars = [...c.zihao];
        const at = r.int(chars.length);
        let other;
        do other = r.pick(NAME_CHARS);
        while (other === chars[at]);
        chars[at] = other;
        queries.push({ kind, name: `${c.region}${chars.join('')}${c.industry.word}${c.form}` });
        break;
      }
      case 'unknown': {
        let parts;
        do parts = gen.compose();
        while (gen.has(gen.normalise(parts.name)));
        queries.push({ kind, name: parts.name });
        break;
      }
    }
  }
  return queries;
}

/** Reservoir sample of k items from a stream, for picking query targets out of a large registry. */
export function reservoir(k, r) {
  const items = [];
  let seen = 0;
  return {
    items,
    offer(x) {
      seen++;
      if (items.length < k) items.push(x);
      else {
        const j = Math.floor(r() * seen);
        if (j < k) items[j] = x;
      }
    },
  };
}
