import type { ReactNode } from 'react';
import { Typography } from 'antd';

/** The title row of a desk page: what this page is, and its main actions on the right. */
export function PageHeader({ title, subtitle, extra }: { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {extra && <div className="page-actions">{extra}</div>}
    </header>
  );
}
