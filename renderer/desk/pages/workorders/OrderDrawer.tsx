import { useState } from 'react';
import { Alert, App as AntApp, Button, Descriptions, Drawer, Select, Space, Tag, Timeline } from 'antd';
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../core/api-types';
import type { SlipTemplate } from '../../../../core/workorders/schemas';
import { invoke } from '../../../api/client';
import { placeOf } from '../../../print/views/slip/SlipCopy';
import { printSlip, SLIP_TEMPLATES } from './printSlip';
import { STEP_LABEL, StepModal, type FormStep } from './StepModal';
import type { Detail } from './useWorkOrders';

const time = (ms: number | null | undefined) => (ms ? dayjs(ms).format('MM-DD HH:mm') : '—');

type Step = FormStep | 'arrived' | 'returnSlip';

/** What the desk can do next from each status; the first is the usual next step. */
const NEXT: Record<string, Step[]> = {
  new: ['dispatch', 'cancel'],
  dispatched: ['arrived', 'complete', 'dispatch', 'cancel'],
  arrived: ['complete'],
  completed: ['callback'],
  rework: ['rework'],
  closed: [],
  cancelled: [],
};

const LABEL: Record<Step, string> = {
  ...STEP_LABEL,
  arrived: 'action.arrived',
  returnSlip: 'action.returnSlip',
};

function eventText(t: TFunction<'workorders'>, e: Detail['events'][number]): string {
  const d = e.data as Record<string, unknown>;
  const base = t(`event.${e.type}` as 'event.created', {
    worker: String(d.workerName ?? ''),
    template: t(`template.${String(d.template)}` as 'template.a4'),
    satisfaction: t(`satisfaction.${String(d.satisfaction)}` as 'satisfaction.fair'),
  });
  const note = [d.reason, d.result, d.notes, d.note, d.materials].filter((x) => typeof x === 'string' && x).join('；');
  return note ? `${base}：${note}` : base;
}

/** A status tag in the page's own AA-contrast colours (antd's gold and green tags are too pale). */
export const StatusTag = ({ status, label }: { status: string; label: string }) => <Tag className={`wo-status wo-status-${status}`}>{label}</Tag>;

