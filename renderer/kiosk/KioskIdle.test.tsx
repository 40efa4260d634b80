import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { setLocale } from '../i18n';
import { tokens } from '../api/client';
import { AppProviders } from '../components/AppProviders';
import { installFakeDesk, ok } from '../testing/fakeDesk';
import { kioskTheme } from '../theme';
import { KioskApp } from './KioskApp';
import { KIOSK_IDLE_MS } from './useIdleReset';
import { useKiosk } from './router';

const status = () => ok({ needsSetup: false, siteCode: 'HZ01', siteName: '翠苑物业服务中心', locale: 'zh-CN' });

const renderKiosk = () =>
  render(
    <AppProviders theme={kioskTheme}>
      <KioskApp />
    </AppProviders>,
  );

// The check-in flow asks for the privacy notice's retention period as soon as it starts.
const notice = () => ok({ retentionDays: 90 });

beforeEach(() => setLocale('zh-CN'));
afterEach(() => {
  vi.useRealTimers();
  // The kiosk's router is one store for the page: leave it on welcome for the next test.
  act(() => useKiosk.getState().reset());
});

describe('kiosk', () => {
  test('60 s without a touch takes the visitor back to the welcome screen, forgetting what was typed; a touch restarts the wait', async () => {
    installFakeDesk({ 'setup.status': status, 'kiosk.hosts': () => ok([]), 'kiosk.notice': notice });
    renderKiosk();
    await screen.findByRole('heading', { name: '欢迎光临' });
    vi.useFakeTimers();

    fireEvent.pointerDown(screen.getByRole('button', { name: /来访登记/ }));
    fireEvent.click(screen.getByRole('button', { name: /来访登记/ }));
    expect(screen.getByRole('heading', { name: '请输入您的手机号' })).toBeTruthy();
    for (const d of '138') fireEvent.click(screen.getByRole('button', { name: d }));
    expect(screen.getByTestId('kiosk-phone').textContent).toBe('138');

    act(() => vi.advanceTimersByTime(KIOSK_IDLE_MS - 1000));
    fireEvent.pointerDown(document.body);
    act(() => vi.advanceTimersByTime(KIOSK_IDLE_MS - 1000));
    expect(screen.getByRole('heading', { name: '请输入您的手机号' })).toBeTruthy();

    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('heading', { name: '欢迎光临' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /来访登记/ }));
    expect(screen.getByTestId('kiosk-phone').textContent).toBe('\u00a0');
  });

  test('idle also puts back the site’s language a visitor switched away from', async () => {
    installFakeDesk({ 'setup.status': status, 'kiosk.notice': notice });
    renderKiosk();
    fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Welcome' })).toBeTruthy();
    vi.useFakeTimers();
    fireEvent.pointerDown(document.body);
    act(() => vi.advanceTimersByTime(KIOSK_IDLE_MS));
    vi.useRealTimers();
    expect(await screen.findByRole('heading', { name: '欢迎光临' })).toBeTruthy();
  });

  test('in browser mode an unpaired kiosk says so; a pairing link stores its token and leaves the address', async () => {
    const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
      const name = url.replace('/api/', '');
      const body = name === 'kiosk.claim' ? ok({ token: 'kiosk-token', deviceId: 'd1' }) : status();
      expect(init.method).toBe('POST');
      return new Response(JSON.stringify(body), { status: 200 });
    });
    vi.stubGlobal('fetch', fetchMock);
    try {
      const { unmount } = renderKiosk();
      expect(await screen.findByRole('heading', { name: '此自助机尚未配对' })).toBeTruthy();
      unmount();

      history.replaceState(null, '', '/kiosk?pair=123456');
      renderKiosk();
      await screen.findByRole('heading', { name: '欢迎光临' });
      expect(tokens.hasKiosk()).toBe(true);
      expect(location.search).toBe('');
      expect(JSON.parse(fetchMock.mock.calls[0][1].body as string)).toEqual({ code: '123456' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
