import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Avatar, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import { CheckOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../stores/session';
import { useStaff, type StaffRow } from '../../../stores/staff';
import { roleLabel } from '../../format';
import { StaffForm } from './StaffForm';

const contact = (row: StaffRow, key: 'phone' | 'extension') => ('phone' in row ? (row[key] ?? '') : '');

/** Everyone the desk knows; supervisors add, edit and remove them. */
export function StaffSettings() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { list, loading, load, remove } = useStaff();
  const isSupervisor = useSession((s) => s.staff?.role === 'supervisor');
  const [editing, setEditing] = useState<StaffRow | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => void load(), [load]);

  const onRemove = async (row: StaffRow) => {
    const a = await remove(row.id);
    if (a.ok) void message.success(t('settings.staff.removed', { name: row.name }));
    else void message.error(a.error.message);
  };

  return (
    <section className="panel">
      <div className="panel-head">
        <div>
          <Typography.Title level={2} className="panel-title">
            {t('settings.staff.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('settings.staff.subtitle')}</Typography.Text>
        </div>
        {isSupervisor && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
          >
            {t('settings.staff.add')}
          </Button>
        )}
      </div>
      {!isSupervisor && <Alert type="info" showIcon title={t('settings.staff.supervisorOnly')} className="panel-note" />}
      <Table<StaffRow>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={list}
        pagination={list.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: t('settings.staff.empty') }}
        columns={[
          {
            title: t('settings.staff.name'),
            dataIndex: 'name',
            render: (name: string) => (
              <span className="cell-person">
                <Avatar size="small" className="staff-avatar">
                  {name.slice(0, 1)}
                </Avatar>
                {name}
              </span>
            ),
          },
          { title: t('settings.staff.role'), dataIndex: 'role', render: (role: string) => <Tag>{roleLabel(t, role)}</Tag> },
          { title: t('settings.staff.extension'), render: (_, row) => contact(row, 'extension') },
          { title: t('settings.staff.phone'), render: (_, row) => contact(row, 'phone') },
          {
            title: t('settings.staff.canSignIn'),
            dataIndex: 'canSignIn',
            align: 'center',
            render: (yes: boolean) =>
              yes ? <CheckOutlined aria-label={t('common.yes')} className="text-good" /> : <span className="sr-only">{t('common.no')}</span>,
          },
          ...(isSupervisor
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 180,
                  render: (_: unknown, row: StaffRow) => (
                    <span className="row-actions">
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => {
                          setEditing(row);
                          setOpen(true);
                        }}
                      >
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('settings.staff.removeConfirm', { name: row.name })}
                        description={t('settings.staff.removeBody')}
                        okText={t('common.remove')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => onRemove(row)}
                      >
                        <Button size="small" danger icon={<DeleteOutlined />}>
                          {t('common.remove')}
                        </Button>
                      </Popconfirm>
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      <StaffForm editing={editing} open={open} onClose={() => setOpen(false)} />
    </section>
  );
}
