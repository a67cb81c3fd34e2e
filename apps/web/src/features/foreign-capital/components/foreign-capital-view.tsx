import { Card, Flex, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { shanghaiToday } from '../../../components/format.ts';
import { may } from '../../../components/policy.ts';
import { useSearchState } from '../../../components/use-search-state.ts';
import { yearFromSearch } from '../../../components/year.ts';
import { YearPicker } from '../../../components/year-picker.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useTargets } from '../../schemes/api.ts';
import { TargetsTab } from '../../schemes/components/targets-tab.tsx';
import { useForeignCapital } from '../api.ts';
import { ForeignCapitalTab } from './foreign-capital-tab.tsx';

/** 外资与目标: actual use of foreign capital by unit and month, and each unit's targets for the year. */
export function ForeignCapitalView() {
  const { t } = useI18n();
  const me = useSessionUser();
  const canEdit = may(me, 'foreignCapital.manage');
  const thisYear = shanghaiToday().year();
  const [state, setState] = useSearchState(['year', 'tab'] as const);
  const year = yearFromSearch(state.year, thisYear);
  const tab = state.tab === 'targets' ? 'targets' : 'foreign';
  const foreign = useForeignCapital(year);
  const targets = useTargets(year);
  const error = foreign.error ?? targets.error;
  const ready = foreign.data && targets.data;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Space align="center">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('foreign.title', { year })}
            </Typography.Title>
            {canEdit ? null : <Tag color="blue">{t('scheme.readOnly')}</Tag>}
          </Space>
          <YearPicker
            year={year}
            last={thisYear}
            onChange={(y) => setState({ year: y === thisYear ? undefined : y })}
          />
        </Flex>
      </Card>
      {error ? (
        <ErrorAlert
          error={error}
          onRetry={() => {
            void foreign.refetch();
            void targets.refetch();
          }}
        />
      ) : null}
      {ready ? (
        <Card size="small">
          <Tabs
            activeKey={tab}
            onChange={(key) => setState({ tab: key === 'targets' ? 'targets' : undefined })}
            items={[
              {
                key: 'foreign',
                label: t('foreign.tab.used'),
                // A year change starts from that year's saved figures.
                children: (
                  <ForeignCapitalTab
                    key={year}
                    year={year}
                    entries={foreign.data}
                    targets={targets.data}
                    canEdit={canEdit}
                  />
                ),
              },
              {
                key: 'targets',
                label: t('foreign.tab.targets'),
                children: <TargetsTab key={year} year={year} targets={targets.data} canEdit={canEdit} />,
              },
            ]}
          />
        </Card>
      ) : error ? null : (
        <Card>
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      )}
    </Space>
  );
}
