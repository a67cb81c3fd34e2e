import { Alert, App, Button, Drawer, InputNumber, Space, Table, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ResponseRule } from '../api.ts';
import { useResponseRules, useSetResponseRule } from '../api.ts';

const STEPS = ['acknowledgeDays', 'assessDays', 'feedbackDays'] as const;
type DayField = (typeof STEPS)[number];

const isIncreasing = (r: ResponseRule) => r.acknowledgeDays <= r.assessDays && r.assessDays <= r.feedbackDays;

/** The office's response deadlines, one row per kind of handling unit, each saved on its own. */
export function ResponseRulesDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, unitKindLabel } = useI18n();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const rules = useResponseRules(open);
  const save = useSetResponseRule();
  const [drafts, setDrafts] = useState<Record<string, ResponseRule>>({});

  useEffect(() => {
    if (open) setDrafts({});
  }, [open]);

  const draftOf = (rule: ResponseRule) => drafts[rule.unitKind] ?? rule;
  const edit = (rule: ResponseRule, field: DayField, value: number | null) =>
    setDrafts((previous) => ({ ...previous, [rule.unitKind]: { ...draftOf(rule), [field]: value ?? 0 } }));

  const columns: TableColumnsType<ResponseRule> = [
    { title: t('lead.rulesUnitKind'), dataIndex: 'unitKind', render: (kind) => unitKindLabel(kind) },
    ...STEPS.map((field, index) => ({
      title: t(`lead.step.${(['acknowledge', 'assess', 'feedback'] as const)[index]}`),
      key: field,
      width: 100,
      render: (_: unknown, rule: ResponseRule) => (
        <InputNumber<number>
          min={1}
          max={60}
          precision={0}
          style={{ width: 80 }}
          aria-label={`${unitKindLabel(rule.unitKind)} ${field}`}
          value={draftOf(rule)[field]}
          onChange={(value) => edit(rule, field, value)}
        />
      ),
    })),
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, rule) => {
        const draft = draftOf(rule);
        const changed = STEPS.some((field) => draft[field] !== rule[field]);
        return (
          <Space orientation="vertical" size={2}>
            <Button
              size="small"
              type="primary"
              disabled={!changed || !isIncreasing(draft)}
              loading={save.isPending && save.variables?.unitKind === rule.unitKind}
              onClick={() =>
                save.mutate(draft, {
                  onSuccess: () => message.success(t('lead.rulesSaved', { kind: unitKindLabel(rule.unitKind) })),
                  onError: (error) => showError(error),
                })
              }
            >
              {t('common.save')}
            </Button>
            {isIncreasing(draft) ? null : (
              <span style={{ color: '#cf1322', fontSize: 12 }}>{t('lead.rulesOrder')}</span>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Drawer open={open} onClose={onClose} title={t('lead.rules')} size={640} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('lead.rulesHint')} />
      {rules.error ? (
        <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <Table<ResponseRule>
          rowKey="unitKind"
          size="small"
          loading={rules.isFetching}
          columns={columns}
          dataSource={rules.data ?? []}
          pagination={false}
        />
      )}
    </Drawer>
  );
}
