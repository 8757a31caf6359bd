import { common } from './zh-CN/common';
import { dashboard } from './zh-CN/dashboard';
import { findings, panelRegistry } from './zh-CN/findings';
import { kinds } from './zh-CN/kinds';
import { links } from './zh-CN/links';
import { panel } from './zh-CN/panel';
import { report } from './zh-CN/report';
import { scan } from './zh-CN/scan';

/**
 * All UI strings, 简体中文. One module per area under `zh-CN/`; an English locale adds an `en/` folder with the
 * same shape and a switch here.
 */
export const ui = { common, panel, dashboard, kinds, scan, findings, links, panelRegistry, report } as const;
