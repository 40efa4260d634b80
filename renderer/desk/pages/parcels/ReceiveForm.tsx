import { useCallback, useRef, useState } from 'react';
import { Alert, AutoComplete, Button, Form, Input, Radio, type InputRef } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ProcInput, ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { applyIssues } from '../../../components/formIssues';
import { useHotkey } from '../../hotkeys';
import { COURIERS, guessCourier } from './couriers';
import { clearDraft, readDraft, writeDraft } from './draft';
import { printParcelSlip } from './print';

type Candidate = ProcOutput<'parcels.recipients'>[number];
type Recipient = ProcInput<'parcels.receive'>['recipient'];
interface Values {
  trackingNo: string;
  courier: string;
  recipientText: string;
  shelf?: string;
  notes?: string;
}
const DRAFT = 'parcels.receive';

/** The receive form: the scanner field has focus; the scanner's Enter moves on instead of saving. */
export function ReceiveForm() {
  const { t } = useTranslation('parcels');
  const [form] = Form.useForm<Values>();
  const scanRef = useRef<InputRef>(null);
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [recipient, setRecipient] = useState<Recipient | null>(readDraft<{ recipient: Recipient }>(DRAFT).recipient ?? null);
  const [done, setDone] = useState<{ code: string; name: string; id: string } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const focusScan = useCallback(() => scanRef.current?.focus(), []);
  useHotkey('parcels.receive', focusScan);

  const search = async (q: string) => {
    setRecipient(q.trim() ? { kind: 'other', name: q.trim() } : null);
    if (!q.trim()) return setCandidates([]);
    const a = await invoke('parcels.recipients', { q });
    if (a.ok) setCandidates(a.value);
  };

  const submit = async (v: Values) => {
    if (!recipient) {
      form.setFields([{ name: 'recipientText', errors: [t('receive.pickRecipient')] }]);
      return;
    }
    setSaving(true);
    const a = await invoke('parcels.receive', { trackingNo: v.trackingNo ?? '', courier: v.courier as never, recipient, shelf: v.shelf, notes: v.notes });
    setSaving(false);
    if (!a.ok) {
      // The recipient's issue belongs to the look-up field the desk typed into.
      const error = { ...a.error, issues: a.error.issues?.map((i) => (i.path[0] === 'recipient' ? { ...i, path: ['recipientText'] } : i)) };
      setProblems(applyIssues(form, error));
      return;
    }
    setProblems([]);
    setDone({ code: a.value.code, name: a.value.recipientName, id: a.value.id });
    printParcelSlip(a.value.id);
    clearDraft(DRAFT);
    form.resetFields();
    form.setFieldsValue({ trackingNo: '', recipientText: '', shelf: v.shelf, courier: undefined });
    setRecipient(null);
    focusScan();
  };

  // The option's text is what the field then shows, so the desk sees whom it picked.
  const optionText = (c: Candidate) => `${c.name}（${c.kind === 'staff' ? t('receive.staff') : c.detail}）`;
  const options = candidates.map((c) => ({ value: optionText(c), label: `${optionText(c)}${c.phone ? `　${c.phone}` : ''}` }));

  return (
    <section className="panel" aria-labelledby="receive-title">
      <h2 id="receive-title" className="panel-title ant-typography">
        {t('receive.title')}
      </h2>
      {done && (
        <Alert
          className="form-alert"
          type="success"
          showIcon
          title={<span data-testid="parcel-code">{t('receive.done', { code: done.code })}</span>}
          description={done.name}
          action={
            <Button size="small" icon={<PrinterOutlined />} onClick={() => printParcelSlip(done.id)}>
              {t('waiting.print')}
            </Button>
          }
        />
      )}
      {problems.length > 0 && <Alert className="form-alert" type="error" showIcon title={problems.join('；')} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={readDraft<Values>(DRAFT)}
        onValuesChange={(_, all) => writeDraft(DRAFT, { ...all, recipient })}
        onFinish={submit}
      >
        <Form.Item name="trackingNo" label={t('receive.trackingNo')} extra={t('receive.hint')}>
          <Input
            ref={scanRef}
            autoFocus
            autoComplete="off"
            className="scan-input"
            onPressEnter={(e) => {
              e.preventDefault();
              const guess = guessCourier(e.currentTarget.value);
              if (guess && !form.getFieldValue('courier')) form.setFieldValue('courier', guess);
              // The Form.Item's name is the control's id.
              document.getElementById('recipientText')?.focus();
            }}
          />
        </Form.Item>
        <Form.Item name="courier" label={t('receive.courier')}>
          <Radio.Group optionType="button" options={COURIERS.map((c) => ({ value: c, label: t(`couriers.${c}`) }))} />
        </Form.Item>
        <Form.Item name="recipientText" label={t('receive.recipient')}>
          <AutoComplete
            options={options}
            placeholder={t('receive.recipientPlaceholder')}
            onSearch={(q) => void search(q)}
            onSelect={(value: string) => {
              const c = candidates.find((x) => optionText(x) === value);
              if (c) setRecipient({ kind: c.kind, id: c.id });
            }}
          />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="shelf" label={t('receive.shelf')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="notes" label={t('receive.notes')}>
            <Input autoComplete="off" />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={saving} icon={<PrinterOutlined />}>
          {t('receive.submit')}
        </Button>
      </Form>
    </section>
  );
}
