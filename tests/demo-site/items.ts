// List contents of every column: fictional titles with date offsets (days before the site's `today`).
// Article ids are grouped by column (21xx 要闻动态, 22xx 工作动态, …) so the article registry can find them.
import { makeItems, type ListItem } from './catalog';
import { dateForOffset } from './dates';

const DEPARTMENTS = [
  '县发改委', '县财政局', '县自然资源局', '县住建局', '县交通运输局', '县农业农村局',
  '县水利局', '县商务局', '县文广新旅局', '县卫健委', '县应急管理局', '县市场监管局',
];
const DEPARTMENT_WORK = [
  '召开党风廉政建设工作会议', '开展安全生产专项检查', '组织干部职工业务培训',
  '推进重点项目建设提速增效', '开展政策宣传进社区活动', '召开年度重点工作推进会',
];
const TOWNS = ['青溪镇', '石门镇', '云岭乡', '桃源乡', '龙湾镇', '白沙镇'];
const TOWN_WORK = [
  '扎实开展农村人居环境整治', '多措并举推动特色产业发展', '开展防汛应急演练',
  '召开村级党组织书记例会', '全力推进秋冬种生产', '开展矛盾纠纷排查化解',
];

const dayOffsets = (first: number, gaps: number[]) => gaps.reduce((acc, g) => [...acc, acc.at(-1)! + g], [first]);

/** 要闻动态: the first item is dated in the future (a typo or a forged date that must be ignored and flagged). */
export const ywdtItems = makeItems(2100, [
  ['县委常委会召开扩大会议传达学习省委全会精神', -5],
  ['县长主持召开县政府第三十次常务会议', 2],
  ['青山县举行重大项目集中开工仪式', 4],
  ['全县安全生产工作会议召开', 6],
  ['县领导督导检查森林防火工作', 9],
  ['青山县召开优化营商环境工作推进会', 12],
  ['县人大常委会调研乡村振兴工作', 15],
  ['县政协召开“推动文旅融合发展”专题协商会', 19],
  ['青山县开展“我为群众办实事”集中服务活动', 24],
  ['县领导调研农村人居环境整治工作', 28],
  ['青山县与省农业科学院签订战略合作协议', 33],
  ['全县招商引资工作调度会召开', 39],
  ['县委理论学习中心组举行专题学习', 45],
  ['青山县召开防汛抗旱工作部署会', 52],
  ['县领导走访慰问困难群众', 60],
]);

/** 工作动态: 36 items over three pages of 15. */
export const gzdtItems: ListItem[] = dayOffsets(3, [
  2, 2, 3, 2, 3, 3, 4, 4, 4, 5, 6, 6, 5, 8, 6, 6, 7, 6, 6, 7, 6, 7, 7, 7, 6, 7, 7, 7, 8, 8, 7, 8, 7, 8, 7,
]).map((offset, i) => ({
  id: 2200 + i,
  title: `${DEPARTMENTS[i % 12]}${DEPARTMENT_WORK[(i % 12 + Math.floor(i / 12)) % 6]}`,
  offset,
}));
export const GZDT_PAGE_SIZE = 15;

export const xzdtItems: ListItem[] = [20, 23, 27, 31, 36, 42, 48, 55, 63, 70, 78, 86].map((offset, i) => ({
  id: 2300 + i,
  title: `${TOWNS[i % 6]}：${TOWN_WORK[(i + Math.floor(i / 6)) % 6]}`,
  offset,
}));

export const bmdtItems: ListItem[] = [45, 50, 58, 64, 71, 80, 88, 95, 103, 110].map((offset, i) => ({
  id: 2400 + i,
  title: `${DEPARTMENTS[(i * 5) % 12]}${DEPARTMENT_WORK[(i + 3) % 6]}`,
  offset,
}));

