import { describe, expect, it } from 'vitest';
import { fieldLabel } from './i18n';

describe('fieldLabel', () => {
  it('names a field by its own book when another book uses the same name for something else', () => {
    expect(fieldLabel('zh-CN', ['kind'], 'keys')).toBe('类别');
    expect(fieldLabel('zh-CN', ['kind'], 'reports')).toBe('报表类型');
    expect(fieldLabel('en', ['kind'], 'reports')).toBe('Report');
  });

  it('prefers the whole path over its tail', () => {
    expect(fieldLabel('zh-CN', ['outcome', 'kind'], 'calls')).toBe('处理方式');
  });

  it('names the outer field for an issue inside an object with no label of its own', () => {
    expect(fieldLabel('zh-CN', ['recipient', 'kind'], 'parcels')).toBe(fieldLabel('zh-CN', ['recipient'], 'parcels'));
    expect(fieldLabel('zh-CN', ['recipient'], 'parcels')).not.toBe('recipient');
  });

  it('falls back to the path itself when nothing is labelled', () => {
    expect(fieldLabel('zh-CN', ['no_such_field', 3])).toBe('no_such_field.3');
  });
});
