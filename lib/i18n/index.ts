import { common } from './zh-CN/common';
import { dashboard } from './zh-CN/dashboard';
import { kinds } from './zh-CN/kinds';
import { panel } from './zh-CN/panel';

/**
 * All UI strings, 简体中文. One module per area under `zh-CN/`; an English locale adds an `en/` folder with the
 * same shape and a switch here.
 */
export const ui = { common, panel, dashboard, kinds } as const;
