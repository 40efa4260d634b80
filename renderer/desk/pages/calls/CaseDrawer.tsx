import { useCallback, useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, DatePicker, Descriptions, Drawer, Form, Input, Radio, Select, Tag, Timeline } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { applyIssues } from '../../../components/formIssues';
import { useStaff } from '../../../stores/staff';
import { matchesStaff } from '../../signin/filterStaff';

type Detail = ProcOutput<'cases.get'>;
type FollowUp = { note?: string; dueAt?: Dayjs | null; ownerId?: string };
type Closing = { result?: string; satisfaction?: 'satisfied' | 'neutral' | 'dissatisfied' };

const time = (ms: number) => dayjs(ms).format('MM-DD HH:mm');
const SATISFACTION = ['satisfied', 'neutral', 'dissatisfied'] as const;

/**
 * One open complaint, worked from the calls page: a follow-up note or a new due time, and the close
 * with the result and the complainant's word. Enter in a field saves its form; Esc closes the drawer.
 */
export function CaseDrawer({ caseId, onClose }: { caseId: string | null; onClose(): void }) {
  const { t } = useTranslation('calls');
  const { message } = AntApp.useApp();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [followUp] = Form.useForm<FollowUp>();
  const [closing] = Form.useForm<Closing>();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const staff = useStaff((s) => s.list);
  const loadStaff = useStaff((s) => s.load);
  useEffect(() => void loadStaff(), [loadStaff]);

  const load = useCallback(async (id: string) => {
    const a = await invoke('cases.get', { id });
    if (a.ok) setDetail(a.value);
    else void message.error(a.error.message);
  }, [message]);

  // A new case starts with empty forms; what was typed for another case must not carry over.
  useEffect(() => {
    setDetail(null);
    setProblems([]);
    followUp.resetFields();
    closing.resetFields();
    if (caseId) void load(caseId);
  }, [caseId, load, followUp, closing]);

  const saveFollowUp = async (v: FollowUp) => {
    if (!caseId) return;
    setBusy(true);
    const a = await invoke('cases.update', { id: caseId, note: v.note?.trim() || undefined, dueAt: v.dueAt ? v.dueAt.valueOf() : undefined, ownerId: v.ownerId || undefined });
    setBusy(false);
    // A refusal stays on the field it names; the typed values are left as they were.
    if (!a.ok) return setProblems(applyIssues(followUp, a.error));
    setProblems([]);
    followUp.resetFields();
    void message.success(t('cases.noted'));
    await load(caseId);
  };

  const close = async (v: Closing) => {
    if (!caseId || !detail) return;
    setBusy(true);
    const a = await invoke('cases.close', { id: caseId, result: v.result?.trim() ?? '', satisfaction: v.satisfaction as Closing['satisfaction'] & string });
    setBusy(false);
    if (!a.ok) return setProblems(applyIssues(closing, a.error));
    void message.success(t('cases.closedDone', { number: detail.number }));
    onClose();
  };

  const noteText = (n: Detail['notes'][number]) =>
    n.kind === 'due_changed'
      ? `${t('cases.kind.due_changed')} ${time(Number(n.text))}`
      : n.kind === 'note'
        ? n.text
        : n.kind === 'owner_changed'
          ? `${t('cases.kind.owner_changed')} ${n.text}`
          : `${t(`cases.kind.${n.kind as 'closed'}`)}：${n.text}`;

  return (
    <Drawer
      open={!!caseId}
      onClose={onClose}
      size={520}
      rootClassName="case-drawer"
      title={detail ? `${t('cases.drawerTitle')} ${detail.number} · ${detail.complainantName}` : t('cases.drawerTitle')}
    >
      {detail && (
        <>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 's', label: t('cases.summary'), children: detail.summary },
              { key: 'p', label: t('cases.phone'), children: detail.complainantPhone ?? '—' },
              { key: 'o', label: t('cases.owner'), children: detail.ownerName },
              {
                key: 'd',
                label: t('cases.due'),
                children: (
                  <span className={detail.due === 'overdue' ? 'due-overdue-text' : undefined}>
                    {time(detail.dueAt)}
                    {detail.due && detail.due !== 'later' && <Tag className={`tag-${detail.due}`}>{t(`messages.${detail.due}`)}</Tag>}
                  </span>
                ),
              },
            ]}
          />
          <h3 className="case-section">{t('cases.history')}</h3>
          <Timeline
            items={detail.notes.map((n) => ({
              key: n.id,
              content: (
                <span>
                  <span className="muted">{time(n.at)}</span> {noteText(n)}
                  {n.staffName && <span className="muted"> · {n.staffName}</span>}
                </span>
              ),
            }))}
          />
          {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} />}
          <h3 className="case-section">{t('cases.followUp')}</h3>
          <Form form={followUp} layout="vertical" requiredMark={false} onFinish={(v) => void saveFollowUp(v)} aria-label={t('cases.followUp')}>
            <Form.Item name="note" label={t('cases.note')}>
              <Input maxLength={1000} placeholder={t('cases.notePlaceholder')} autoFocus />
            </Form.Item>
            <Form.Item name="dueAt" label={t('cases.newDue')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
            </Form.Item>
            <Form.Item name="ownerId" label={t('cases.newOwner')}>
              <Select
                allowClear
                showSearch={{ filterOption: (q, o) => !!o && matchesStaff({ name: String(o.label), pinyin: o.pinyin }, q) }}
                placeholder={t('cases.ownerPlaceholder')}
                options={staff
                  .filter((s) => s.id !== detail.ownerId)
                  .map((s) => ({ value: s.id, label: s.name, pinyin: 'pinyin' in s ? String(s.pinyin ?? '') : '' }))}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('cases.save')}
            </Button>
          </Form>
          <h3 className="case-section">{t('cases.closeTitle')}</h3>
          <Form form={closing} layout="vertical" requiredMark={false} onFinish={(v) => void close(v)} aria-label={t('cases.closeTitle')}>
            <Form.Item name="result" label={t('cases.result')}>
              <Input maxLength={1000} />
            </Form.Item>
            <Form.Item name="satisfaction" label={t('cases.satisfaction')} rules={[{ required: true, message: t('cases.pickSatisfaction') }]}>
              <Radio.Group optionType="button" options={SATISFACTION.map((s) => ({ value: s, label: t(`cases.sat.${s}`) }))} />
            </Form.Item>
            <Button danger htmlType="submit" loading={busy}>
              {t('cases.close')}
            </Button>
          </Form>
          <p className="muted case-hint">{t('cases.keysHint')}</p>
        </>
      )}
    </Drawer>
  );
}
