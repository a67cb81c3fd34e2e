import { parseWan } from '@zhaoshang/shared';
import { Button, Checkbox, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { ChainPicker } from '../../chains/components/chain-picker.tsx';
import { EventFilterTag } from '../../events/components/event-filter-tag.tsx';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import type { ProjectFilters as Filters } from '../api.ts';
import { useProjectLabels } from '../hooks/use-project-labels.ts';
import { DATE } from '../project-form-values.ts';
import { choicesOf } from '../project-list-state.ts';
import { CommitInput } from './commit-input.tsx';

const isWan = (text: string) => 'value' in parseWan(text);
const FLAGS = ['majorOnly', 'stalled', 'missingEvidence', 'outsideRecommendation'] as const;

/** The list filters; every change goes to the URL (and so to the server-paged list). */
export function ProjectFilters({
  values,
  onChange,
  onReset,
}: {
  values: Filters;
  onChange: (changes: Partial<Filters>) => void;
  onReset: () => void;
}) {
  const { t } = useI18n();
  const labels = useProjectLabels();
  const units = useUnitOptions(values.unitId ? Number(values.unitId) : undefined);
  const flagLabels = {
    majorOnly: t('project.filter.majorOnly'),
    stalled: t('project.filter.stalled'),
    missingEvidence: t('project.filter.missingEvidence'),
    outsideRecommendation: t('chains.filterOutside'),
  };
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%', marginBottom: 16 }}>
      <Space wrap size="small">
        {values.eventId ? (
          <EventFilterTag eventId={Number(values.eventId)} onClear={() => onChange({ eventId: undefined })} />
        ) : null}
        <CommitInput
          allowClear
          style={{ width: 220 }}
          placeholder={t('project.filter.q')}
          aria-label={t('project.filter.q')}
          value={values.q}
          onCommit={(q) => onChange({ q })}
        />
        <Select<string[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ width: 260 }}
          placeholder={t('project.filter.stages')}
          aria-label={t('project.stage')}
          options={labels.stageOptions}
          value={choicesOf(values.stage)}
          onChange={(stages) => onChange({ stage: stages.join(',') || undefined })}
        />
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          placeholder={t('project.filter.unit')}
          aria-label={t('project.filter.unit')}
          loading={units.loading}
          options={units.options}
          value={values.unitId ? Number(values.unitId) : undefined}
          onChange={(unitId) => onChange({ unitId: unitId === undefined ? undefined : String(unitId) })}
        />
        <Select<string[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ width: 200 }}
          placeholder={t('project.filter.status')}
          aria-label={t('common.status')}
          options={labels.statusOptions}
          value={choicesOf(values.status)}
          onChange={(statuses) => onChange({ status: statuses.join(',') || undefined })}
        />
        <Select<string>
          allowClear
          style={{ width: 170 }}
          placeholder={t('project.filter.investorType')}
          aria-label={t('project.investorType')}
          options={labels.investorTypeOptions}
          value={values.investorType}
          onChange={(investorType) => onChange({ investorType })}
        />
      </Space>
      <Space wrap size="small">
        <div style={{ width: 340 }}>
          <ChainPicker
            value={{
              chainId: values.chainId ? Number(values.chainId) : undefined,
              segmentId: values.segmentId ? Number(values.segmentId) : undefined,
            }}
            onChange={(p) =>
              onChange({
                chainId: p.chainId === undefined ? undefined : String(p.chainId),
                segmentId: p.segmentId === undefined ? undefined : String(p.segmentId),
              })
            }
          />
        </div>
        <CommitInput
          allowClear
          style={{ width: 150 }}
          placeholder={t('project.filter.chain')}
          aria-label={t('project.chain')}
          value={values.chain}
          onCommit={(chain) => onChange({ chain })}
        />
        <Space.Compact>
          <CommitInput
            style={{ width: 150 }}
            inputMode="decimal"
            placeholder={t('project.filter.amountMin')}
            aria-label={t('project.filter.amountMin')}
            value={values.amountMinWan}
            check={isWan}
            onCommit={(amountMinWan) => onChange({ amountMinWan })}
          />
          <CommitInput
            style={{ width: 150 }}
            inputMode="decimal"
            placeholder={t('project.filter.amountMax')}
            aria-label={t('project.filter.amountMax')}
            value={values.amountMaxWan}
            check={isWan}
            onCommit={(amountMaxWan) => onChange({ amountMaxWan })}
          />
        </Space.Compact>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('project.filter.signedFrom'), t('project.filter.signedTo')]}
          value={[values.signedFrom ? dayjs(values.signedFrom) : null, values.signedTo ? dayjs(values.signedTo) : null]}
          onChange={(range) => onChange({ signedFrom: range?.[0]?.format(DATE), signedTo: range?.[1]?.format(DATE) })}
        />
        {FLAGS.map((flag) => (
          <Checkbox
            key={flag}
            checked={values[flag] === 'true'}
            onChange={(e) => onChange({ [flag]: e.target.checked ? 'true' : undefined })}
          >
            {flagLabels[flag]}
          </Checkbox>
        ))}
        <Button type="link" onClick={onReset}>
          {t('common.reset')}
        </Button>
      </Space>
    </Space>
  );
}
