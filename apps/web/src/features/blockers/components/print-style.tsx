/**
 * Print rules for a page meant to be printed (a meeting's agenda and decisions): the menu,
 * header and buttons disappear and the page uses the paper's full width. Mounted only while
 * that page is shown, so other pages print as before.
 */
const PRINT_CSS = `
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { background: #fff !important; }
  .ant-layout-sider, .ant-layout-header, .zs-no-print, .ant-message, .ant-table-pagination { display: none !important; }
  .ant-layout, .ant-layout-content { margin: 0 !important; background: #fff !important; }
  .ant-card { box-shadow: none !important; border: none !important; }
  .ant-card-head, .ant-card-body { padding-inline: 0 !important; }
  .ant-table-wrapper .ant-table-cell { padding: 6px 8px !important; }
  .ant-table-wrapper .ant-table-container, .ant-table-wrapper .ant-table-content { overflow: visible !important; }
  .ant-table-wrapper table { width: 100% !important; min-width: 0 !important; }
  .ant-table-cell-fix-start, .ant-table-cell-fix-end { position: static !important; }
  tr { break-inside: avoid; }
}`;

export function PrintStyle() {
  return <style>{PRINT_CSS}</style>;
}
