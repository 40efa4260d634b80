import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import '../../../styles/parcels.css';
import { LendingTab } from './LendingTab';
import { PickUpBox } from './PickUpBox';
import { ReceiveForm } from './ReceiveForm';
import { WaitingList } from './WaitingList';

/** The parcel book and the lending book: two paper books the desk keeps beside the phone. */
export function ParcelsPage() {
  const { t } = useTranslation('parcels');
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Tabs
        items={[
          {
            key: 'parcels',
            label: t('tabs.parcels'),
            children: (
              <div className="parcels-grid">
                <div className="parcels-side">
                  <ReceiveForm />
                  <section className="panel" aria-labelledby="pickup-title">
                    <h2 id="pickup-title" className="panel-title ant-typography">
                      {t('pickup.title')}
                    </h2>
                    <PickUpBox />
                  </section>
                </div>
                <WaitingList />
              </div>
            ),
          },
          { key: 'lending', label: t('tabs.lending'), children: <LendingTab /> },
        ]}
      />
    </>
  );
}
