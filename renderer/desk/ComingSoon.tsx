import { Result } from 'antd';
import { BookOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Section } from './sections';
import { PageHeader } from '../components/PageHeader';

/** What an unbuilt section shows: plainly that it is not there yet, and what to do meanwhile. */
export function ComingSoon({ section }: { section: Section }) {
  const { t } = useTranslation();
  const label = t(section.labelKey);
  return (
    <>
      <PageHeader title={label} />
      <div className="panel coming-soon">
        <Result
          icon={<BookOutlined className="coming-icon" />}
          title={t('coming.title', { section: label })}
          subTitle={t('coming.body')}
        />
      </div>
    </>
  );
}
