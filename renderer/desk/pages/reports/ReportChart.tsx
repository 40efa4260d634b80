import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { Breakdown } from '../../../../core/reports/registry';

// SVG, not canvas: crisp when printed, and the text stays text in the PDF.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

// Distinct on white and on each other for the common colour-vision deficiencies.
const PALETTE = ['#2359d1', '#e07b00', '#1f8a4c', '#c5302c', '#7b4fc9', '#0f8b8d', '#8a6d1f'];

function option(b: Breakdown, animate: boolean): echarts.EChartsCoreOption {
  const base = { color: PALETTE, animation: animate, textStyle: { fontFamily: 'Noto Sans SC, sans-serif' }, tooltip: { trigger: b.chart === 'pie' ? 'item' : 'axis' } };
  if (b.chart === 'pie') {
    return {
      ...base,
      legend: { top: 0 },
      // Empty slices are left out: their labels would only crowd the real ones (the table keeps the zeros).
      series: [
        {
          type: 'pie',
          center: ['50%', '56%'],
          radius: ['32%', '60%'],
          label: { formatter: '{b}: {c}' },
          data: b.rows.filter((r) => (r.values[0] ?? 0) > 0).map((r) => ({ name: r.label, value: r.values[0] })),
        },
      ],
    };
  }
  const multi = b.columns.length > 1;
  return {
    ...base,
    legend: multi ? { top: 0 } : undefined,
    grid: { left: 40, right: 16, top: multi ? 36 : 16, bottom: 28 },
    xAxis: { type: 'category', data: b.rows.map((r) => r.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: b.columns.map((c, i) => ({
      name: c,
      type: b.chart === 'line' ? 'line' : 'bar',
      stack: b.chart === 'stacked' ? 'all' : undefined,
      data: b.rows.map((r) => r.values[i] ?? 0),
    })),
  };
}

/** One breakdown as a chart; the same numbers are in the table beside it for screen readers. */
export function ReportChart({ breakdown, label, animate = true }: { breakdown: Breakdown; label: string; animate?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(ref.current!, undefined, { renderer: 'svg' });
    chart.setOption(option(breakdown, animate));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [breakdown, animate]);
  return <div ref={ref} className="report-chart" role="img" aria-label={label} />;
}
