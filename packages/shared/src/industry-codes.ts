/**
 * 国民经济行业分类 — GB/T 4754-2017 Industrial classification for national economic
 * activities, issued by the national standardisation bodies (国家质量监督检验检疫总局 and
 * 国家标准化管理委员会) and drafted and maintained by 国家统计局. Only the top two levels are
 * kept here: the 20 门类 (sections A–T) and the 97 大类 (divisions 01–97); 中类 and 小类 are
 * not needed to place an investment project.
 *
 * Names follow the 2017 edition as published. 第1号修改单 (2019) amended classes below the
 * 大类 level; as far as we know it renamed no 门类 or 大类, so these names stand under it too.
 * English names are short working glosses of our own, not an official translation.
 */

/** One 门类 (section) of GB/T 4754-2017, lettered A–T. */
export type IndustrySection = { code: string; zh: string; en: string };

/** One 大类 (division) of GB/T 4754-2017: a two-digit code under exactly one section. */
export type IndustryDivision = { code: string; section: string; zh: string; en: string };

/** The 20 门类, in the standard's order. */
export const INDUSTRY_SECTIONS: readonly IndustrySection[] = [
  { code: 'A', zh: '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry and fishery' },
  { code: 'B', zh: '采矿业', en: 'Mining' },
  { code: 'C', zh: '制造业', en: 'Manufacturing' },
  { code: 'D', zh: '电力、热力、燃气及水生产和供应业', en: 'Electricity, heat, gas and water production and supply' },
  { code: 'E', zh: '建筑业', en: 'Construction' },
  { code: 'F', zh: '批发和零售业', en: 'Wholesale and retail trade' },
  { code: 'G', zh: '交通运输、仓储和邮政业', en: 'Transport, storage and postal services' },
  { code: 'H', zh: '住宿和餐饮业', en: 'Accommodation and catering' },
  { code: 'I', zh: '信息传输、软件和信息技术服务业', en: 'Information transmission, software and IT services' },
  { code: 'J', zh: '金融业', en: 'Finance' },
  { code: 'K', zh: '房地产业', en: 'Real estate' },
  { code: 'L', zh: '租赁和商务服务业', en: 'Leasing and business services' },
  { code: 'M', zh: '科学研究和技术服务业', en: 'Scientific research and technical services' },
  {
    code: 'N',
    zh: '水利、环境和公共设施管理业',
    en: 'Water conservancy, environment and public facilities management',
  },
  { code: 'O', zh: '居民服务、修理和其他服务业', en: 'Resident services, repair and other services' },
  { code: 'P', zh: '教育', en: 'Education' },
  { code: 'Q', zh: '卫生和社会工作', en: 'Health and social work' },
  { code: 'R', zh: '文化、体育和娱乐业', en: 'Culture, sports and entertainment' },
  {
    code: 'S',
    zh: '公共管理、社会保障和社会组织',
    en: 'Public administration, social security and social organisations',
  },
  { code: 'T', zh: '国际组织', en: 'International organisations' },
];

