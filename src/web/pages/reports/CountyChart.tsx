// One indicator across the townships: a bar per township for the figure its report states and one
// for the ledger's. Loaded lazily (its own chunk), with only the ECharts modules it uses.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { L } from '../../labels.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const T = L.countyReports.indicators;

export interface ChartProps {
  townships: string[];
  stated: (number | null)[];
  ledger: (number | null)[];
  unit: string;
}

export default function CountyChart({ townships, stated, ledger, unit }: ChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        color: ['#1677ff', '#91caff'],
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          valueFormatter: (v: unknown) => (v === null || v === undefined ? T.none : `${v}${unit}`),
        },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 36, bottom: 28, containLabel: true },
        xAxis: { type: 'category', data: townships, axisLabel: { interval: 0 } },
        yAxis: { type: 'value', name: unit, minInterval: 1 },
        series: [
          { name: T.stated, type: 'bar', data: stated, barMaxWidth: 28 },
          { name: T.ledger, type: 'bar', data: ledger, barMaxWidth: 28 },
        ],
      },
      true,
    );
  }, [townships, stated, ledger, unit]);

  return <div ref={el} data-testid="county-chart" style={{ width: '100%', height: 320 }} />;
}
