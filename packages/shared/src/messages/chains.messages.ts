/** The chain map: labels, refusals, import reasons. */
export const CHAIN_MESSAGES = {
  'label.chainGroupKind.leading': { zh: '主导产业', en: 'Leading industries' },
  'label.chainGroupKind.emerging': { zh: '新兴产业', en: 'Emerging industries' },
  'label.chainGroupKind.other': { zh: '其他（X）', en: 'Other (X)' },
  'label.chainStream.up': { zh: '上游', en: 'Upstream' },
  'label.chainStream.mid': { zh: '中游', en: 'Midstream' },
  'label.chainStream.down': { zh: '下游', en: 'Downstream' },
  'label.chainGap.missing': { zh: '缺链', en: 'Missing link' },
  'label.chainGap.weak': { zh: '弱链', en: 'Weak link' },
  'label.hostReason.designated': {
    zh: '该地主导产业链包含此链',
    en: "The chain is one of the unit's designated chains",
  },
  'label.hostReason.segmentFirms': {
    zh: '已落地同环节项目 {count} 个',
    en: '{count} projects of the same segment already there',
  },
  'label.hostReason.chainFirms': {
    zh: '已落地同产业链项目 {count} 个',
    en: '{count} projects of the same chain already there',
  },
  'label.hostReason.responsible': {
    zh: '该环节的责任单位（重点区域）',
    en: 'Responsible unit of the segment (key region)',
  },

  'chain.nameTaken': { zh: '已有名为“{name}”的{what}', en: 'There is already a {what} named "{name}"' },
  'chain.what.group': { zh: '产业链分组', en: 'chain group' },
  'chain.what.chain': { zh: '产业链', en: 'chain' },
  'chain.what.segment': { zh: '环节', en: 'segment' },
  'chain.what.target': { zh: '目标企业', en: 'target enterprise' },
  'chain.segmentInUse': {
    zh: '环节“{name}”仍在使用，不能删除：{uses}',
    en: 'The segment "{name}" is still in use and cannot be deleted: {uses}',
  },
  'chain.use.leads': { zh: '线索 {count} 条', en: 'leads: {count}' },
  'chain.use.filings': { zh: '报备 {count} 个', en: 'filings: {count}' },
  'chain.use.projects': { zh: '项目 {count} 个', en: 'projects: {count}' },
  'chain.use.companies': { zh: '本地企业 {count} 家', en: 'local companies: {count}' },
  'chain.use.targets': { zh: '目标企业 {count} 家', en: 'target enterprises: {count}' },
  'chain.use.children': { zh: '下级环节 {count} 个', en: 'segments under it: {count}' },
  'chain.tagUnknown': { zh: '“{value}”不是目标企业标签', en: '"{value}" is not a target tag' },
  'chain.streamUnknown': {
    zh: '“{value}”不是上中下游（上游、中游、下游）',
    en: '"{value}" is not a stream (上游, 中游, 下游 or up, mid, down)',
  },
  'chain.unitUnknown': { zh: '没有名为“{value}”的单位', en: 'There is no unit named "{value}"' },
  'chain.required': { zh: '“{column}”不能为空', en: '"{column}" is required' },
  'chain.groupConflict': {
    zh: '产业链“{chain}”在第 {row} 行属于分组“{group}”，同一条链只能属于一个分组',
    en: 'The chain "{chain}" is in group "{group}" on row {row}; a chain belongs to one group',
  },
  'chain.chainUnknown': { zh: '图谱中没有产业链“{value}”', en: 'The map has no chain "{value}"' },
  'chain.segmentUnknown': {
    zh: '产业链“{chain}”下没有环节“{value}”',
    en: 'The chain "{chain}" has no segment "{value}"',
  },
  'chain.segmentWrongChain': {
    zh: '环节“{value}”不在产业链“{chain}”下，而在“{others}”下',
    en: 'The segment "{value}" is not under the chain "{chain}" but under "{others}"',
  },
  'chain.targetUnitMismatch': {
    zh: '环节“{segment}”的责任单位是“{unit}”，不是“{value}”（责任单位在图谱的环节上修改）',
    en: 'The responsible unit of the segment "{segment}" is "{unit}", not "{value}" (change it on the map\'s segment)',
  },
  'chain.targetUnitNone': {
    zh: '环节“{segment}”没有责任单位，不是“{value}”（责任单位在图谱的环节上修改）',
    en: 'The segment "{segment}" has no responsible unit, not "{value}" (set it on the map\'s segment)',
  },
  'chain.targetTwice': {
    zh: '目标企业“{name}”在第 {row} 行已列在同一环节下',
    en: 'The target "{name}" is already listed under the same segment on row {row}',
  },
  'export.targets.file': { zh: '目标企业', en: 'target-enterprises' },
  'export.targets.sheet': { zh: '目标企业', en: 'Target enterprises' },
  'export.chains.file': { zh: '产业链图谱', en: 'chain-map' },
  'export.chains.sheet': { zh: '产业链图谱', en: 'Chain map' },
  'chain.unmatchedNone': {
    zh: '所有线索和项目的产业链都已对应到图谱',
    en: 'Every lead and project chain matches the map',
  },
  'chain.unmatchedLine': {
    zh: '“{value}”：线索 {leads} 条，项目 {projects} 个',
    en: '"{value}": {leads} leads, {projects} projects',
  },
  'chain.gapsHeader': {
    zh: '产业链\t环节\t本地企业\t目标企业\t在跟线索\t有效报备\t项目\t缺口',
    en: 'Chain\tSegment\tLocal firms\tTargets\tOpen leads\tActive filings\tProjects\tGap',
  },
} as const;
