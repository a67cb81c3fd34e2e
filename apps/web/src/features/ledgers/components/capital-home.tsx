import { DownloadOutlined, ImportOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { shanghaiToday } from '../../../components/format.ts';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { may } from '../../../components/policy.ts';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { CAPITAL_IMPORT_COLUMNS, type CapitalReport, capitalKey, useCapitalReport } from '../api.ts';
import { sharePercent, yearOnYear } from '../capital-chart.ts';
import { CapitalChart } from './capital-chart.tsx';

const WINDOW_KEYS = ['from', 'to'] as const;

type Row = CapitalReport['city'] & { key: string; name: string };

/** Capital arrived per unit and for the city over a window (year to date by default), year on year, with the chart. */
export function CapitalHome() {
  const { t } = useI18n();
  const me = useSessionUser();
  const queryClient = useQueryClient();
  const [importing, setImporting] = useState(false);
  const [state, setState] = useSearchState(WINDOW_KEYS);
  const year = shanghaiToday().year();
  const window = { from: state.from || `${year}-01-01`, to: state.to || `${year}-12-31` };
  const report = useCapitalReport(window);
  const columns: TableColumnsType<Row> = [
    { key: 'name', dataIndex: 'name', title: t('capital.unit') },
    { key: 'domestic', dataIndex: 'domesticWan', title: t('capital.domestic'), align: 'right' },
    { key: 'foreign', dataIndex: 'foreignUsdWan', title: t('capital.foreign'), align: 'right' },
    { key: 'agreed', dataIndex: 'agreed', title: t('capital.agreed'), align: 'right' },
    { key: 'toDate', dataIndex: 'arrivedToDateWan', title: t('capital.toDate'), align: 'right' },
    { key: 'share', title: t('capital.share'), align: 'right', render: (_, r) => sharePercent(r.share) },
    { key: 'lastYear', title: t('capital.lastYear'), align: 'right', render: (_, r) => r.lastYear.domesticWan },
    {
      key: 'yoy',
      title: t('capital.yoy'),
      align: 'right',
      render: (_, r) => yearOnYear(r.domesticWan, r.lastYear.domesticWan),
    },
  ];
  const data = report.data;
  const rows: Row[] = data
    ? [
        { key: 'city', name: t('capital.city'), ...data.city },
        ...data.units.map(({ unit, ...f }) => ({ key: String(unit.id), name: unit.name, ...f })),
      ]
    : [];
  return (
    <Card
      title={t('capital.title')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} href="/api/v1/capital/export">
            {t('ledgers.export')}
          </Button>
          {may(me, 'capital.import') && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('ledgers.import')}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('capital.window')}</Typography.Text>
        <Input
          key={`from-${window.from}`}
          defaultValue={window.from}
          style={{ width: 130 }}
          aria-label="from"
          onBlur={(e) => setState({ from: e.target.value.trim() || undefined })}
        />
        <Input
          key={`to-${window.to}`}
          defaultValue={window.to}
          style={{ width: 130 }}
          aria-label="to"
          onBlur={(e) => setState({ to: e.target.value.trim() || undefined })}
        />
      </Space>
      {report.error && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      {data && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('capital.foreignUsed', {
              used: data.foreign.usedUsdWan,
              lastUsed: data.foreign.lastYear.usedUsdWan,
              signed: data.foreign.newSignedUsdWan,
              lastSigned: data.foreign.lastYear.newSignedUsdWan,
            })}
          />
          <Table<Row> rowKey="key" columns={columns} dataSource={rows} pagination={false} size="middle" />
          <CapitalChart months={data.months} />
        </>
      )}
      <ImportWizard
        open={importing}
        onClose={() => setImporting(false)}
        title={t('capital.importTitle')}
        endpoint="/imports/capital"
        templateColumns={CAPITAL_IMPORT_COLUMNS}
        templateFileName={t('capital.importTemplateFile')}
        readyText={t('ledgers.importReady')}
        onImported={() => void queryClient.invalidateQueries({ queryKey: capitalKey })}
      />
    </Card>
  );
}
