import { describe, expect, test } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Form, Input, type FormInstance } from 'antd';
import { applyIssues, issueText } from './formIssues';

function renderForm() {
  let form!: FormInstance;
  function Harness() {
    const [f] = Form.useForm();
    form = f;
    return (
      <Form form={f} initialValues={{ name: '陈晓', pin: '12' }}>
        <Form.Item name="name" label="姓名">
          <Input />
        </Form.Item>
        <Form.Item name="pin" label="PIN 码">
          <Input />
        </Form.Item>
      </Form>
    );
  }
  render(<Harness />);
  return () => form;
}

describe('applyIssues', () => {
  test('each issue shows under the field it names, without repeating the label; typed values stay', async () => {
    const form = renderForm();
    let rest: string[] = [];
    await act(async () => {
      rest = applyIssues(form(), {
        code: 'invalid',
        message: '输入有误，请检查标出的项目',
        issues: [
          { path: ['pin'], field: 'PIN 码', message: 'PIN 码：PIN 必须是 4-8 位数字' },
          { path: ['departmentId'], field: '部门', message: '部门：找不到该部门' },
        ],
      });
    });
    expect(await screen.findByText('PIN 必须是 4-8 位数字')).toBeTruthy();
    expect(form().getFieldError('pin')).toEqual(['PIN 必须是 4-8 位数字']);
    expect(form().getFieldError('name')).toEqual([]);
    // An issue for a field this form does not have comes back whole, for an alert.
    expect(rest).toEqual(['部门：找不到该部门']);
    expect(form().getFieldsValue()).toEqual({ name: '陈晓', pin: '12' });
  });

  test('a refusal without field issues comes back as its message', () => {
    const form = renderForm();
    expect(applyIssues(form(), { code: 'conflict', message: '不能删除或降级最后一位主管' })).toEqual(['不能删除或降级最后一位主管']);
  });

  test('issueText drops the label in either language', () => {
    expect(issueText({ path: ['pin'], field: 'PIN', message: 'PIN: PIN must be 4-8 digits' })).toBe('PIN must be 4-8 digits');
    expect(issueText({ path: [], field: '', message: '输入有误' })).toBe('输入有误');
  });
});