export const tzggItems = makeItems(2500, [
  ['关于开展全县安全生产大检查的通知', 30],
  ['关于调整县城区部分道路交通组织的通告', 38],
  ['关于公开招聘社区工作者的公告', 45],
  ['关于做好森林防火工作的通知', 53],
  ['关于开展农村集体经济组织清产核资工作的通知', 61],
  ['关于城区部分区域临时停水的通知', 70],
  ['关于征集县政府民生实事项目意见建议的公告', 82],
  ['关于开展“双随机、一公开”监管工作的通知', 95],
  ['关于做好防汛备汛工作的通知', 110],
  ['关于县政务服务中心调整办公时间的公告', 124],
  ['关于开展经济普查单位清查工作的通知', 140],
  ['关于规范农村村民建房审批管理的通告', 156],
  ['关于开展电动自行车安全隐患排查整治的通知', 170],
  ['关于公布县级行政许可事项清单的公告', 185],
]);

const zcwjRows = makeItems(2600, [
  ['青山县人民政府关于印发《青山县促进民营经济高质量发展若干措施》的通知', 250],
  ['青山县人民政府办公室关于进一步加强城市管理工作的通知', 262],
  ['青山县人民政府关于印发《青山县农村供水工程运行管理办法》的通知', 275],
  ['青山县人民政府办公室关于印发《青山县突发事件总体应急预案》的通知', 290],
  ['青山县人民政府关于调整县城区征地补偿标准的通知', 310],
  ['青山县人民政府办公室关于做好稳就业工作的实施意见', 330],
  ['青山县人民政府关于印发《青山县政府投资项目管理办法》的通知', 350],
  ['青山县人民政府办公室关于加快发展养老服务业的实施意见', 372],
  ['青山县人民政府关于公布行政规范性文件清理结果的通知', 395],
  ['青山县人民政府办公室关于印发《青山县城乡环境综合整治方案》的通知', 420],
  ['青山县人民政府关于建立防止返贫动态监测和帮扶机制的意见', 450],
  ['青山县人民政府办公室关于印发《青山县耕地保护激励办法》的通知', 480],
]);

/** 政策文件: titles end with a document number (青府发〔YYYY〕N号) whose year follows the item's date. */
export function zcwjItems(today: string): ListItem[] {
  return zcwjRows.map((item, i) => {
    const year = dateForOffset(today, item.offset!).slice(0, 4);
    const prefix = item.title.startsWith('青山县人民政府办公室') ? '青府办发' : '青府发';
    return { ...item, title: `${item.title}（${prefix}〔${year}〕${24 - i * 2}号）` };
  });
}

/** 人事信息: year-less [MM-DD] dates; every offset stays under 306 days so the year inference is unambiguous. */
export const rsxxItems = makeItems(2700, [
  ['青山县人民政府关于李明华等同志职务任免的通知', 100],
  ['青山县拟任县管干部任前公示', 115],
  ['青山县事业单位公开招聘工作人员拟聘用人员公示', 130],
  ['青山县人民政府关于张建国同志职务任免的通知', 140],
  ['青山县公开选调机关工作人员公告', 160],
  ['青山县人民政府关于陈晓燕等同志职务任免的通知', 180],
  ['青山县“三支一扶”人员招募公告', 200],
  ['青山县人民政府关于刘志强等同志职务任免的通知', 220],
  ['青山县教师招聘面试成绩及入闱体检人员名单公示', 250],
  ['青山县人民政府关于周文斌同志职务任免的通知', 280],
]);

export const ghjhItems = makeItems(2800, [
  ['青山县国土空间总体规划（公示稿）', 400],
  ['青山县综合交通运输发展规划', 430],
  ['青山县县城控制性详细规划局部调整方案', 470],
  ['青山县年度政府投资项目计划', 520],
  ['青山县农业农村现代化发展规划', 580],
  ['青山县林业发展规划', 640],
  ['青山县文化和旅游发展规划', 700],
  ['青山县年度立法工作计划', 760],
  ['青山县城乡供水一体化专项规划', 830],
  ['青山县应急体系建设规划', 900],
]);

