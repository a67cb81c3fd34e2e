import { formatMoney } from '@zhaoshang/shared';
import { Card, Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { mayOnRecord } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useChainMap } from '../../chains/api.ts';
import { pickLabel } from '../../chains/chain-picker.ts';
import { SourceEventPicker } from '../../events/components/source-event-picker.tsx';
import type { Project } from '../api.ts';
import { useProjectLabels } from '../hooks/use-project-labels.ts';
import { AmountText } from './amount-text.tsx';

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const or = (value: ReactNode) => (value === null || value === undefined || value === '' ? dash : value);

/** The key facts of a project, as a leader reads them at a glance. */
export function ProjectFacts({ project: p }: { project: Project }) {
  const { t, lang } = useI18n();
  const labels = useProjectLabels();
  const me = useSessionUser();
  const { data: map } = useChainMap();
  const picked = p.chainId ? pickLabel(map, { chainId: p.chainId, segmentId: p.segmentId ?? undefined }, lang) : null;
  const attributes = mayOnRecord(me, 'project.attributeEvent', {
    hostUnitId: p.hostUnit.id,
    sourceUnitIds: p.sourceUnits.map((u) => u.id),
  });
  const usd = p.foreignUsdWan === null ? null : t('project.usdWanValue', { value: formatMoney(p.foreignUsdWan) });
  const items = [
    {
      key: 'investor',
      label: t('project.investor'),
      children: or(p.company ? (p.company.uscc ? `${p.company.name}（${p.company.uscc}）` : p.company.name) : null),
      span: 2,
    },
    {
      key: 'investorType',
      label: t('project.investorType'),
      children: or(p.investorType && labels.investorTypeLabel(p.investorType)),
    },
    { key: 'chain', label: t('project.chain'), children: or(picked ?? p.chain) },
    {
      key: 'sourceEvent',
      label: t('events.sourceEvent'),
      children: <SourceEventPicker what="projects" id={p.id} value={p.event} editable={attributes} />,
    },
    { key: 'host', label: t('project.hostUnit'), children: p.hostUnit.name },
    {
      key: 'sources',
      label: t('project.sourceUnits'),
      children: or(p.sourceUnits.map((u) => u.name).join(lang === 'zh' ? '、' : ', ')),
    },
    { key: 'push', label: t('project.pushDepartment'), children: or(p.pushDepartment?.name) },
    { key: 'nurture', label: t('project.nurtureDepartment'), children: or(p.nurtureDepartment?.name) },
    { key: 'agreed', label: t('project.agreed'), children: <AmountText wan={p.agreedWan} unit /> },
    { key: 'invested', label: t('project.invested'), children: <AmountText wan={p.investedWan} unit /> },
    { key: 'foreign', label: t('project.foreign'), children: or(usd) },
    {
      key: 'jobs',
      label: t('project.expectedJobs'),
      children: or(p.expectedJobs === null ? null : p.expectedJobs.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')),
    },
    {
      key: 'tax',
      label: t('project.expectedTax'),
      children: p.expectedTaxWan === null ? dash : <AmountText wan={p.expectedTaxWan} unit />,
    },
    {
      key: 'uscc',
      label: t('project.registeredUscc'),
      children: or(p.registeredUscc && <Typography.Text copyable>{p.registeredUscc}</Typography.Text>),
    },
    {
      key: 'idle',
      label: t('project.stageChangedOn'),
      children:
        p.idleDays > 0 ? t('project.stageChangedLine', { date: p.stageChangedOn, days: p.idleDays }) : p.stageChangedOn,
    },
    ...(p.expansionOf
      ? [
          {
            key: 'expansion',
            label: t('project.expansionOf'),
            children: <Link to={`/projects/${p.expansionOf}`}>#{p.expansionOf}</Link>,
          },
        ]
      : []),
    {
      key: 'notes',
      label: t('project.notes'),
      children: or(p.notes && <span style={{ whiteSpace: 'pre-wrap' }}>{p.notes}</span>),
      span: 2,
    },
  ];
  return (
    <Card title={t('project.facts')}>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        size="small"
        bordered
        items={items}
        styles={{ label: { width: 130, whiteSpace: 'nowrap' } }}
      />
    </Card>
  );
}
