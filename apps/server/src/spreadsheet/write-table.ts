/**
 * One xlsx sheet from columns and rows: bold frozen header, set widths. Every export of the
 * product (audit trail, registry, leads) goes through here, so they look and open alike.
 */
export type ExportColumn<R> = { header: string; width: number; value: (row: R) => string | number | null };

export async function writeTable<R>(sheetName: string, columns: ExportColumn<R>[], rows: R[]): Promise<Buffer> {
  // exceljs is large: load it on the first export, not at every start.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r) ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** RFC 5987 Content-Disposition for a Chinese file name, with an ASCII fallback. */
export function attachmentHeader(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
