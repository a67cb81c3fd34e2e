/**
 * Field problems found by the request schemas, by zod issue code (the error handler words
 * them per request), and the custom messages route schemas give by key.
 */
export const VALIDATION_MESSAGES = {
  'validation.required': { zh: '必填', en: 'Required' },
  'validation.dateFormat': { zh: '日期格式应为 YYYY-MM-DD', en: 'A date is written YYYY-MM-DD' },
  'validation.notEmpty': { zh: '不能为空', en: 'Must not be empty' },
  'validation.invalidType': { zh: '应为{expected}', en: 'Expected {expected}' },
  'validation.type.string': { zh: '文本', en: 'text' },
  'validation.type.number': { zh: '数字', en: 'a number' },
  'validation.type.int': { zh: '整数', en: 'a whole number' },
  'validation.type.boolean': { zh: '是或否', en: 'true or false' },
  'validation.type.array': { zh: '列表', en: 'a list' },
  'validation.type.object': { zh: '对象', en: 'an object' },
  'validation.tooSmall.string': { zh: '至少 {minimum} 个字符', en: 'At least {minimum} characters' },
  'validation.tooSmall.number': { zh: '不能小于 {minimum}', en: 'Must be at least {minimum}' },
  'validation.tooSmall.numberExclusive': { zh: '应大于 {minimum}', en: 'Must be greater than {minimum}' },
  'validation.tooSmall.array': { zh: '至少 {minimum} 项', en: 'At least {minimum} items' },
  'validation.tooBig.string': { zh: '不超过 {maximum} 个字符', en: 'At most {maximum} characters' },
  'validation.tooBig.number': { zh: '不能大于 {maximum}', en: 'Must be at most {maximum}' },
  'validation.tooBig.numberExclusive': { zh: '应小于 {maximum}', en: 'Must be less than {maximum}' },
  'validation.tooBig.array': { zh: '最多 {maximum} 项', en: 'At most {maximum} items' },
  'validation.invalidFormat': { zh: '格式不正确', en: 'Wrong format' },
  'validation.notMultipleOf': { zh: '应为 {divisor} 的倍数', en: 'Must be a multiple of {divisor}' },
  'validation.unrecognizedKeys': { zh: '不认识的字段：{keys}', en: 'Unknown fields: {keys}' },
  'validation.invalidValue': { zh: '应为以下之一：{values}', en: 'Must be one of: {values}' },
  'validation.invalid': { zh: '内容无效', en: 'Not valid' },
  'validation.date': {
    zh: '日期格式应为 YYYY-MM-DD，且为真实日期',
    en: 'A date is written YYYY-MM-DD and must exist',
  },
  'validation.amountWan': {
    zh: '金额应为不带单位的数字（万元），最多四位小数',
    en: 'An amount is a plain number in 10,000 yuan with at most four decimals',
  },
  'validation.maxChars': { zh: '不超过 {max} 个字符', en: 'At most {max} characters' },
} as const;
