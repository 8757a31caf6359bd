import { dateCn, quarterCn } from './format';
import type { ReportInput } from './report-input';

/** Default addressees, opening, 三、有关要求 and closing, adapted from the seed (indicators §10.1); all editable. */
export function defaultTexts(input: ReportInput, portalName: string) {
  const { all, short } = input.settings.jurisdiction;
  const office = `${short}政府办公室`;
  const label = quarterCn(input.quarter, input.settings.quarterStyle);
  const c = input.settings.contact;
  const deadline = input.settings.deadline ? dateCn(input.settings.deadline) : '（整改期限）';
  const contact = [c.name || c.phone ? `联系人及电话：${[c.name, c.phone].filter(Boolean).join('，')}` : '', c.email ? `邮箱：${c.email}` : ''].filter(Boolean).join('；');
  return {
    addressees: `各县市人民政府，${short}直各委、办、局：`,
    opening: `按照国务院办公厅、省政府办公厅关于政府网站与政务新媒体有关文件及检查的要求，${office}组织开展了${label}${all}政府网站和政府系统政务新媒体运行情况检查工作，现将检查情况通报如下：`,
    requirements: [
      `（一）持续加强网站运维管理。${short}直有关部门要明确专人负责，全面梳理${portalName.endsWith("网站") ? portalName : `${portalName}网站`}中本单位负责维护的栏目及更新频率要求，严格内容审查把关，及时更新发布信息，及时发现和纠正错漏信息。各县市要科学合理规划网站结构和栏目设置，严格落实值班读网制度，及时删除或修复空白栏目、不可用链接，对设置不合理或无力维护的栏目要及时删减整合、优化调整，切实解决空白栏目、“僵尸”栏目、信息更新不及时等突出问题。`,
      '（二）持续加强政务新媒体监管。各县市各部门要围绕错纳或未纳入“全国政务新媒体信息报送系统”账号、已停止维护但未注销账号、发布类账号2周内无更新信息、过度“娱乐化”、发布与政府工作或本部门本行业没有直接关联的信息等5种问题开展专项排查整治，坚决杜绝“开而不管”“不务正业”“僵尸”“空壳”等现象。要进一步规范政务新媒体填报、关停审核等管理工作，充分依托全国政务新媒体信息报送系统，对本县市、本部门政府系统政务新媒体进行再梳理再排查，确保应报尽报、应管尽管。',
      `（三）持续加强政民互动回应。各县市各部门要高度重视网站中网民留言、网民找错、民意调查征集等栏目办理工作，加大政民互动力度，提高回应速度，及时回复交办的网民留言，不得敷衍、搪塞、延期答复。政务新媒体开设单位要及时查看后台网民咨询、留言，及时给予答复（对简单咨询、留言，${input.ruleSet.media.replyWorkingDays}个工作日内答复）。`,
    ].join('\n'),
    closing: `各县市各部门要高度重视检查发现的问题，对照指出的问题举一反三，认真自查整改；对${office}日常下发政府网站和政务新媒体存在的错别字、更新不及时、错误链接等问题，要及时整改。被通报的政府网站、政务新媒体、网站栏目责任部门和信件办理超期的县市、部门，要及时采取有效措施进行整改，于${deadline}前将整改情况（电子版）报${office}${contact ? `（${contact}）` : ''}。`,
  };
}
