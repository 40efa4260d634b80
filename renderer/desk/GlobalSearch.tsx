import { useCallback, useEffect, useRef, useState } from 'react';
import { Input, Modal, Spin, Tag } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { invoke } from '../api/client';
import { useNav } from '../stores/nav';
import { useHotkey } from './hotkeys';

const PER_BOOK = 5;

interface Hit {
  book: 'visits' | 'calls' | 'workorders' | 'parcels';
  id: string;
  title: string;
  detail: string;
  at: number;
  /** Where the record stands (on site, picked up, dispatched), so the answer may need no second step. */
  status?: string;
}

const place = (o: { building: string | null; unit: string | null; room: string | null; publicLocation: string | null }) =>
  o.publicLocation ?? [o.building, o.unit, o.room].filter(Boolean).join('');

type T = (key: string) => string;

/** Each book's own search, asked at once; a book that refuses (a role, a bad query) is left out. */
async function searchAll(q: string, t: T): Promise<Hit[]> {
  const [visits, calls, orders, parcels] = await Promise.all([
    invoke('visits.search', { q, pageSize: PER_BOOK }),
    invoke('calls.search', { q, limit: PER_BOOK }),
    invoke('workOrders.search', { q, limit: PER_BOOK }),
    invoke('parcels.search', { q, limit: PER_BOOK }),
  ]);
  return [
    ...(orders.ok ? orders.value : []).map(
      (o): Hit => ({ book: 'workorders', id: o.id, title: `${o.number} · ${o.reporterName}`, detail: `${place(o)} ${o.description}`, at: o.createdAt, status: t(`workorders:status.${o.status}`) }),
    ),
    ...(visits.ok ? visits.value.visits : []).map(
      (v): Hit => ({ book: 'visits', id: v.id, title: v.visitorName ?? '', detail: `${v.badgeNo} · ${v.hostName ?? ''}`, at: v.arrivedAt, status: t(`search.visit.${v.departedAt ? 'left' : 'onSite'}`) }),
    ),
    ...(calls.ok ? calls.value : []).map((c): Hit => ({ book: 'calls', id: c.id, title: c.callerName || c.callerPhone, detail: c.summary, at: c.receivedAt })),
    ...(parcels.ok ? parcels.value : []).map(
      (p): Hit => ({ book: 'parcels', id: p.id, title: p.recipientName, detail: `${p.trackingNo} · ${p.shelf ?? ''}`, at: p.receivedAt, status: t(`search.parcel.${p.status}`) }),
    ),
  ];
}

/**
 * Ctrl+K from any page: one box that searches every book the way each book searches itself, results
 * grouped by book, chosen with the arrows and Enter. A work order opens in its drawer, a visit in the
 * register's search; calls and parcels open on their page.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [active, setActive] = useState(0);
  const asked = useRef(0);

  useHotkey(
    'search',
    useCallback(() => setOpen(true), []),
  );

  useEffect(() => {
    const text = q.trim();
    if (!text) return setHits(null);
    const ask = ++asked.current;
    // A short pause, so a fast typist sends one search, not one per key.
    const timer = setTimeout(() => {
      void searchAll(text, t as T).then((found) => {
        if (ask !== asked.current) return; // an older answer arriving late
        setHits(found);
        setActive(0);
      });
    }, 150);
    return () => clearTimeout(timer);
  }, [q, t]);

  const close = () => {
    setOpen(false);
    setQ('');
    setHits(null);
  };
  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    close();
    // A work order opens in its drawer; a visit through the register's search, on its name.
    go(hit.book, hit.book === 'workorders' ? { id: hit.id } : hit.book === 'visits' ? { id: hit.id, q: hit.title } : undefined);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const n = hits?.length ?? 0;
    if (e.key === 'ArrowDown' && n) setActive((a) => (a + 1) % n);
    else if (e.key === 'ArrowUp' && n) setActive((a) => (a - 1 + n) % n);
    else if (e.key === 'Enter') choose(hits?.[active]);
    else return;
    e.preventDefault();
  };

  const books = hits ? [...new Set(hits.map((h) => h.book))] : [];
  return (
    <Modal open={open} onCancel={close} footer={null} title={t('search.title')} width={640} destroyOnHidden className="global-search">
      <Input
        autoFocus
        size="large"
        prefix={<SearchOutlined />}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
        aria-controls="global-search-results"
        aria-activedescendant={hits?.length ? `search-hit-${active}` : undefined}
      />
      <div id="global-search-results" className="search-results" role="listbox" aria-label={t('search.label')}>
        {q.trim() && hits === null && <Spin size="small" />}
        {hits?.length === 0 && <p className="muted">{t('search.empty', { q: q.trim() })}</p>}
        {books.map((book) => (
          <div key={book} role="group" aria-label={t(`search.books.${book}`)}>
            <div className="search-book">{t(`search.books.${book}`)}</div>
            {hits!.map((h, i) =>
              h.book !== book ? null : (
                <div
                  key={`${h.book}-${h.id}`}
                  id={`search-hit-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={`search-hit${i === active ? ' active' : ''}`}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => choose(h)}
                >
                  <span className="search-hit-title">{h.title}</span>
                  <span className="search-hit-detail">{h.detail}</span>
                  <span className="search-hit-status">{h.status && <Tag>{h.status}</Tag>}</span>
                  <span className="search-hit-at">{dayjs(h.at).format('MM-DD HH:mm')}</span>
                </div>
              ),
            )}
          </div>
        ))}
      </div>
      <p className="muted search-hint">{t('search.hint')}</p>
    </Modal>
  );
}
