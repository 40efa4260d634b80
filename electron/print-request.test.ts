import { describe, expect, it } from 'vitest';
import { appEntries } from './entries';
import { printRequest, printViewUrl } from './print-request';

const entries = appEntries({ rendererDir: '/app/out/renderer' });

describe('printRequest', () => {
  it('builds a URL of our own print page for the view and its query', () => {
    const req = printRequest.parse({ view: 'badge', query: { id: '0190a1b2-0000-7000-8000-000000000000' }, template: 'badge' });
    const url = printViewUrl(entries, req);
    expect(entries.isOwn(url)).toBe(true);
    expect(new URL(url).searchParams.get('view')).toBe('badge');
    expect(new URL(url).searchParams.get('id')).toBe('0190a1b2-0000-7000-8000-000000000000');
  });

  it('does not let the query override the view', () => {
    const url = printViewUrl(entries, printRequest.parse({ view: 'slip-a4', query: { view: 'other' }, template: 'slip-a4' }));
    expect(new URL(url).searchParams.getAll('view')).toEqual(['slip-a4']);
  });

  it('refuses URLs, odd view names and unknown templates', () => {
    for (const bad of [
      { view: 'https://evil.example/', template: 'badge' },
      { view: '../index', template: 'badge' },
      { view: 'badge', template: 'poster' },
      { view: 'slip-a4', template: 'slip' },
      { view: 'badge', template: 'badge', url: 'file:///etc/passwd' },
      { view: 'badge', template: 'badge', query: { 'a b': 'x' } },
    ]) {
      expect(printRequest.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
