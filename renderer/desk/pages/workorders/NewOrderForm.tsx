import { useEffect, useState } from 'react';
import { Alert, App as AntApp, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ProcInput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { applyIssues } from '../../../components/formIssues';

type CreateInput = ProcInput<'workOrders.create'>;

/** The calls page leaves a 报修 call here (JSON, part of the create input) and opens this page. */
export const PREFILL_KEY = 'frontdesk.workorders.prefill';

/** Read and remove the prefill, so it fills one form only. A broken value is dropped, not thrown. */
export function takePrefill(): Partial<CreateInput> | null {
  const raw = sessionStorage.getItem(PREFILL_KEY);
  if (raw === null) return null;
  sessionStorage.removeItem(PREFILL_KEY);
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Partial<CreateInput>) : null;
  } catch {
    return null;
  }
}

interface Values {
  source: CreateInput['source'];
  reporterName: string;
  reporterPhone: string;
  place: 'flat' | 'public';
  address?: { building?: string; unit?: string; room?: string };
  publicLocation?: string;
  category?: string;
  description: string;
  priority: 'urgent' | 'normal';
  appointmentAt?: Dayjs | null;
}

const blank = (s: string | undefined) => (s && s.trim() ? s : undefined);

export function toInput(v: Values, extra: Partial<CreateInput>): CreateInput {
  return {
    ...(extra.sourceId ? { sourceId: extra.sourceId } : {}),
    ...(extra.residentId ? { residentId: extra.residentId } : {}),
    source: v.source,
    reporterName: v.reporterName ?? '',
    reporterPhone: v.reporterPhone ?? '',
    ...(v.place === 'public'
      ? { publicLocation: v.publicLocation ?? '' }
      : { address: { building: v.address?.building ?? '', unit: blank(v.address?.unit), room: blank(v.address?.room) } }),
    category: v.category ?? '',
    description: v.description ?? '',
    priority: v.priority,
    ...(v.appointmentAt ? { appointmentAt: v.appointmentAt.valueOf() } : {}),
  } as CreateInput;
}

export function toValues(p: Partial<CreateInput>): Partial<Values> {
  return {
    ...(p.source ? { source: p.source } : {}),
    reporterName: p.reporterName,
    reporterPhone: p.reporterPhone,
    place: p.publicLocation ? 'public' : 'flat',
    address: p.address as Values['address'],
    publicLocation: p.publicLocation as string | undefined,
    category: p.category,
    description: p.description,
    ...(p.priority ? { priority: p.priority } : {}),
    appointmentAt: typeof p.appointmentAt === 'number' ? dayjs(p.appointmentAt) : null,
  };
}

/**
 * The new-order form (F4). Keyboard first: Tab through, Enter in any field submits. A refusal puts
 * each issue on its field and keeps what was typed.
 */
export function NewOrderForm({ open, prefill, onClose, onCreated }: {
  open: boolean;
  prefill: Partial<CreateInput> | null;
  onClose(): void;
  onCreated(id: string, number: string): void;
}) {
  const { t } = useTranslation('workorders');
  const { t: ts } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const place = Form.useWatch('place', form);

  useEffect(() => {
    if (!open) return;
    setProblems([]);
    form.resetFields();
    if (prefill) form.setFieldsValue(toValues(prefill));
    void invoke('settings.get').then((a) => a.ok && setCategories(a.value['workOrders.categories']));
  }, [open, prefill, form]);

  const submit = async () => {
    setBusy(true);
    const a = await invoke('workOrders.create', toInput(form.getFieldsValue(true) as Values, prefill ?? {}));
    setBusy(false);
    if (!a.ok) return setProblems(applyIssues(form, a.error));
    void message.success(t('drawer.created', { number: a.value.number }));
    onCreated(a.value.id, a.value.number);
  };

  return (
    <Modal
      open={open}
      title={t('newOrder')}
      okText={ts('common.save')}
      cancelText={ts('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      forceRender
      width={680}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ source: 'call', place: 'flat', priority: 'normal' }}
        onFinish={() => void submit()}
        aria-label={t('newOrder')}
      >
        <div className="form-row">
          <Form.Item name="reporterName" label={t('field.reporterName')}>
            <Input maxLength={30} autoFocus />
          </Form.Item>
          <Form.Item name="reporterPhone" label={t('field.reporterPhone')}>
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
          <Form.Item name="source" label={t('field.source')}>
            <Select options={(['call', 'visit', 'walk-in', 'patrol'] as const).map((s) => ({ value: s, label: t(`source.${s}`) }))} />
          </Form.Item>
        </div>
        <Form.Item name="place" label={t('field.place')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'flat', label: t('field.flat') },
              { value: 'public', label: t('field.public') },
            ]}
          />
        </Form.Item>
        {place === 'public' ? (
          <Form.Item name="publicLocation" label={t('field.publicLocation')}>
            <Input maxLength={60} />
          </Form.Item>
        ) : (
          <div className="form-row">
            <Form.Item name={['address', 'building']} label={t('field.building')}>
              <Input maxLength={20} />
            </Form.Item>
            <Form.Item name={['address', 'unit']} label={t('field.unit')}>
              <Input maxLength={20} />
            </Form.Item>
            <Form.Item name={['address', 'room']} label={t('field.room')}>
              <Input maxLength={20} />
            </Form.Item>
          </div>
        )}
        <div className="form-row">
          <Form.Item name="category" label={t('field.category')}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={categories.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="priority" label={t('field.priority')}>
            <Radio.Group
              optionType="button"
              options={(['normal', 'urgent'] as const).map((p) => ({ value: p, label: t(`priority.${p}`) }))}
            />
          </Form.Item>
          <Form.Item name="appointmentAt" label={t('field.appointmentAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
        </div>
        <Form.Item name="description" label={t('field.description')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} />}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
