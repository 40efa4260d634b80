// jsdom set-up for renderer tests: what antd needs from a browser that jsdom lacks, and a clean DOM
// and storage between tests.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// jsdom does not implement pseudo-element styles and logs an error for each antd asks about.
const getStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (el: Element) => getStyle(el);

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
  delete window.frontDesk;
});
