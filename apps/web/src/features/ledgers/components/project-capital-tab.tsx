import { Button, Form, Input, InputNumber, Space, Table, Typography } from 'antd';
import { shanghaiToday } from '../../../components/format.ts';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type CapitalMonthInput, useProjectCapital, useRecordCapital } from '../api.ts';
import { sharePercent } from '../capital-chart.ts';

/** A project's capital month by month, against its agreed investment; its host unit records a month. */
export function ProjectCapitalTab({ projectId }: { projectId: number }) {
  const { t } = useI18n();
  const capital = useProjectCapital(projectId);
  const record = useRecordCapital(projectId);
  const showError = useErrorToast();
  const [form] = Form.useForm<CapitalMonthInput>();
  const data = capital.data;
  if (!data) return null;
  const recorded = (year: number, month: number) => {
    const shown = data.months.find((m) => m.year === year && m.month === month);
    return shown ? { domesticWan: shown.domesticWan, foreignUsdWan: shown.foreignUsdWan } : null;
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text>
        {t('capital.projectSummary', {
          domestic: data.domesticWan,
          foreign: data.foreignUsdWan,
          agreed: data.project.agreedWan,
          share: sharePercent(data.share),
        })}
      </Typography.Text>
      <Table
        rowKey={(m) => `${m.year}-${m.month}`}
        size="small"
        pagination={false}
        locale={{ emptyText: t('capital.none') }}
        dataSource={data.months}
        columns={[
          {
            key: 'month',
            title: t('capital.month'),
            render: (_, m) => `${m.year}-${String(m.month).padStart(2, '0')}`,
          },
          { key: 'domestic', dataIndex: 'domesticWan', title: t('capital.domestic'), align: 'right' },
          { key: 'foreign', dataIndex: 'foreignUsdWan', title: t('capital.foreign'), align: 'right' },
        ]}
      />
      {data.canRecord && (
        <Form
          form={form}
          layout="inline"
          initialValues={{ year: shanghaiToday().year(), month: shanghaiToday().month() + 1 }}
          onFinish={(input) =>
            record.mutate(
              {
                ...input,
                foreignUsdWan: input.foreignUsdWan ?? '',
                // What this month holds on screen: a month someone changed meanwhile is refused (409), not overwritten.
                replaces: recorded(input.year, input.month),
              },
              {
                onSuccess: () => form.resetFields(['domesticWan', 'foreignUsdWan']),
                onError: (e) => showError(e, { form, fields: ['year', 'month', 'domesticWan', 'foreignUsdWan'] }),
              },
            )
          }
        >
          <Form.Item name="year" label={t('capital.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="month" label={t('capital.month')} rules={[{ required: true }]}>
            <InputNumber min={1} max={12} precision={0} />
          </Form.Item>
          <Form.Item name="domesticWan" label={t('capital.domestic')} rules={[{ required: true }]}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="foreignUsdWan" label={t('capital.foreign')}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {t('capital.record')}
          </Button>
        </Form>
      )}
    </Space>
  );
}
