/** Strings shared by every page. */
export const common = {
  appName: '巡检助手',
  appSubtitle: '政府网站与政务新媒体检查',
  loading: '加载中…',
  retry: '重试',
  save: '保存',
  cancel: '取消',
  close: '关闭',
  none: '无',
  unknown: '未知',
  checkDate: '监测时间点',
  noTab: '没有找到要检查的标签页。',
  dbError: '本地数据库打开失败：',
  status: { pending: '待确认', confirmed: '已确认', ignored: '已忽略', fixed: '已整改' },
} as const;
