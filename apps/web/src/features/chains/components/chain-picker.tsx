import { Select, Space } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useChainMap } from '../api.ts';
import { type ChainPick, chainOptions, pickChain, pickSegment, segmentOptions } from '../chain-picker.ts';

/**
 * Chain, then segment, picked from the map (never typed): the segment list holds the picked
 * chain's segments only. One control for the lead, filing, project and company forms
 * (a Form.Item value { chainId, segmentId }).
 */
export function ChainPicker({
  value,
  onChange,
  disabled,
  id,
}: {
  value?: ChainPick;
  onChange?: (v: ChainPick) => void;
  disabled?: boolean;
  id?: string;
}) {
  const { t, lang } = useI18n();
  const { data: map, isLoading } = useChainMap();
  const segments = segmentOptions(map, value?.chainId, lang);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select<number>
        id={id}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '50%' }}
        loading={isLoading}
        disabled={disabled}
        placeholder={t('chains.pick.chain')}
        aria-label={t('chains.chain')}
        data-testid="chain-pick"
        options={chainOptions(map, lang)}
        value={value?.chainId}
        onChange={(chainId) => onChange?.(pickChain(map, value, chainId))}
        notFoundContent={t('chains.pick.noChains')}
      />
      <Select<number>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '50%' }}
        disabled={disabled || !value?.chainId}
        placeholder={value?.chainId ? t('chains.pick.segment') : t('chains.pick.chainFirst')}
        aria-label={t('chains.segment')}
        data-testid="segment-pick"
        options={segments}
        value={value?.segmentId}
        onChange={(segmentId) => onChange?.(pickSegment(map, value, segmentId))}
        notFoundContent={t('chains.pick.noSegments')}
      />
    </Space.Compact>
  );
}
