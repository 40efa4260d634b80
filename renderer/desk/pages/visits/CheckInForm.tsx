import { useRef, useState } from 'react';
import { Alert, App as AntApp, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InputRef } from 'antd';
import type { ProcInput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { applyIssues } from '../../../components/formIssues';
import { useHotkey } from '../../hotkeys';
import type { HostOption } from './useVisitsData';

const PURPOSES = ['business', 'interview', 'delivery', 'works', 'personal', 'other'] as const;
type Values = { visitorName: string; phone: string; hostId?: string; purpose: (typeof PURPOSES)[number]; partySize: number; company?: string; items?: string; idNumber?: string; consent?: boolean };

/** A host matches by name, pinyin initials or full pinyin; the label shows the extension so the desk can ring them. */
const hostMatches = (q: string, h: HostOption) => {
  const s = q.trim().toLowerCase();
  return h.name.includes(q.trim()) || h.pinyin.split(' ').some((k) => k.startsWith(s)) || (h.extension ?? '').startsWith(s);
};

/**
 * The quick check-in: keyboard first (F3 focuses the name, Tab moves on, Enter saves, Esc clears).
 * A refusal puts each issue on its field and keeps what was typed; a blocklisted visitor asks first.
 */
export function CheckInForm({ hosts }: { hosts: HostOption[] }) {
  const { t } = useTranslation('visits');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const nameRef = useRef<InputRef>(null);
  useHotkey('visits.new', () => nameRef.current?.focus());

  const save = async (override = false) => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const input: ProcInput<'visits.checkIn'> = {
      visitorName: v.visitorName, phone: v.phone, hostId: v.hostId, purpose: v.purpose, partySize: v.partySize,
      company: v.company, items: v.items, idNumber: v.idNumber || undefined,
      consent: v.consent ? { noticeVersion: 'desk' } : undefined, overrideBlocklist: override || undefined,
    };
    setBusy(true);
    const a = await invoke('visits.checkIn', input);
    setBusy(false);
    if (!a.ok) {
      if (a.error.code === 'conflict' && !override) {
        Modal.confirm({
          title: t('desk.blockTitle'),
          content: a.error.message,
          okText: t('desk.blockAnyway'),
          okButtonProps: { danger: true },
          cancelText: t('desk.cancel'),
          onOk: () => save(true),
        });
        return;
      }
      return setProblems(applyIssues(form, a.error));
    }
    setProblems([]);
    void message.success(t('desk.saved', { name: a.value.visitorName, badge: a.value.badgeNo }));
    form.resetFields();
    nameRef.current?.focus();
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ purpose: 'business', partySize: 1 }}
      onFinish={() => void save()}
      onKeyDownCapture={(e) => {
        // Ctrl+Enter saves from anywhere, even from the host picker (where Enter picks the host):
        // caught before the picker sees it, so it does not open its list again.
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          e.stopPropagation();
          void save();
        }
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          form.resetFields();
          setProblems([]);
        }
      }}
      aria-label={t('desk.form')}
      className="visit-form"
    >
      {problems.length > 0 && <Alert type="error" showIcon message={problems.join('；')} />}
      <div className="form-row">
        <Form.Item name="visitorName" label={t('desk.name')} rules={[{ required: true, message: t('desk.name') }]}>
          <Input ref={nameRef} maxLength={50} autoFocus />
        </Form.Item>
        <Form.Item name="phone" label={t('desk.phone')} rules={[{ required: true, message: t('desk.phone') }]}>
          <Input maxLength={24} inputMode="tel" />
        </Form.Item>
      </div>
      <Form.Item name="hostId" label={t('desk.host')} rules={[{ required: true, message: t('desk.host') }]}>
        <Select
          showSearch
          aria-label={t('desk.host')}
          filterOption={(q, o) => !!o && hostMatches(q, hosts.find((h) => h.id === o.value)!)}
          options={hosts.map((h) => ({ value: h.id, label: `${h.name}${h.extension ? ` · ${h.extension}` : ''}${h.location ? ` · ${h.location}` : ''}` }))}
        />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="purpose" label={t('desk.purpose')}>
          <Select options={PURPOSES.map((p) => ({ value: p, label: t(`purpose.${p}`) }))} />
        </Form.Item>
        <Form.Item name="partySize" label={t('desk.party')}>
          <InputNumber min={1} max={50} />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item name="company" label={t('desk.company')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="items" label={t('desk.items')}>
          <Input maxLength={200} />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item name="idNumber" label={t('desk.idNumber')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="consent" valuePropName="checked" label=" ">
          <Checkbox>{t('desk.consent')}</Checkbox>
        </Form.Item>
      </div>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('desk.save')}
        </Button>
        <Button onClick={() => form.resetFields()}>{t('desk.clear')}</Button>
      </Space>
    </Form>
  );
}
