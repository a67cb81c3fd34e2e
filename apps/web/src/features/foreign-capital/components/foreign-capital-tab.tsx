import { ImportOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { describeError } from '../../../components/api-errors.ts';
import { shanghaiToday } from '../../../components/format.ts';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { UnitTarget } from '../../schemes/api.ts';
import type { ForeignCapitalEntry } from '../api.ts';
import { useInvalidateForeignCapital, useSaveForeignCapital } from '../api.ts';
import { FOREIGN_CAPITAL_COLUMNS } from '../foreign-capital-import.ts';
import { buildForeignGrid, cellKey, draftToInput, lastEditableMonth } from '../foreign-grid.ts';
import { ForeignCapitalGrid } from './foreign-capital-grid.tsx';
import { ForeignSummary } from './foreign-summary.tsx';

/** Actual use of foreign capital: the city's figures, then the grid the office types into or imports. */
export function ForeignCapitalTab({
  year,
  entries,
  targets,
  canEdit,
}: {
  year: number;
  entries: ForeignCapitalEntry[];
  targets: UnitTarget[];
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const save = useSaveForeignCapital();
  const invalidate = useInvalidateForeignCapital();
  const [draft, setDraft] = useState<Map<string, string>>(new Map());
  const [importing, setImporting] = useState(false);
  const grid = useMemo(() => buildForeignGrid(entries, targets, year, draft), [entries, targets, year, draft]);
  const today = shanghaiToday();
  const editableThrough = canEdit ? lastEditableMonth(year, { year: today.year(), month: today.month() + 1 }) : 0;
  const items = draftToInput(draft, entries, year);
  const changes = items?.length ?? 0;

  const edit = (unitId: number, month: number, text: string) =>
    setDraft((previous) => new Map(previous).set(cellKey(unitId, month), text));
  const submit = () => {
    if (items === null) {
      message.error(t('foreign.fixCells'));
      return;
    }
    if (items.length === 0) return;
    save.mutate(items, {
      onSuccess: () => {
        setDraft(new Map());
        message.success(t('foreign.saved', { count: items.length }));
      },
      onError: (error) => message.error(describeError(error, t)),
    });
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ForeignSummary grid={grid} year={year} />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {canEdit ? t('foreign.gridHintEdit') : t('foreign.gridHint')}
        </Typography.Text>
        {canEdit ? (
          <Space wrap>
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('foreign.import')}
            </Button>
            <Button
              icon={<UndoOutlined />}
              disabled={draft.size === 0 || save.isPending}
              onClick={() => setDraft(new Map())}
            >
              {t('foreign.discard')}
            </Button>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={changes === 0 && items !== null}
              loading={save.isPending}
              onClick={submit}
            >
              {changes > 0 ? t('foreign.saveCount', { count: changes }) : t('common.save')}
            </Button>
          </Space>
        ) : null}
      </Flex>
      <ForeignCapitalGrid grid={grid} draft={draft} editableThrough={editableThrough} onEdit={edit} />
      <ImportWizard
        open={importing}
        onClose={() => setImporting(false)}
        title={t('foreign.importTitle')}
        endpoint="/imports/foreign-capital"
        templateColumns={FOREIGN_CAPITAL_COLUMNS}
        templateFileName={t('foreign.templateFile')}
        readyText={t('foreign.importReady')}
        onImported={() => void invalidate()}
      />
    </Space>
  );
}
