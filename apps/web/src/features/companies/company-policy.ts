import type { Role } from '@zhaoshang/shared';

/**
 * Office and unit staff keep the registry; leaders read it. The administrator and the
 * auditor never see business data (the server refuses them too).
 */
export function canEditCompanies(role: Role): boolean {
  return role === 'office' || role === 'unit_manager' || role === 'unit_staff';
}

/** Files larger than this are refused by the server; we say so before uploading. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const IMPORT_EXTENSIONS = ['.xlsx', '.csv'] as const;

/** Whether a chosen file can be imported: a spreadsheet type within the size limit. */
export function importFileProblem(file: { name: string; size: number }): 'type' | 'size' | 'empty' | null {
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMPORT_BYTES) return 'size';
  return null;
}
