import { z } from 'zod';

/** What a flag starts from: selected text, a link or image, or the whole page. */
export const flagModeSchema = z.enum(['selection', 'link', 'page']);
export type FlagMode = z.infer<typeof flagModeSchema>;
