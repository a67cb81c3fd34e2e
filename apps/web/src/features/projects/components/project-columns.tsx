import { Space, type TableColumnsType, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { GateTag } from '../../quality-gate/components/gate-tag.tsx';
import type { Project, ProjectSort } from '../api.ts';
import { AmountText } from './amount-text.tsx';
import { MajorTag, OutsideRecommendationTag, StageTag, StatusTag } from './project-tags.tsx';

/** A project idle this long (no stage reached) is worth a look. */
const IDLE_WARNING_DAYS = 180;

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const clipped = (text: string | null | undefined) =>
  text ? <Typography.Text ellipsis={{ tooltip: text }}>{text}</Typography.Text> : dash;

/** The project table's columns; `sort`/`desc` mark the column the server sorted by. */
export function useProjectColumns(sort: ProjectSort, desc: boolean): TableColumnsType<Project> {
  const { t, lang } = useI18n();
  const order = (key: ProjectSort): SortOrder => (sort === key ? (desc ? 'descend' : 'ascend') : null);
  const sortable = (key: ProjectSort, first: 'ascend' | 'descend' = 'descend') => ({
    key,
    sorter: true,
    sortOrder: order(key),
    sortDirections:
      first === 'ascend' ? (['ascend', 'descend'] as SortOrder[]) : (['descend', 'ascend'] as SortOrder[]),
  });
  return [
    {
      title: t('project.name'),
      dataIndex: 'name',
      ...sortable('name', 'ascend'),
      fixed: 'left',
      width: 250,
      render: (name: string, p) => (
        <Space size={4} style={{ maxWidth: '100%' }}>
          <Link
            to={`/projects/${p.id}`}
            style={{
              display: 'inline-block',
              maxWidth: p.major ? 180 : 226,
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              whiteSpace: 'nowrap',
              verticalAlign: 'bottom',
            }}
            title={name}
          >
            {name}
          </Link>
          {p.major ? <MajorTag /> : null}
        </Space>
      ),
    },
    {
      title: t('project.stageStatus'),
      key: 'stage',
      width: 190,
      render: (_, p) => (
        <Space size={0} wrap>
          <StageTag stage={p.stage} />
          <StatusTag project={p} />
          <GateTag gate={p.gate} />
        </Space>
      ),
    },
    {
      title: t('project.agreedShort'),
      dataIndex: 'agreedWan',
      ...sortable('agreed'),
      align: 'right',
      width: 170,
      render: (wan: string) => <AmountText wan={wan} />,
    },
    { title: t('project.signedOn'), ...sortable('signedOn'), width: 120, render: (_, p) => p.stages.signed ?? dash },
    {
      title: t('project.hostUnit'),
      key: 'host',
      width: 160,
      render: (_, p) => (
        <>
          {clipped(p.hostUnit.name)}
          {p.outsideRecommendation ? <OutsideRecommendationTag /> : null}
        </>
      ),
    },
    {
      title: t('project.sourceUnits'),
      key: 'sources',
      width: 170,
      render: (_, p) => clipped(p.sourceUnits.map((u) => u.name).join(lang === 'zh' ? '、' : ', ')),
    },
    { title: t('project.investor'), key: 'investor', width: 190, render: (_, p) => clipped(p.company?.name) },
    { title: t('project.chain'), dataIndex: 'chain', width: 120, render: clipped },
    { title: t('project.stageChangedOn'), dataIndex: 'stageChangedOn', ...sortable('stageChangedOn'), width: 140 },
    {
      title: t('project.idleDays'),
      dataIndex: 'idleDays',
      align: 'right',
      width: 110,
      render: (days: number) => (
        <Typography.Text type={days >= IDLE_WARNING_DAYS ? 'warning' : undefined}>
          {t('project.days', { days })}
        </Typography.Text>
      ),
    },
  ];
}
