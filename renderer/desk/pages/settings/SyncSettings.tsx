import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { CloudSyncOutlined, DisconnectOutlined, LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke, on } from '../../../api/client';
import { applyIssues } from '../../../components/formIssues';
import { formatAge } from '../../format';

type Status = ProcOutput<'sync.status'>;

/** Settings 同步: enrol this desk with the hub, and see what waits and what went wrong. */
export function SyncSettings() {
  const { t } = useTranslation('sync');
  const { t: ts } = useTranslation();
  const [form] = Form.useForm<{ hubUrl: string; code: string }>();
  const [status, setStatus] = useState<Status | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    const a = await invoke('sync.status');
    if (a.ok) setStatus(a.value);
  }, []);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 3000);
    const off = on('sync-status', () => void refresh());
    return () => {
      clearInterval(timer);
      off();
    };
  }, [refresh]);

  const connect = async (values: { hubUrl: string; code: string }) => {
    setBusy(true);
    const a = await invoke('sync.connect', values);
    setBusy(false);
    if (!a.ok) return setProblems(applyIssues(form, a.error));
    setProblems([]);
    form.resetFields(['code']);
    setStatus(a.value);
  };
  const act = async (name: 'sync.now' | 'sync.disconnect') => {
    const a = await invoke(name);
    if (a.ok) setStatus(a.value);
  };

  return (
    <section className="panel" data-testid="sync-settings">
      <Typography.Title level={2} className="panel-title">
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('body')}</Typography.Paragraph>
      {status?.refused && <Alert type="error" showIcon role="alert" title={t('refused')} />}
      {status?.connected ? (
        <>
          <Descriptions column={1} size="small" bordered className="sync-facts panel-note">
            <Descriptions.Item label={t('state')}>
              <span className={status.online ? 'status-good' : 'status-warn'} data-testid="sync-online">
                {status.online ? t('online') : t('offline')}
              </span>
              {' · '}
              {status.hubUrl}
            </Descriptions.Item>
            <Descriptions.Item label={t('site')}>{status.hubSite}</Descriptions.Item>
            <Descriptions.Item label={t('pending')}>
              <span data-testid="sync-pending">{t('pendingCount', { count: status.pending })}</span>
              {status.oldestPendingAgeMs !== null && ` · ${t('oldest')} ${formatAge(ts, status.oldestPendingAgeMs)}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('lastSuccess')}>
              {status.lastSuccessAt ? dayjs(status.lastSuccessAt).format('YYYY-MM-DD HH:mm:ss') : t('never')}
            </Descriptions.Item>
            <Descriptions.Item label={t('lastError')}>{status.lastError ?? t('none')}</Descriptions.Item>
            <Descriptions.Item label={t('mode')}>{status.mode === 'inline' ? t('modeInline') : t('modeWorker')}</Descriptions.Item>
          </Descriptions>
          <Space className="panel-action">
            <Button type="primary" icon={<CloudSyncOutlined />} onClick={() => void act('sync.now')}>
              {t('now')}
            </Button>
            <Popconfirm title={t('disconnectConfirm')} onConfirm={() => void act('sync.disconnect')}>
              <Button danger icon={<DisconnectOutlined />}>
                {t('disconnect')}
              </Button>
            </Popconfirm>
          </Space>
        </>
      ) : (
        <>
          <Alert type="info" showIcon title={t('notConnected')} className="panel-alert" />
          {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} />}
          <Form form={form} layout="vertical" onFinish={(v) => void connect(v)} className="sync-form" requiredMark={false}>
            <Form.Item name="hubUrl" label={t('hubUrl')} extra={t('hubUrlHelp')} rules={[{ required: true, message: t('hubUrl') }]}>
              <Input autoComplete="url" placeholder="http://" />
            </Form.Item>
            <Form.Item name="code" label={t('code')} extra={t('codeHelp')} rules={[{ required: true, message: t('code') }]}>
              <Input autoComplete="off" style={{ textTransform: 'uppercase', maxWidth: 240 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} icon={<LinkOutlined />}>
              {t('connect')}
            </Button>
          </Form>
        </>
      )}
    </section>
  );
}
