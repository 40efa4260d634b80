import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import type { ProcOutput } from '../../../core/api-types';
import { Frame } from './Frame';
import { Keypad, spacedPhone } from './Keypad';
import { Done, ToDesk, type Badge } from './Outcome';
import { PURPOSES, filterHosts, type Host } from './hosts';

/** The privacy notice the visitor agrees to; bump it when the text changes. */
export const NOTICE_VERSION = '2026-11';
const consent = { noticeVersion: NOTICE_VERSION };

type Offer = Extract<ProcOutput<'kiosk.lookupReturning'>, { found: true }>;
type Step = 'phone' | 'code' | 'confirm' | 'name' | 'host' | 'purpose' | 'party' | 'done' | 'desk';

/**
 * 来访登记, one question per screen. A returning visitor: phone -> confirm -> done (the welcome
 * button, 下一步 and 确认登记: three touches besides the digits). A new one: phone, name, host,
 * purpose, party size with the privacy notice. Everything lives in this component's state, so the
 * kiosk's reset (it remounts the screen) forgets it all.
 */
export function CheckIn() {
  const { t } = useTranslation('visits');
  const [step, setStep] = useState<Step>('phone');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [offer, setOffer] = useState<Offer | null>(null);
  const [name, setName] = useState('');
  const [hosts, setHosts] = useState<Host[]>([]);
  const [hostQuery, setHostQuery] = useState('');
  const [host, setHost] = useState<Host | null>(null);
  const [purpose, setPurpose] = useState<(typeof PURPOSES)[number]>('business');
  const [party, setParty] = useState(1);
  const [badge, setBadge] = useState<Badge | null>(null);
  const [busy, setBusy] = useState(false);
  // The notice states the desk's retention setting; until it arrives the notice (and its agree button's screen) waits.
  const [days, setDays] = useState<number | null>(null);

  useEffect(() => {
    void invoke('kiosk.hosts').then((a) => a.ok && setHosts(a.value as Host[]));
    void invoke('kiosk.notice').then((a) => a.ok && setDays(a.value.retentionDays));
  }, []);

  /** Any answer but a badge sends the visitor to the desk, with the same neutral words. */
  async function finish(p: Promise<{ ok: boolean; value?: unknown }>) {
    setBusy(true);
    const a = await p;
    setBusy(false);
    const v = a.ok ? (a.value as { status: string; badge?: Badge }) : null;
    if (v?.status === 'ok' && v.badge) {
      setBadge(v.badge);
      setStep('done');
    } else setStep('desk');
  }

  async function lookUp() {
    setBusy(true);
    const a = await invoke('kiosk.lookupReturning', { phone });
    setBusy(false);
    if (a.ok && a.value.found) {
      setOffer(a.value);
      setStep('confirm');
    } else setStep('name');
  }

  const newVisit = () =>
    finish(invoke('kiosk.checkIn', { visitorName: name.trim(), phone, hostId: host!.id, purpose, partySize: party, consent }));

  switch (step) {
    case 'done':
      return <Done badge={badge!} />;
    case 'desk':
      return <ToDesk />;
    case 'phone':
      return (
        <Frame title={t('kiosk.phoneTitle')} hint={t('kiosk.phoneHint')}>
          <output className="vk-display" aria-live="polite" data-testid="kiosk-phone">
            {spacedPhone(phone) || '\u00a0'}
          </output>
          <Keypad value={phone} onChange={setPhone} max={11} />
          <div className="vk-row">
            <button type="button" className="vk-secondary" onClick={() => setStep('code')}>
              {t('kiosk.haveCode')}
            </button>
            <button type="button" className="vk-primary" disabled={!/^1[3-9]\d{9}$/.test(phone) || busy} onClick={lookUp}>
              {t('kiosk.next')}
            </button>
          </div>
        </Frame>
      );
    case 'code':
      return (
        <Frame title={t('kiosk.codeTitle')} onBack={() => setStep('phone')}>
          <output className="vk-display">{code || '\u00a0'}</output>
          <Keypad value={code} onChange={setCode} max={6} />
          <button type="button" className="vk-primary" disabled={code.length !== 6 || busy} onClick={() => finish(invoke('kiosk.checkInByCode', { code, consent }))}>
            {t('kiosk.confirm')}
          </button>
        </Frame>
      );
    case 'confirm':
      return (
        <Frame title={t('kiosk.welcomeBack')} onBack={() => setStep('phone')}>
          <p className="vk-big">{t('kiosk.isThisYou', { name: offer!.maskedName })}</p>
          <p className="vk-big">{t('kiosk.visiting', { host: host?.name ?? offer!.hostName })}</p>
          {days !== null && <p className="vk-notice">{t('kiosk.consentBody', { days })}</p>}
          <div className="vk-row">
            <button type="button" className="vk-secondary" onClick={() => setStep('host')}>
              {t('kiosk.otherHost')}
            </button>
            <button
              type="button"
              className="vk-primary"
              disabled={busy}
              onClick={() => finish(invoke('kiosk.checkInReturning', { token: offer!.token, hostId: host?.id ?? offer!.hostId ?? undefined, consent }))}
            >
              {t('kiosk.confirm')}
            </button>
          </div>
          <button type="button" className="vk-link" onClick={() => (setOffer(null), setStep('name'))}>
            {t('kiosk.notMe')}
          </button>
        </Frame>
      );
    case 'name':
      return (
        <Frame title={t('kiosk.nameTitle')} onBack={() => setStep('phone')}>
          <input className="vk-input" aria-label={t('kiosk.nameTitle')} value={name} maxLength={50} autoFocus onChange={(e) => setName(e.target.value)} />
          <button type="button" className="vk-primary" disabled={!name.trim()} onClick={() => setStep('host')}>
            {t('kiosk.next')}
          </button>
        </Frame>
      );
    case 'host': {
      const shown = filterHosts(hosts, hostQuery);
      return (
        <Frame title={t('kiosk.hostTitle')} onBack={() => setStep(offer ? 'confirm' : 'name')}>
          <input className="vk-input" aria-label={t('kiosk.hostSearch')} placeholder={t('kiosk.hostSearch')} value={hostQuery} onChange={(e) => setHostQuery(e.target.value)} />
          <div className="vk-choices">
            {shown.map((h) => (
              <button key={h.id} type="button" className="vk-choice" onClick={() => (setHost(h), setStep(offer ? 'confirm' : 'purpose'))}>
                <span className="vk-choice-main">{h.name}</span>
                {h.location && <span className="vk-choice-sub">{h.location}</span>}
              </button>
            ))}
            {shown.length === 0 && <p className="vk-hint">{t('kiosk.noHost')}</p>}
          </div>
        </Frame>
      );
    }
    case 'purpose':
      return (
        <Frame title={t('kiosk.purposeTitle')} onBack={() => setStep('host')}>
          <div className="vk-choices">
            {PURPOSES.map((p) => (
              <button key={p} type="button" className="vk-choice" onClick={() => (setPurpose(p), setStep('party'))}>
                <span className="vk-choice-main">{t(`purpose.${p}`)}</span>
              </button>
            ))}
          </div>
        </Frame>
      );
    case 'party':
      return (
        <Frame title={t('kiosk.partyTitle')} onBack={() => setStep('purpose')}>
          <div className="vk-stepper">
            <button type="button" className="vk-key" aria-label="-" disabled={party <= 1} onClick={() => setParty(party - 1)}>
              −
            </button>
            <output className="vk-display vk-party">{party}</output>
            <button type="button" className="vk-key" aria-label="+" disabled={party >= 50} onClick={() => setParty(party + 1)}>
              +
            </button>
          </div>
          <h2 className="vk-subtitle">{t('kiosk.consentTitle')}</h2>
          {days !== null && <p className="vk-notice">{t('kiosk.consentBody', { days })}</p>}
          <button type="button" className="vk-primary" disabled={busy} onClick={newVisit}>
            {t('kiosk.agree')}
          </button>
        </Frame>
      );
  }
}
