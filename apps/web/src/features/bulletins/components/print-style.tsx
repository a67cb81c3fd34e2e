/**
 * Print rules for a bulletin: menu, header, buttons and the drill-down drawer disappear, the
 * tables use the paper's full width and keep their rows whole. Mounted only with the bulletin.
 */
const PRINT_CSS = `
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { background: #fff !important; }
  .ant-layout-sider, .ant-layout-header, .zs-no-print, .ant-message, .ant-drawer, .ant-popover, .ant-tooltip { display: none !important; }
  .ant-layout, .ant-layout-content { margin: 0 !important; background: #fff !important; }
  .ant-card { box-shadow: none !important; break-inside: avoid; }
  .ant-table-wrapper .ant-table-cell { padding: 4px 6px !important; }
  .ant-table-wrapper .ant-table-container, .ant-table-wrapper .ant-table-content { overflow: visible !important; }
  .ant-table-wrapper table { width: 100% !important; min-width: 0 !important; }
  .ant-table-cell-fix-start, .ant-table-cell-fix-end { position: static !important; }
  .ant-typography-copy { display: none !important; }
  tr { break-inside: avoid; }
}`;

export function BulletinPrintStyle() {
  return <style>{PRINT_CSS}</style>;
}
