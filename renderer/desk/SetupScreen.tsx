import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyIssues } from '../components/formIssues';
import { useSession } from '../stores/session';
import { AuthFrame } from './AuthFrame';

interface SetupValues {
  siteName: string;
  name: string;
  pin: string;
  pinConfirm: string;
}

/** First run: the site's name and its first supervisor, who is signed in at once. */
export function SetupScreen() {
  const { t } = useTranslation();
  const [form] = Form.useForm<SetupValues>();
  const setup = useSession((s) => s.setup);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const required = (field: string) => [{ required: true, message: t('setup.required', { field }) }];

  const onFinish = async ({ siteName, name, pin }: SetupValues) => {
    setBusy(true);
    const failed = await setup({ siteName, name, pin });
    setBusy(false);
    setProblems(failed ? applyIssues(form, failed) : []);
  };

  return (
    <AuthFrame title={t('setup.title')} subtitle={t('setup.subtitle')}>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void onFinish(v)} size="large">
        <Form.Item name="siteName" label={t('setup.siteName')} rules={required(t('setup.siteName'))}>
          <Input autoFocus placeholder={t('setup.siteNamePlaceholder')} maxLength={50} />
        </Form.Item>
        <Form.Item name="name" label={t('setup.name')} rules={required(t('setup.name'))}>
          <Input maxLength={50} />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="pin" label={t('setup.pin')} extra={t('setup.pinHint')} rules={required(t('setup.pin'))}>
            <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={8} />
          </Form.Item>
          <Form.Item
            name="pinConfirm"
            label={t('setup.pinConfirm')}
            dependencies={['pin']}
            rules={[
              ...required(t('setup.pinConfirm')),
              ({ getFieldValue }) => ({
                validator: (_, v) =>
                  !v || v === getFieldValue('pin') ? Promise.resolve() : Promise.reject(new Error(t('setup.pinMismatch'))),
              }),
            ]}
          >
            <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={8} />
          </Form.Item>
        </div>
        {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} className="form-alert" />}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('setup.submit')}
        </Button>
      </Form>
    </AuthFrame>
  );
}
