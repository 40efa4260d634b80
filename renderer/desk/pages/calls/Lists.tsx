import { useState, type ReactNode } from 'react';
import { App as AntApp, Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { CaseDrawer } from './CaseDrawer';
import { useCalls } from './store';

const hm = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const dayHm = (ms: number) => new Date(ms).toLocaleString([], { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
type Due = 'overdue' | 'soon' | 'later' | null;
const dueClass = (due: Due) => (due === 'overdue' ? 'due-overdue' : due === 'soon' ? 'due-soon' : undefined);

/** One titled panel of the page; the title names the region for screen readers and tests. */
function Panel({ id, title, empty, children }: { id: string; title: string; empty?: string | null; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id} className="panel-title">
        {title}
      </h2>
      {empty && <p className="empty-line">{empty}</p>}
      {children}
    </section>
  );
}

/** The desk's figures for today, at a glance. */
export function KpiStrip() {
  const { t } = useTranslation('calls');
  const { kpis, messages, cases } = useCalls();
  const overdue = messages.filter((m) => m.due === 'overdue').length;
  const share = kpis?.withinThreeRingsShare;
  const items = [
    { key: 'today', value: kpis?.calls ?? 0 },
    { key: 'withinRings', value: share == null ? '—' : `${Math.round(share * 100)}%` },
    { key: 'openMessages', value: messages.length },
    { key: 'overdue', value: overdue, bad: overdue > 0 },
    { key: 'openCases', value: cases.length },
  ] as const;
  return (
    <dl className="kpi-strip">
      {items.map((i) => (
        <div key={i.key} className={'bad' in i && i.bad ? 'kpi kpi-bad' : 'kpi'}>
          <dt>{t(`kpi.${i.key}`)}</dt>
          <dd>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function TodayCalls() {
  const { t } = useTranslation('calls');
  const { calls, loaded } = useCalls();
  return (
    <Panel id="calls-today" title={t('today.title')}>
      <Table
        rowKey="id"
        size="small"
        loading={!loaded}
        dataSource={calls}
        pagination={calls.length > 20 ? { pageSize: 20 } : false}
        // antd greys the empty text below AA contrast; the page's muted colour passes.
        locale={{ emptyText: <span className="empty-line">{t('today.empty')}</span> }}
        columns={[
          { title: t('today.time'), dataIndex: 'receivedAt', width: 70, render: (v: number) => hm(v) },
          {
            title: t('today.caller'),
            render: (_, c) => (
              <span>
                {c.callerName} <span className="muted">{c.callerPhone}</span>
                {c.lateAnswer && <Tag className="tag-late">{t('today.late')}</Tag>}
              </span>
            ),
          },
          { title: t('today.reason'), dataIndex: 'reason', width: 70, render: (r: 'other') => t(`reason.${r}`) },
          { title: t('today.summary'), dataIndex: 'summary', ellipsis: true },
          {
            title: t('today.outcome'),
            width: 150,
            render: (_, c) => `${t(`outcome.${c.outcome}`)}${c.toStaffName ? ` → ${c.toStaffName}` : ''}`,
          },
        ]}
      />
    </Panel>
  );
}

/** Open messages, most urgent first; one click records the delivery or the callback. */
export function OpenMessages() {
  const { t } = useTranslation('calls');
  const { message } = AntApp.useApp();
  const { messages, load } = useCalls();
  const act = async (a: Promise<Answer<unknown>>, done: string) => {
    const r = await a;
    if (r.ok) void message.success(done);
    else void message.error(r.error.message);
    await load();
  };
  return (
    <Panel id="calls-messages" title={t('messages.title')} empty={messages.length === 0 ? t('messages.empty') : null}>
      <ul className="open-list">
        {messages.map((m) => (
          <li key={m.id} className={dueClass(m.due)} aria-label={`${m.callerName} → ${m.forStaffName ?? ''}`}>
            <div className="open-main">
              <strong>{m.callerName}</strong> <span className="muted">{m.callerPhone}</span> · {t('messages.for')} {m.forStaffName}
              <div>{m.text}</div>
            </div>
            <div className="open-side">
              <span className="due-label">
                {t('messages.due')} {dayHm(m.callbackDueAt)}
                {m.due !== 'later' && <Tag className={`tag-${m.due}`}>{t(`messages.${m.due}`)}</Tag>}
              </span>
              <span className="muted">{m.status === 'undelivered' ? t('messages.undelivered') : t('messages.awaitingCallback')}</span>
              <span className="row-actions">
                {m.status === 'undelivered' && (
                  <Button size="small" onClick={() => void act(invoke('messages.deliver', { id: m.id }), t('messages.delivered'))}>
                    {t('messages.deliver')}
                  </Button>
                )}
                <Button size="small" onClick={() => void act(invoke('messages.callbackDone', { id: m.id }), t('messages.done'))}>
                  {t('messages.callbackDone')}
                </Button>
              </span>
            </div>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

/** Open complaints, most urgent first; 处理 opens the case to note, move or close it. */
export function OpenCases() {
  const { t } = useTranslation('calls');
  const { cases, load } = useCalls();
  const [working, setWorking] = useState<string | null>(null);
  return (
    <Panel id="calls-cases" title={t('cases.title')} empty={cases.length === 0 ? t('cases.empty') : null}>
      <ul className="open-list">
        {cases.map((c) => (
          <li key={c.id} className={dueClass(c.due)} aria-label={`${c.number} ${c.complainantName}`}>
            <div className="open-main">
              <strong>{c.number}</strong> {c.complainantName}
              <div>{c.summary}</div>
            </div>
            <div className="open-side">
              <span className="due-label">
                {t('cases.due')} {dayHm(c.dueAt)}
                {c.due && c.due !== 'later' && <Tag className={`tag-${c.due}`}>{t(`messages.${c.due}`)}</Tag>}
              </span>
              <span className="muted">
                {t('cases.owner')} {c.ownerName}
                {c.escalatedAt && ` · ${t('cases.escalated')} ${c.escalatedToName ?? ''}`}
              </span>
              <span className="row-actions">
                <Button size="small" onClick={() => setWorking(c.id)}>
                  {t('cases.work')}
                </Button>
              </span>
            </div>
          </li>
        ))}
      </ul>
      <CaseDrawer
        caseId={working}
        onClose={() => {
          setWorking(null);
          void load();
        }}
      />
    </Panel>
  );
}
