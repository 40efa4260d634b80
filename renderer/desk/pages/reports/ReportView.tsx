import { Progress, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Breakdown, ReportBlock, TargetFigure } from '../../../../core/reports/registry';
import type { Report } from '../../../../core/reports/build';
import { ReportChart } from './ReportChart';

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** A report as every book sent it: figures, targets, and each breakdown as a chart and a table. */
export function ReportView({ report, animate = true }: { report: Report; animate?: boolean }) {
  return (
    <div className="report">
      {report.blocks.map((b) => (
        <BlockView key={b.book} block={b} animate={animate} />
      ))}
    </div>
  );
}

function BlockView({ block, animate }: { block: ReportBlock; animate: boolean }) {
  const { t } = useTranslation('reports');
  return (
    <section className="report-block" aria-label={block.title}>
      <h2 className="report-block-title">{block.title}</h2>
      <dl className="report-figures">
        {block.figures.map((f) => (
          <div key={f.key} className="report-figure">
            <dt>{f.label}</dt>
            <dd>{f.value ?? '—'}</dd>
          </div>
        ))}
      </dl>
      {block.targets.length > 0 && (
        <div className="report-targets">
          {block.targets.map((g) => (
            <TargetRow key={g.key} g={g} />
          ))}
        </div>
      )}
      <div className="report-breakdowns">
        {block.breakdowns.map((d) => (
          <BreakdownView key={d.key} d={d} animate={animate} chartLabel={t('chart', { title: d.title })} />
        ))}
      </div>
    </section>
  );
}

function TargetRow({ g }: { g: TargetFigure }) {
  const { t } = useTranslation('reports');
  return (
    <div className="report-target">
      <span className="report-target-label">
        {g.label} <small>({g.numerator}/{g.denominator})</small>
      </span>
      <Progress
        percent={g.share === null ? 0 : Math.round(g.share * 1000) / 10}
        success={{ percent: 0 }}
        status={g.met === false ? 'exception' : 'normal'}
        format={() => (g.share === null ? t('noData') : pct(g.share))}
        aria-label={g.label}
      />
      <span className="report-target-goal">{t('target', { pct: pct(g.target) })}</span>
      {g.met !== null && <Tag className={g.met ? 'tag-met' : 'tag-missed'}>{t(g.met ? 'met' : 'missed')}</Tag>}
    </div>
  );
}

function BreakdownView({ d, animate, chartLabel }: { d: Breakdown; animate: boolean; chartLabel: string }) {
  const rows = d.rows.map((r, i) => ({ key: i, label: r.label, ...Object.fromEntries(r.values.map((v, j) => [`c${j}`, v ?? '—'])) }));
  return (
    <figure className={d.chart ? 'report-breakdown with-chart' : 'report-breakdown'}>
      <figcaption>{d.title}</figcaption>
      {d.chart && <ReportChart breakdown={d} label={chartLabel} animate={animate} />}
      {/* A long or wide table scrolls in its own box; focusable so the keyboard can scroll it too. */}
      <div className="report-table" tabIndex={0} role="group" aria-label={d.title}>
        <Table
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[{ title: '', dataIndex: 'label' }, ...d.columns.map((c, j) => ({ title: c, dataIndex: `c${j}`, align: 'right' as const }))]}
        />
      </div>
    </figure>
  );
}