const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

/** 统计信息: no separate date element; the date sits in the link text after a "YYYY年第N季度" label. */
export function tjxxItems(today: string): ListItem[] {
  return [60, 90, 120, 152, 182, 213, 243, 274, 305, 335].map((offset, i) => {
    const date = dateForOffset(today, offset);
    // Figures are published in the quarter after the one they describe.
    const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3) - 1;
    const year = Number(date.slice(0, 4)) - (q < 0 ? 1 : 0);
    const label = i % 2 === 0 ? '主要经济指标' : '统计数据';
    return { id: 2900 + i, title: `青山县${year}年${QUARTERS[(q + 4) % 4]}${label}（${date}）`, offset };
  });
}

export const gsggItems = makeItems(3000, [
  ['关于青山县城区学校学区划分方案的公示', null],
  ['关于拟命名县级文明村镇的公示', null],
  ['关于县级非物质文化遗产代表性项目名录推荐名单的公示', null],
  ['关于农机购置补贴资金兑付情况的公示', null],
  ['关于县级示范家庭农场拟认定名单的公示', null],
  ['关于城镇保障性住房分配结果的公示', null],
  ['关于县级龙头企业监测结果的公示', null],
  ['关于县人大代表建议办理情况的公示', null],
]);

export const tpxwItems = makeItems(3100, [
  ['青溪河湿地公园迎来候鸟越冬', 1],
  ['石门镇万亩油茶喜获丰收', 3],
  ['县城新建口袋公园投入使用', 6],
  ['云岭乡高标准农田建设现场', 9],
  ['青山县第二届农民丰收节开幕', 13],
  ['龙湾镇乡村旅游持续升温', 17],
  ['县人民医院新院区主体封顶', 22],
  ['白沙镇稻田画吸引游客打卡', 28],
]);

export const spxwItems = makeItems(3200, [
  ['视频：青山县重大项目建设巡礼', 5],
  ['视频：走进桃源乡茶产业基地', 9],
  ['视频：县政务服务中心“一窗通办”', 14],
  ['视频：青溪河流域生态治理纪实', 20],
  ['视频：石门镇非遗传承人的故事', 27],
  ['视频：青山县安全生产宣传片', 35],
  ['视频：秋收时节的云岭乡', 44],
  ['视频：龙湾镇美丽乡村建设', 52],
]);

/** 采购公告 (the GBK page): even rows use Chinese-numeral dates, the newest among them. */
export const gbkItems = makeItems(3300, [
  ['青山县城区道路提升改造工程施工招标公告', 10],
  ['青山县中小学课桌椅采购项目中标结果公告', 16],
  ['青山县农村公路养护服务采购项目竞争性磋商公告', 23],
  ['县人民医院医疗设备采购项目更正公告', 31],
  ['青山县政务云服务采购项目成交公告', 40],
  ['青溪镇污水管网建设工程招标公告', 50],
  ['青山县森林防火物资采购项目中标公告', 61],
  ['青山县公共法律服务采购项目废标公告', 73],
  ['青山县城乡环卫一体化服务采购公告', 86],
  ['青山县应急广播系统建设项目合同公告', 100],
]);

export const jyjItems = makeItems(5000, [
  ['县教育局召开秋季学期开学工作部署会', 30],
  ['县教育局开展校园安全专项检查', 34],
  ['全县中小学教师教学技能比武举行', 41],
  ['县教育局组织开展校外培训机构联合检查', 49],
  ['青山县召开学前教育普及普惠推进会', 58],
  ['县教育局开展“双减”工作督导', 66],
  ['全县校园食品安全培训会召开', 75],
  ['县教育局部署防溺水安全教育工作', 83],
  ['青山县举办中小学生运动会', 92],
  ['县教育局召开义务教育招生工作会议', 101],
]);