/** The 97 大类, in code order; `section` is the letter of the 门类 each belongs to. */
export const INDUSTRY_DIVISIONS: readonly IndustryDivision[] = [
  { code: '01', section: 'A', zh: '农业', en: 'Agriculture' },
  { code: '02', section: 'A', zh: '林业', en: 'Forestry' },
  { code: '03', section: 'A', zh: '畜牧业', en: 'Animal husbandry' },
  { code: '04', section: 'A', zh: '渔业', en: 'Fishery' },
  {
    code: '05',
    section: 'A',
    zh: '农、林、牧、渔专业及辅助性活动',
    en: 'Support activities for agriculture, forestry, animal husbandry and fishery',
  },
  { code: '06', section: 'B', zh: '煤炭开采和洗选业', en: 'Coal mining and washing' },
  { code: '07', section: 'B', zh: '石油和天然气开采业', en: 'Oil and natural gas extraction' },
  { code: '08', section: 'B', zh: '黑色金属矿采选业', en: 'Ferrous metal ore mining' },
  { code: '09', section: 'B', zh: '有色金属矿采选业', en: 'Non-ferrous metal ore mining' },
  { code: '10', section: 'B', zh: '非金属矿采选业', en: 'Non-metallic mineral mining' },
  { code: '11', section: 'B', zh: '开采专业及辅助性活动', en: 'Mining support activities' },
  { code: '12', section: 'B', zh: '其他采矿业', en: 'Other mining' },
  { code: '13', section: 'C', zh: '农副食品加工业', en: 'Agricultural and sideline food processing' },
  { code: '14', section: 'C', zh: '食品制造业', en: 'Food manufacturing' },
  { code: '15', section: 'C', zh: '酒、饮料和精制茶制造业', en: 'Liquor, beverages and refined tea' },
  { code: '16', section: 'C', zh: '烟草制品业', en: 'Tobacco products' },
  { code: '17', section: 'C', zh: '纺织业', en: 'Textiles' },
  { code: '18', section: 'C', zh: '纺织服装、服饰业', en: 'Textile apparel and accessories' },
  {
    code: '19',
    section: 'C',
    zh: '皮革、毛皮、羽毛及其制品和制鞋业',
    en: 'Leather, fur, feather products and footwear',
  },
  {
    code: '20',
    section: 'C',
    zh: '木材加工和木、竹、藤、棕、草制品业',
    en: 'Wood processing; wood, bamboo, rattan, palm and straw products',
  },
  { code: '21', section: 'C', zh: '家具制造业', en: 'Furniture' },
  { code: '22', section: 'C', zh: '造纸和纸制品业', en: 'Paper and paper products' },
  { code: '23', section: 'C', zh: '印刷和记录媒介复制业', en: 'Printing and reproduction of recorded media' },
  {
    code: '24',
    section: 'C',
    zh: '文教、工美、体育和娱乐用品制造业',
    en: 'Stationery, arts and crafts, sporting and recreational goods',
  },
  { code: '25', section: 'C', zh: '石油、煤炭及其他燃料加工业', en: 'Petroleum, coal and other fuel processing' },
  { code: '26', section: 'C', zh: '化学原料和化学制品制造业', en: 'Chemical raw materials and chemical products' },
  { code: '27', section: 'C', zh: '医药制造业', en: 'Pharmaceuticals' },
  { code: '28', section: 'C', zh: '化学纤维制造业', en: 'Chemical fibres' },
  { code: '29', section: 'C', zh: '橡胶和塑料制品业', en: 'Rubber and plastic products' },
  { code: '30', section: 'C', zh: '非金属矿物制品业', en: 'Non-metallic mineral products' },
  { code: '31', section: 'C', zh: '黑色金属冶炼和压延加工业', en: 'Ferrous metal smelting and rolling' },
  { code: '32', section: 'C', zh: '有色金属冶炼和压延加工业', en: 'Non-ferrous metal smelting and rolling' },
  { code: '33', section: 'C', zh: '金属制品业', en: 'Metal products' },
  { code: '34', section: 'C', zh: '通用设备制造业', en: 'General-purpose equipment' },
  { code: '35', section: 'C', zh: '专用设备制造业', en: 'Special-purpose equipment' },
  { code: '36', section: 'C', zh: '汽车制造业', en: 'Motor vehicles' },
  {
    code: '37',
    section: 'C',
    zh: '铁路、船舶、航空航天和其他运输设备制造业',
    en: 'Railway, ship, aerospace and other transport equipment',
  },
  { code: '38', section: 'C', zh: '电气机械和器材制造业', en: 'Electrical machinery and equipment' },
  {
    code: '39',
    section: 'C',
    zh: '计算机、通信和其他电子设备制造业',
    en: 'Computers, communication and other electronic equipment',
  },
  { code: '40', section: 'C', zh: '仪器仪表制造业', en: 'Instruments and meters' },
  { code: '41', section: 'C', zh: '其他制造业', en: 'Other manufacturing' },
  { code: '42', section: 'C', zh: '废弃资源综合利用业', en: 'Recycling of waste resources' },
  {
    code: '43',
    section: 'C',
    zh: '金属制品、机械和设备修理业',
    en: 'Repair of metal products, machinery and equipment',
  },
  { code: '44', section: 'D', zh: '电力、热力生产和供应业', en: 'Electricity and heat production and supply' },
  { code: '45', section: 'D', zh: '燃气生产和供应业', en: 'Gas production and supply' },
  { code: '46', section: 'D', zh: '水的生产和供应业', en: 'Water production and supply' },
  { code: '47', section: 'E', zh: '房屋建筑业', en: 'Building construction' },
  { code: '48', section: 'E', zh: '土木工程建筑业', en: 'Civil engineering' },
  { code: '49', section: 'E', zh: '建筑安装业', en: 'Building installation' },
  {
    code: '50',
    section: 'E',
    zh: '建筑装饰、装修和其他建筑业',
    en: 'Building decoration, fit-out and other construction',
  },
  { code: '51', section: 'F', zh: '批发业', en: 'Wholesale trade' },
  { code: '52', section: 'F', zh: '零售业', en: 'Retail trade' },
  { code: '53', section: 'G', zh: '铁路运输业', en: 'Rail transport' },
  { code: '54', section: 'G', zh: '道路运输业', en: 'Road transport' },
  { code: '55', section: 'G', zh: '水上运输业', en: 'Water transport' },
  { code: '56', section: 'G', zh: '航空运输业', en: 'Air transport' },
  { code: '57', section: 'G', zh: '管道运输业', en: 'Pipeline transport' },
  { code: '58', section: 'G', zh: '多式联运和运输代理业', en: 'Multimodal transport and transport agency' },
  { code: '59', section: 'G', zh: '装卸搬运和仓储业', en: 'Cargo handling and warehousing' },
  { code: '60', section: 'G', zh: '邮政业', en: 'Postal services' },
  { code: '61', section: 'H', zh: '住宿业', en: 'Accommodation' },
  { code: '62', section: 'H', zh: '餐饮业', en: 'Catering' },
  {
    code: '63',
    section: 'I',
    zh: '电信、广播电视和卫星传输服务',
    en: 'Telecommunications, broadcasting and satellite transmission',
  },
  { code: '64', section: 'I', zh: '互联网和相关服务', en: 'Internet and related services' },
  { code: '65', section: 'I', zh: '软件和信息技术服务业', en: 'Software and IT services' },
  { code: '66', section: 'J', zh: '货币金融服务', en: 'Monetary and financial services' },
  { code: '67', section: 'J', zh: '资本市场服务', en: 'Capital market services' },
  { code: '68', section: 'J', zh: '保险业', en: 'Insurance' },
  { code: '69', section: 'J', zh: '其他金融业', en: 'Other financial services' },
  { code: '70', section: 'K', zh: '房地产业', en: 'Real estate' },
  { code: '71', section: 'L', zh: '租赁业', en: 'Leasing' },
  { code: '72', section: 'L', zh: '商务服务业', en: 'Business services' },
  { code: '73', section: 'M', zh: '研究和试验发展', en: 'Research and experimental development' },
  { code: '74', section: 'M', zh: '专业技术服务业', en: 'Professional technical services' },
  { code: '75', section: 'M', zh: '科技推广和应用服务业', en: 'Technology promotion and application services' },
  { code: '76', section: 'N', zh: '水利管理业', en: 'Water conservancy management' },
  { code: '77', section: 'N', zh: '生态保护和环境治理业', en: 'Ecological protection and environmental remediation' },
  { code: '78', section: 'N', zh: '公共设施管理业', en: 'Public facilities management' },
  { code: '79', section: 'N', zh: '土地管理业', en: 'Land management' },
  { code: '80', section: 'O', zh: '居民服务业', en: 'Resident services' },
  {
    code: '81',
    section: 'O',
    zh: '机动车、电子产品和日用产品修理业',
    en: 'Repair of motor vehicles, electronics and household goods',
  },
  { code: '82', section: 'O', zh: '其他服务业', en: 'Other services' },
  { code: '83', section: 'P', zh: '教育', en: 'Education' },
  { code: '84', section: 'Q', zh: '卫生', en: 'Health' },
  { code: '85', section: 'Q', zh: '社会工作', en: 'Social work' },
  { code: '86', section: 'R', zh: '新闻和出版业', en: 'News and publishing' },
  { code: '87', section: 'R', zh: '广播、电视、电影和录音制作业', en: 'Radio, television, film and sound recording' },
  { code: '88', section: 'R', zh: '文化艺术业', en: 'Culture and arts' },
  { code: '89', section: 'R', zh: '体育', en: 'Sports' },
  { code: '90', section: 'R', zh: '娱乐业', en: 'Entertainment' },
  { code: '91', section: 'S', zh: '中国共产党机关', en: 'Organs of the Communist Party of China' },
  { code: '92', section: 'S', zh: '国家机构', en: 'State organs' },
  { code: '93', section: 'S', zh: '人民政协、民主党派', en: 'CPPCC and democratic parties' },
  { code: '94', section: 'S', zh: '社会保障', en: 'Social security' },
  {
    code: '95',
    section: 'S',
    zh: '群众团体、社会团体和其他成员组织',
    en: 'Mass organisations, social groups and other membership organisations',
  },
  {
    code: '96',
    section: 'S',
    zh: '基层群众自治组织及其他组织',
    en: 'Grassroots self-governing and other organisations',
  },
  { code: '97', section: 'T', zh: '国际组织', en: 'International organisations' },
];

