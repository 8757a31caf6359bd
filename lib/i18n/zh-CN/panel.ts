/** Strings of the side panel. */
export const panel = {
  title: '本页检查',
  scan: '扫描本页',
  rescan: '重新扫描',
  scanning: '正在扫描…',
  openDashboard: '打开工作台',
  identity: '网站标识',
  siteIdCode: '网站标识码',
  siteName: '网站名称',
  sponsor: '主办单位',
  icp: 'ICP备案',
  policeRecord: '公安备案',
  notFound: '未发现',
  lastScans: '最近扫描记录',
  scannedAt: '扫描时间',
} as const;
