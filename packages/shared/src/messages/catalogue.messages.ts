/** The opportunity catalogue and land and buildings: labels, refusals, match reasons, exports. */
export const CATALOGUE_MESSAGES = {
  'label.catalogueStatus.offered': { zh: '推介中', en: 'Offered' },
  'label.catalogueStatus.in_talks': { zh: '洽谈中', en: 'In talks' },
  'label.catalogueStatus.signed': { zh: '已签约', en: 'Signed' },
  'label.siteKind.parcel': { zh: '地块', en: 'Land parcel' },
  'label.siteKind.factory': { zh: '标准厂房', en: 'Standard factory' },
  'label.siteKind.building': { zh: '楼宇', en: 'Office building' },
  'label.siteUse.industrial': { zh: '工业', en: 'Industrial' },
  'label.siteUse.commercial': { zh: '商业', en: 'Commercial' },
  'label.siteUse.mixed': { zh: '综合', en: 'Mixed use' },
  'label.siteUse.research': { zh: '研发', en: 'Research' },
  'label.siteUse.warehouse': { zh: '仓储', en: 'Warehousing' },
  'label.siteStatus.available': { zh: '可供', en: 'Available' },
  'label.siteStatus.reserved': { zh: '已预留', en: 'Reserved' },
  'label.siteStatus.occupied': { zh: '已占用', en: 'Occupied' },
  'label.matchCriterion.area': { zh: '面积', en: 'Area' },
  'label.matchCriterion.power': { zh: '电力', en: 'Power' },
  'label.matchCriterion.chain': { zh: '产业链', en: 'Industry chain' },
  'label.matchCriterion.budget': { zh: '预算', en: 'Budget' },

  'catalogue.hostNotOwn': {
    zh: '只能登记本单位承载的推介项目',
    en: 'You can only record catalogue entries your own unit hosts',
  },
  'catalogue.nameTaken': { zh: '推介项目库中已有“{name}”', en: 'The catalogue already has "{name}"' },
  'catalogue.signedReadOnly': {
    zh: '已签约的推介项目不能再修改，请在项目中修改',
    en: 'A signed catalogue entry cannot be changed; edit its project instead',
  },
  'catalogue.statusSignedBySigning': {
    zh: '“已签约”状态只能通过“签约转项目”设置',
    en: 'The status "signed" is set only by signing the entry into a project',
  },
  'site.ownerNotOwn': {
    zh: '只能登记本单位的载体资源',
    en: 'You can only record land and buildings of your own unit',
  },
  'site.confirmOwnOnly': {
    zh: '只有载体的权属单位（{unit}）可以确认其信息',
    en: 'Only the owner unit ({unit}) can confirm this site',
  },
  'site.nameTaken': {
    zh: '本单位已有同类载体“{name}”',
    en: 'Your unit already has a site of this kind named "{name}"',
  },
  'site.areaRequired': {
    zh: '地块须填写面积（亩），厂房和楼宇须填写面积（亩）或建筑面积（平方米）',
    en: 'A parcel needs its area in mu; a factory or building its area in mu or floor area in m²',
  },
  'site.needsEmpty': {
    zh: '请至少填写一项需求：面积、电力、产业链或预算',
    en: 'Give at least one need: area, power, industry chain or budget',
  },
  'site.numberInvalid': {
    zh: '“{value}”不是有效的非负数',
    en: '"{value}" is not a valid non-negative number',
  },
  'match.area.fits': {
    zh: '面积 {offer} 亩，满足需求 {need} 亩（富余 {spare} 亩）',
    en: 'Area {offer} mu meets the {need} mu needed ({spare} mu to spare)',
  },
  'match.area.short': {
    zh: '面积 {offer} 亩，比需求 {need} 亩少 {gap} 亩',
    en: 'Area {offer} mu is {gap} mu short of the {need} mu needed',
  },
  'match.power.fits': {
    zh: '供电容量 {offer} kVA，满足需求 {need} kVA',
    en: 'Power {offer} kVA meets the {need} kVA needed',
  },
  'match.power.short': {
    zh: '供电容量 {offer} kVA，比需求 {need} kVA少 {gap} kVA',
    en: 'Power {offer} kVA is {gap} kVA short of the {need} kVA needed',
  },
  'match.power.unknown': { zh: '供电容量未填报', en: 'Power capacity not reported' },
  'match.chain.fits': {
    zh: '载体主导产业“{offer}”与需求产业链“{need}”相符',
    en: 'The site’s industry "{offer}" fits the chain "{need}"',
  },
  'match.chain.other': {
    zh: '载体主导产业“{offer}”与需求产业链“{need}”不符',
    en: 'The site’s industry "{offer}" differs from the chain "{need}"',
  },
  'match.chain.unknown': { zh: '载体未填报主导产业', en: 'The site reports no lead industry' },
  'match.budget.fits': {
    zh: '土地款约 {offer} 万元，在预算 {need} 万元之内',
    en: 'Land cost about {offer} 万元 is within the budget of {need} 万元',
  },
  'match.budget.over': {
    zh: '土地款约 {offer} 万元，超出预算 {need} 万元 {gap} 万元',
    en: 'Land cost about {offer} 万元 exceeds the budget of {need} 万元 by {gap} 万元',
  },
  'match.budget.unknown': { zh: '未填报价格', en: 'No price reported' },

  'import.valueRequired': { zh: '必填，不能为空', en: 'Required; cannot be empty' },
  'import.valueUnknown': {
    zh: '“{value}”不是可选值（可选：{values}）',
    en: '"{value}" is not one of the values allowed ({values})',
  },
  'import.sameNameRow': {
    zh: '与第 {row} 行名称相同，请合并为一行',
    en: 'The same name as row {row}: merge them into one row',
  },
  'import.catalogueSigned': {
    zh: '“{name}”已签约转为项目，不能再通过导入修改',
    en: '"{name}" has been signed into a project and cannot be changed by an import',
  },
  'import.resourceOwnUnitOnly': {
    zh: '只能导入本单位的记录',
    en: 'You can only import records of your own unit',
  },
  'export.catalogue.file': { zh: '推介项目库', en: 'investment-catalogue' },
  'export.catalogue.sheet': { zh: '推介项目库', en: 'Investment catalogue' },
  'export.sites.file': { zh: '载体资源', en: 'sites' },
  'export.sites.sheet': { zh: '载体资源', en: 'Land and buildings' },
  'doc.catalogue.title': { zh: '招商推介项目', en: 'Investment opportunities' },
  'doc.catalogue.subtitle': { zh: '共 {count} 个项目', en: '{count} projects' },
  'doc.catalogue.col.no': { zh: '序号', en: 'No.' },
  'doc.catalogue.col.name': { zh: '项目名称', en: 'Project' },
  'doc.catalogue.col.chain': { zh: '产业链', en: 'Industry chain' },
  'doc.catalogue.col.investment': { zh: '总投资（万元）', en: 'Investment (10k yuan)' },
  'doc.catalogue.col.land': { zh: '用地（亩）', en: 'Land (mu)' },
  'doc.catalogue.col.host': { zh: '承载单位', en: 'Host' },
  'doc.catalogue.col.contact': { zh: '联系方式', en: 'Contact' },
  'doc.catalogue.col.description': { zh: '项目简介', en: 'Description' },
  'label.yesNo.true': { zh: '是', en: 'yes' },
  'label.yesNo.false': { zh: '否', en: 'no' },
} as const;