/** The selected order: its fields, the next steps, printing, conflicts and the full history. */
export function OrderDrawer({ order, onClose, onChange, template, setTemplate }: {
  order: Detail | null;
  onClose(): void;
  onChange(d: Detail): void;
  template: SlipTemplate;
  setTemplate(t: SlipTemplate): void;
}) {
  const { t } = useTranslation('workorders');
  const { message } = AntApp.useApp();
  const [step, setStep] = useState<FormStep | null>(null);
  const [conflictId, setConflictId] = useState<string | null>(null);

  if (!order) return null;

  const done = (d: Detail, label: string) => {
    setStep(null);
    onChange(d);
    void message.success(t('drawer.done', { action: label, number: d.number }));
  };
  const direct = async (s: 'arrived' | 'returnSlip') => {
    const a: Answer<Detail> =
      s === 'arrived' ? await invoke('workOrders.confirmArrival', { id: order.id }) : await invoke('workOrders.returnSlip', { id: order.id });
    if (a.ok) done(a.value, t(LABEL[s] as 'action.arrived'));
    else void message.error(a.error.message);
  };
  const run = (s: Step) => (s === 'arrived' || s === 'returnSlip' ? void direct(s) : setStep(s));
  const print = async (pdf: boolean) => {
    const a = await printSlip(order.id, template, pdf);
    if (!a.ok) return void message.error(a.error.message);
    const fresh = await invoke('workOrders.get', { id: order.id });
    if (fresh.ok) onChange(fresh.value);
  };

  const steps = [...NEXT[order.status]];
  if (order.printCount > 0 && !order.slipReturned && !['new', 'dispatched', 'arrived'].includes(order.status)) steps.push('returnSlip');
  const openConflicts = order.conflicts.filter((c) => !c.resolved);

  return (
    <Drawer
      open
      rootClassName="wo-drawer"
      size={560}
      onClose={onClose}
      title={
        <span className="wo-drawer-title">
          {order.number}
          <StatusTag status={order.status} label={t(`status.${order.status}`)} />
          {order.priority === 'urgent' && <Tag color="red">{t('priority.urgent')}</Tag>}
        </span>
      }
    >
      {openConflicts.map((c) => (
        <Alert
          key={c.eventId}
          type="warning"
          showIcon
          className="panel-note"
          title={`${t('drawer.conflict')}（${t(`event.${c.type}` as 'event.created', { worker: '', template: '', satisfaction: '' })}）`}
          action={
            <Button size="small" onClick={() => (setConflictId(c.eventId), setStep('resolve'))}>
              {t('action.resolve')}
            </Button>
          }
        />
      ))}
      <Space wrap className="wo-steps">
        {steps.map((s, i) => (
          <Button key={s} type={i === 0 ? 'primary' : 'default'} danger={s === 'cancel'} onClick={() => run(s)}>
            {t(LABEL[s] as 'action.dispatch')}
          </Button>
        ))}
      </Space>
      {order.status !== 'cancelled' && (
        <Space wrap className="wo-print">
          <Select<SlipTemplate>
            aria-label={t('action.print')}
            value={template}
            onChange={setTemplate}
            options={SLIP_TEMPLATES.map((x) => ({ value: x, label: t(`template.${x}`) }))}
            style={{ width: 170 }}
          />
          <Button icon={<PrinterOutlined />} onClick={() => void print(false)}>
            {t(order.printCount > 0 ? 'action.reprint' : 'action.print')}
          </Button>
          <Button icon={<FilePdfOutlined />} onClick={() => void print(true)}>
            {t('action.pdf')}
          </Button>
          <span className="text-secondary">{order.printCount > 0 ? t('drawer.printed', { count: order.printCount }) : t('drawer.notPrinted')}</span>
        </Space>
      )}
      <Descriptions
        column={2}
        size="small"
        bordered
        items={[
          { key: 'r', label: t('field.reporterName'), children: order.reporterName },
          { key: 'p', label: t('field.reporterPhone'), children: order.reporterPhone },
          { key: 'l', label: t('field.place'), children: placeOf(order), span: 2 },
          { key: 'c', label: t('field.category'), children: order.category },
          { key: 's', label: t('field.source'), children: t(`source.${order.source}` as 'source.call') },
          { key: 'd', label: t('field.description'), children: <span className="wo-description">{order.description}</span>, span: 2 },
          { key: 'a', label: t('field.appointmentAt'), children: time(order.appointmentAt) },
          { key: 'w', label: t('field.worker'), children: order.workerName ?? '—' },
          { key: 'by', label: t('drawer.createdBy'), children: order.createdByName ?? '—' },
          { key: 'sat', label: t('field.satisfaction'), children: order.satisfaction ? t(`satisfaction.${order.satisfaction}`) : '—' },
        ]}
      />
      <h2 className="wo-history-title">{t('drawer.history')}</h2>
      <Timeline
        items={order.events.map((e) => ({
          key: e.id,
          color: e.conflict ? 'red' : 'blue',
          content: (
            <div className={e.conflict ? 'wo-event wo-event-conflict' : 'wo-event'}>
              <span className="wo-event-time">{dayjs(e.at).format('MM-DD HH:mm')}</span> {eventText(t, e)}
              {e.staffName && <span className="text-secondary"> · {e.staffName}</span>}
              {e.conflict && <Tag color="red">{t('tabs.conflicts')}</Tag>}
            </div>
          ),
        }))}
      />
      <StepModal
        step={step}
        order={order}
        conflictId={conflictId}
        onClose={() => setStep(null)}
        onDone={(d) => done(d, step ? t(LABEL[step] as 'action.dispatch') : '')}
      />
    </Drawer>
  );
}
