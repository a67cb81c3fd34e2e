/** The import columns, in the order the server reads them. */
export const IMPORT_COLUMNS = ['企业名称', '统一社会信用代码', '投资方类型', '国别地区', '行业代码', '总部所在地'] as const;

/**
 * The CSV template: the header row only, with a byte-order mark so that Excel opens it
 * as UTF-8 rather than guessing GBK.
 */
export function importTemplateCsv(): string {
  return `\uFEFF${IMPORT_COLUMNS.join(',')}\r\n`;
}

/** Hands the template to the browser as a download; built here, no request needed. */
export function downloadImportTemplate(fileName: string): void {
  const url = URL.createObjectURL(new Blob([importTemplateCsv()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
