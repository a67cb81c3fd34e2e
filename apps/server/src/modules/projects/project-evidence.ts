import { type Message, msg, PROJECT_STAGES, type ProjectStage } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { checkFileName, detectEvidenceType, type FileStore, MAX_EVIDENCE_BYTES } from '../../files/file-store.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { canEditProject, projectsPolicy } from './projects.policy.ts';
import {
  findEvidenceById,
  findProjectById,
  insertEvidence,
  insertHistory,
  markEvidenceRemoved,
} from './projects.repository.ts';
import { getProject } from './projects.service.ts';

const invalid = (path: string, message: Message) =>
  new AppError('VALIDATION_FAILED', { issues: [{ path, message }] }, message);

/**
 * Attaches an evidence file to a stage. The type is judged by content (a renamed executable is
 * refused whatever its name), the bytes are stored once under their SHA-256, and the record,
 * the project's history and the audit trail are written in one transaction.
 */
export async function addEvidence(
  database: Database,
  files: FileStore,
  ctx: RequestContext,
  projectId: number,
  stage: string,
  fileName: string,
  bytes: Buffer,
) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.update');
  if (!(PROJECT_STAGES as readonly string[]).includes(stage))
    throw invalid('stage', msg('project.stageNamed', { stage }));
  const nameProblem = checkFileName(fileName);
  if (nameProblem) throw invalid('fileName', nameProblem);
  if (bytes.length > MAX_EVIDENCE_BYTES)
    throw new AppError('FILE_TOO_LARGE', { limitBytes: MAX_EVIDENCE_BYTES, sizeBytes: bytes.length });
  if (bytes.length === 0) throw invalid('file', msg('file.empty'));
  const contentType = detectEvidenceType(bytes);
  if (!contentType)
    throw new AppError('FILE_TYPE_NOT_ALLOWED', { fileName }, msg('file.typeRefused', { name: fileName }));
  return database.db.transaction(async (tx) => {
    const project = await findProjectById(tx, projectId, { forUpdate: true });
    // A project of another unit answers as one that does not exist: its existence is not theirs to learn.
    if (
      !project ||
      !canEditProject(actor, { hostUnitId: project.host_unit_id, sourceUnitIds: project.source_units.map((u) => u.id) })
    )
      throw new AppError('NOT_FOUND');
    const sha256 = await files.put(bytes);
    const id = await insertEvidence(tx, {
      projectId,
      stage,
      fileName,
      contentType,
      sizeBytes: bytes.length,
      sha256,
      uploadedBy: actor.userId,
    });
    await insertHistory(
      tx,
      projectId,
      { kind: 'evidence', changes: { added: { id, stage, fileName, sha256 } } },
      { id: actor.userId, name: actor.displayName },
    );
    await recordAudit(tx, ctx, {
      action: 'project.evidence.add',
      entityType: 'project',
      entityId: projectId,
      after: { evidenceId: id, stage: stage as ProjectStage, fileName, sha256, sizeBytes: bytes.length },
    });
    return { id, sha256, contentType };
  });
}

/** An evidence file for download: only to those who may see the project, checked against its SHA-256. */
export async function readEvidence(database: Database, files: FileStore, ctx: RequestContext, evidenceId: number) {
  const e = await findEvidenceById(database.db, evidenceId);
  if (!e || e.removed_at) throw new AppError('NOT_FOUND');
  await getProject(database, ctx, e.project_id); // throws NOT_FOUND when the asker may not see the project
  const bytes = await files.get(e.sha256);
  return { bytes, fileName: e.file_name, contentType: e.content_type };
}

export async function removeEvidence(database: Database, ctx: RequestContext, evidenceId: number) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.update');
  await database.db.transaction(async (tx) => {
    const e = await findEvidenceById(tx, evidenceId);
    if (!e || e.removed_at) throw new AppError('NOT_FOUND');
    const project = (await findProjectById(tx, e.project_id))!;
    if (
      !canEditProject(actor, { hostUnitId: project.host_unit_id, sourceUnitIds: project.source_units.map((u) => u.id) })
    )
      throw new AppError('NOT_FOUND');
    await markEvidenceRemoved(tx, evidenceId);
    await insertHistory(
      tx,
      e.project_id,
      { kind: 'evidence', changes: { removed: { id: e.id, stage: e.stage, fileName: e.file_name } } },
      { id: actor.userId, name: actor.displayName },
    );
    await recordAudit(tx, ctx, {
      action: 'project.evidence.remove',
      entityType: 'project',
      entityId: e.project_id,
      before: { evidenceId, fileName: e.file_name, sha256: e.sha256 },
    });
  });
}
