import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../components/api-errors.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { UnitTarget } from '../api.ts';
import { useSaveTargets } from '../api.ts';
import { isDirty, type TargetField, targetsToInput } from '../targets-form.ts';
import { TargetsTable } from './targets-table.tsx';

/** The year's targets per unit; the office saves the whole table at once. */
export function TargetsTab({ year, targets, canEdit }: { year: number; targets: UnitTarget[]; canEdit: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const save = useSaveTargets(year);
  const [draft, setDraft] = useState<Map<number, Partial<Record<TargetField, string>>>>(new Map());
  const { items, problems } = targetsToInput(targets, draft);
  const dirty = isDirty(targets, draft);

  const edit = (unitId: number, field: TargetField, text: string) =>
    setDraft((previous) => new Map(previous).set(unitId, { ...previous.get(unitId), [field]: text }));
  const submit = () => {
    if (problems.size > 0) {
      message.error(t('foreign.fixCells'));
      return;
    }
    save.mutate(items, {
      onSuccess: () => {
        setDraft(new Map());
        message.success(t('foreign.targets.saved', { year }));
      },
      onError: (error) => message.error(describeError(error, t)),
    });
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('foreign.targets.hint')}</Typography.Text>
        {canEdit ? (
          <Space>
            <Button icon={<UndoOutlined />} disabled={!dirty || save.isPending} onClick={() => setDraft(new Map())}>
              {t('foreign.discard')}
            </Button>
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={submit}>
              {t('common.save')}
            </Button>
          </Space>
        ) : null}
      </Flex>
      <TargetsTable targets={targets} draft={draft} problems={problems} canEdit={canEdit} onEdit={edit} />
    </Space>
  );
}
