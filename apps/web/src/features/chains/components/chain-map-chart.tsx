import { Space } from 'antd';
import { TreeChart } from 'echarts/charts';
import { TitleComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ChainMap } from '../api.ts';
import { chainMapOption, GAP_COLORS } from '../map-option.ts';
import { stagesLine } from '../stage-links.ts';

use([TreeChart, TitleComponent, TooltipComponent, CanvasRenderer]);

/** The map as a tree; a click on a segment opens its local firms. */
export function ChainMapChart({
  map,
  onSegment,
}: {
  map: ChainMap;
  onSegment: (chainId: number, segmentId: number) => void;
}) {
  const { t, lang } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const { option, height } = useMemo(
    () =>
      chainMapOption(map, {
        title: t('chains.chartTitle'),
        unit: '',
        stages: (byStage) => t('chains.stagesTip', { stages: stagesLine(byStage, lang) }),
      }),
    [map, t, lang],
  );
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const chart = init(el, undefined, { renderer: 'canvas' });
    chart.setOption(option as never, { notMerge: true });
    chart.on('click', (p) => {
      const d = p.data as { segmentId?: number; chainId?: number } | undefined;
      if (d?.segmentId && d.chainId) onSegment(d.chainId, d.segmentId);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option, onSegment]);
  return (
    <div>
      <Space wrap style={{ justifyContent: 'center', width: '100%' }} aria-label={t('chains.legend')}>
        {(['ok', 'missing', 'weak'] as const).map((k) => (
          <span key={k}>
            <span
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                borderRadius: 5,
                marginRight: 6,
                background: GAP_COLORS[k],
              }}
            />
            {t(`chains.legend.${k}`)}
          </span>
        ))}
        <span>{t('chains.legendNumbers')}</span>
      </Space>
      <div ref={element} role="img" aria-label={t('chains.chartTitle')} style={{ height, width: '100%' }} />
    </div>
  );
}
