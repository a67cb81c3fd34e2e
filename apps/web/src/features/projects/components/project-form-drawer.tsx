import { shanghaiDate } from '@zhaoshang/shared';
import { App, Button, Drawer, Form, Space } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../components/api-client.ts';
import { useStaleSave } from '../../../components/stale-save.tsx';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { Project, ProjectInput } from '../api.ts';
import { useCreateProject, useSaveProject } from '../api.ts';
import {
  emptyFormValues,
  fieldOfIssue,
  formValuesOf,
  inputOf,
  issuesOf,
  type ProjectFormValues,
} from '../project-form-values.ts';
import { actsForAnyUnit } from '../project-policy.ts';
import { CorrectionReasonModal, type CorrectionRequest } from './correction-reason-modal.tsx';
import { ProjectFormFields } from './project-form-fields.tsx';
import { type ConflictChange, StaleChange } from './stale-change.tsx';

/**
 * Registers a project, or edits one against the version it was opened at. A save that
 * meets someone else's newer version shows their changes instead of overwriting them; a
 * stage date inside a published bulletin asks for a correction reason and is sent again.
 */
export function ProjectFormDrawer({
  open,
  project,
  onClose,
  onSaved,
  onReload,
  fromFiling,
}: {
  open: boolean;
  project?: Project;
  /** A new project from a filing: its investor, project name and the filing it came from. */
  fromFiling?: { filingId: number; companyId: number; name: string | null };
  onClose: () => void;
  onSaved: (id: number) => void;
  /** Fetches the project again (after a conflict); resolves to the fresh copy. */
  onReload?: () => Promise<Project | undefined>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useSessionUser();
  const [form] = Form.useForm<ProjectFormValues>();
  const create = useCreateProject();
  const save = useSaveProject(project?.id ?? 0);
  const showError = useErrorToast();
  const today = shanghaiDate();
  // The version the form was filled from: a refetch in the background must not move it.
  const [version, setVersion] = useState(project?.version);
  const [correction, setCorrection] = useState<CorrectionRequest & { body: ProjectInput }>();

  // biome-ignore lint/correctness/useExhaustiveDependencies: only opening the form takes the version
  useEffect(() => {
    if (open) setVersion(project?.version);
  }, [open]);

  const failed = (error: unknown, body: ProjectInput) => {
    if (stale.catchStale(error)) return;
    if (error instanceof ApiError && error.code === 'CORRECTION_REASON_REQUIRED') {
      const bulletins = (error.details as { bulletins?: unknown } | undefined)?.bulletins;
      setCorrection({ message: error.message, bulletins: Array.isArray(bulletins) ? bulletins : [], body });
      return;
    }
    const issues = issuesOf(error);
    const placed = issues.map((issue) => ({ issue, name: fieldOfIssue(issue.path) }));
    // The names come from fieldOfIssue, which only returns fields of this form.
    const fields = placed.filter((p) => p.name).map((p) => ({ name: p.name!, errors: [p.issue.message] }));
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    const leftOver = placed.filter((p) => !p.name).map((p) => p.issue.message);
    if (issues.length && !leftOver.length) message.error(t('project.form.fixFields'));
    else if (leftOver.length)
      message.error(`${error instanceof ApiError ? error.message : ''}（${leftOver.join('；')}）`);
    else showError(error);
  };

  const send = (body: ProjectInput, correctionReason?: string) => {
    if (!project) {
      create.mutate(body, {
        onSuccess: ({ id }) => {
          message.success(t('project.form.created', { name: body.name }));
          onSaved(id);
        },
        onError: (error) => failed(error, body),
      });
      return;
    }
    save.mutate(
      { ...body, version: version ?? project.version, correctionReason },
      {
        onSuccess: (result) => {
          setCorrection(undefined);
          message.success(
            result.corrections.length
              ? t('project.form.corrected', { count: result.corrections.length })
              : t('project.form.saved'),
          );
          onSaved(project.id);
        },
        onError: (error) => failed(error, body),
      },
    );
  };

  // Their version replaces the form (reload), or only its number does and the edits stay (overwrite).
  const takeLatest = async (keepEdits: boolean) => {
    const fresh = await onReload?.();
    if (!fresh) return;
    if (!keepEdits) form.setFieldsValue(formValuesOf(fresh));
    setVersion(fresh.version);
  };
  const stale = useStaleSave({
    onReload: () => takeLatest(false),
    onOverwrite: () => takeLatest(true),
    renderChange: (change) => <StaleChange change={change as ConflictChange} project={project} />,
  });

  const pending = create.isPending || save.isPending;
  return (
    <Drawer
      open={open}
      title={project ? t('project.form.editTitle', { name: project.name }) : t('project.create')}
      size={860}
      onClose={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<ProjectFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        scrollToFirstError
        initialValues={
          project
            ? formValuesOf(project)
            : {
                ...emptyFormValues(actsForAnyUnit(me.role) ? undefined : me.unit.id),
                ...(fromFiling
                  ? {
                      name: fromFiling.name ?? undefined,
                      companyId: fromFiling.companyId,
                      sourceUnitIds: actsForAnyUnit(me.role) ? [] : [me.unit.id],
                    }
                  : {}),
              }
        }
        onFinish={(values) =>
          send(
            inputOf(values, {
              expansionOf: project?.expansionOf ?? null,
              filingId: project?.filingId ?? fromFiling?.filingId ?? null,
            }),
          )
        }
      >
        <ProjectFormFields form={form} project={project} today={today} />
      </Form>
      {stale.modal}
      <CorrectionReasonModal
        request={correction}
        saving={save.isPending}
        onSubmit={(reason) => correction && send(correction.body, reason)}
        onCancel={() => setCorrection(undefined)}
      />
    </Drawer>
  );
}
