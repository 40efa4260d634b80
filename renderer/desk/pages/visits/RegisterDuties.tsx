import { useEffect, useState, type ReactNode } from 'react';
import { App as AntApp, Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { AnswerError } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { downloadBase64, downloadBlob } from '../../../components/download';
import { applyIssues } from '../../../components/formIssues';

/**
 * A button and its small modal form. The OK button submits the form element (form="id"), so Enter
 * in any single-line field saves and Esc closes, like the rest of the desk.
 */
function FormModal<V extends object>(props: {
  id: string;
  label: string;
  title: string;
  okText: string;
  initial?: Partial<V>;
  /** Resolves to null when done (the modal closes), or the error to show beside its fields. */
  onSubmit: (v: V) => Promise<AnswerError | null>;
  children: ReactNode;
}) {
  const { t } = useTranslation('visits');
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<V>();
  const finish = async (v: V) => {
    setBusy(true);
    const error = await props.onSubmit(v).finally(() => setBusy(false));
    if (!error) return setOpen(false);
    // What names no field of this form (e.g. settings.set's 'value') is shown as a message instead.
    for (const m of applyIssues(form, error)) void message.error(m);
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{props.label}</Button>
      <Modal
        open={open}
        title={props.title}
        destroyOnHidden
        onCancel={() => setOpen(false)}
        okText={props.okText}
        cancelText={t('desk.cancel')}
        okButtonProps={{ htmlType: 'submit', form: props.id, loading: busy }}
      >
        <Form<V> id={props.id} form={form} layout="vertical" requiredMark={false} initialValues={props.initial} onFinish={(v) => void finish(v)} preserve={false}>
          {props.children}
        </Form>
      </Modal>
    </>
  );
}

type Incident = { kind: 'refused' | 'forced'; personName?: string; description: string };

/** 拒绝登记 / 强闯: the incident is recorded and handed to a supervisor as a complaint case. */
export function RefusedButton() {
  const { t } = useTranslation('visits');
  const { message } = AntApp.useApp();
  return (
    <FormModal<Incident>
      id="visits-refused"
      label={t('desk.refused')}
      title={t('desk.refused')}
      okText={t('desk.save')}
      initial={{ kind: 'refused' }}
      onSubmit={async (v) => {
        const a = await invoke('visits.refused', { kind: v.kind, description: v.description, personName: v.personName?.trim() || undefined });
        if (!a.ok) return a.error;
        void message.success(a.value.caseNumber ? t('desk.caseOpened', { number: a.value.caseNumber }) : t('desk.recorded'));
        return null;
      }}
    >
      <Form.Item name="kind">
        <Radio.Group optionType="button" options={(['refused', 'forced'] as const).map((k) => ({ value: k, label: t(`desk.refusedKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="personName" label={t('desk.personName')}>
        <Input maxLength={50} autoFocus />
      </Form.Item>
      <Form.Item name="description" label={t('desk.description')} rules={[{ required: true, whitespace: true, message: t('desk.description') }]}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 3 }} />
      </Form.Item>
    </FormModal>
  );
}

/** 每日导出: the register for a range of days (today by default), as XLSX and CSV side by side. */
export function ExportButton() {
  const { t } = useTranslation('visits');
  const { message } = AntApp.useApp();
  return (
    <FormModal<{ range: [Dayjs, Dayjs] }>
      id="visits-export"
      label={t('desk.exportTitle')}
      title={t('desk.exportTitle')}
      okText={t('desk.exportDo')}
      initial={{ range: [dayjs(), dayjs()] }}
      onSubmit={async ({ range: [from, to] }) => {
        const a = await invoke('visits.export', { from: from.startOf('day').valueOf(), to: to.add(1, 'day').startOf('day').valueOf() });
        if (!a.ok) return a.error;
        const name = `访客登记_${from.format('YYYYMMDD')}-${to.format('YYYYMMDD')}`;
        downloadBase64(`${name}.xlsx`, a.value.xlsx);
        downloadBlob(`${name}.csv`, new Blob([a.value.csv], { type: 'text/csv;charset=utf-8' }));
        void message.success(t('desk.exported', { n: a.value.rows }));
        return null;
      }}
    >
      <Form.Item name="range" label={t('desk.exportRange')} rules={[{ required: true, message: t('desk.exportRange') }]}>
        <DatePicker.RangePicker allowClear={false} />
      </Form.Item>
    </FormModal>
  );
}

/** 保存期限: the retention setting, which the purge and the kiosk's privacy notice both read. */
export function RetentionButton() {
  const { t } = useTranslation('visits');
  const { message } = AntApp.useApp();
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => void invoke('settings.get').then((a) => a.ok && setDays(a.value.retentionDays)), []);
  if (days === null) return null;
  return (
    <FormModal<{ days: number }>
      id="visits-retention"
      label={t('desk.retention', { days })}
      title={t('desk.retentionTitle')}
      okText={t('desk.saveSetting')}
      initial={{ days }}
      onSubmit={async (v) => {
        const a = await invoke('settings.set', { key: 'retentionDays', value: v.days });
        if (!a.ok) return a.error;
        setDays(v.days);
        void message.success(t('desk.retentionSaved', { days: v.days }));
        return null;
      }}
    >
      <Form.Item name="days" label={t('desk.retentionDays')} rules={[{ required: true, type: 'integer', min: 1, max: 3650, message: t('desk.retentionDays') }]}>
        <InputNumber min={1} max={3650} precision={0} autoFocus />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('desk.retentionHint')}</Typography.Paragraph>
    </FormModal>
  );
}