const SECTION_BY_CODE = new Map(INDUSTRY_SECTIONS.map((s) => [s.code, s]));
const DIVISION_BY_CODE = new Map(INDUSTRY_DIVISIONS.map((d) => [d.code, d]));

/** A code read against the table: its section letter and, when given, its division. */
export type IndustryCode = { section: string; division: string | null };

/**
 * Reads 'C', 'C38' or a bare '38' (whose section the table supplies), ignoring surrounding
 * spaces and case. Null unless the code is in the table and the letter owns the division,
 * so 'C12' (12 is 采矿业) is refused rather than quietly corrected.
 */
export function parseIndustryCode(raw: string): IndustryCode | null {
  const match = /^([A-Z])?(\d{2})?$/.exec(raw.trim().toUpperCase());
  if (!match) return null;
  const [, letter, digits] = match;
  if (digits === undefined) {
    if (letter === undefined || !SECTION_BY_CODE.has(letter)) return null;
    return { section: letter, division: null };
  }
  const division = DIVISION_BY_CODE.get(digits);
  if (!division || (letter !== undefined && letter !== division.section)) return null;
  return { section: division.section, division: division.code };
}

/**
 * The section name, or 'section / division' for a division code, in the language asked:
 * 'C38' → '制造业 / 电气机械和器材制造业'. Null for a code parseIndustryCode refuses.
 */
export function industryLabel(code: string, lang: 'zh' | 'en'): string | null {
  const parsed = parseIndustryCode(code);
  if (!parsed) return null;
  const section = SECTION_BY_CODE.get(parsed.section)![lang];
  if (parsed.division === null) return section;
  return `${section} / ${DIVISION_BY_CODE.get(parsed.division)![lang]}`;
}
