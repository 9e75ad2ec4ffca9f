// Shapes shared by every boundary: platforms, severities, localised text.
import { z } from 'zod';
import { MAX_YUAN } from '../pricing/money';

export const Platform = z.enum(['taobao', 'tmall', 'douyin']);
export type Platform = z.infer<typeof Platform>;
export const PLATFORMS = Platform.options;

export const Severity = z.enum(['error', 'warn', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Locale = z.enum(['zh', 'en']);
export type Locale = z.infer<typeof Locale>;

export const Localized = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;

/** Money in 元 as it crosses a boundary: a positive number up to 1亿 (pricing/money.ts MAX_YUAN, kept exact in 分). */
export const Yuan = z.number().finite().positive().max(MAX_YUAN);
