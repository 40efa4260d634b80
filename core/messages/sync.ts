export const sync = {
  'zh-CN': {
    'field.hubUrl': '同步中心地址',
    'field.code': '登记码',
    'issue.sync_url': '请输入以 http:// 或 https:// 开头的地址',
    'issue.sync_code': '登记码为 10 位字母或数字',
    'sync.unreachable': '无法连接同步中心，请检查地址和网络',
    'sync.bad_code': '登记码无效、已使用或已过期',
    'sync.other_site': '该登记码属于站点 {{site}}，本机是站点 {{mine}}',
  },
  en: {
    'field.hubUrl': 'Hub address',
    'field.code': 'Enrolment code',
    'issue.sync_url': 'Enter an address starting with http:// or https://',
    'issue.sync_code': 'The enrolment code is 10 letters or digits',
    'sync.unreachable': 'Cannot reach the hub: check the address and the network',
    'sync.bad_code': 'The enrolment code is wrong, used or expired',
    'sync.other_site': 'This code belongs to site {{site}}; this desk is site {{mine}}',
  },
};
