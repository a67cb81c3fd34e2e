/** The columns of the foreign-capital import, as the server reads them (foreign-capital-import.ts). */
export const FOREIGN_CAPITAL_COLUMNS = ['单位', '年份', '月份', '实际使用外资(万美元)'] as const;
