/** The server's limit for one evidence file (it refuses larger ones with 413). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
const MAX_NAME_CHARS = 200;

/** Why a chosen file cannot be sent, checked before uploading; its type is judged by the server from its content. */
export function evidenceFileProblem(file: { name: string; size: number }): 'size' | 'empty' | 'name' | null {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_EVIDENCE_BYTES) return 'size';
  if ([...file.name].length > MAX_NAME_CHARS || !file.name.trim()) return 'name';
  return null;
}
