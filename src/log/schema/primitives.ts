import * as z from 'zod';

/**
 * An identifier: any non-empty string without `/` (the command line writes a
 * scope as `place/category`). Ids are data: `__proto__` is as good as `sohr`.
 */
export const IdSchema = z
  .string()
  // A pattern rather than a refinement, so the JSON Schema carries the rule too.
  .regex(/^[^/]+$/, { error: (issue) => (issue.input === '' ? 'must not be empty' : 'must not contain "/"') })
  .describe('An identifier: a non-empty string without "/".');

/**
 * A time: an RFC 3339 date-time with seconds and an offset
 * (`2025-03-07T14:00:00+03:00`, `2025-03-07T11:00:00Z`, fractions allowed), or a
 * date alone (`2025-03-07`), which stands for the start of that day in the
 * dataset's time zone.
 */
export const TimeSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: (issue) =>
      `must be an RFC 3339 date-time with seconds and an offset (2025-03-07T14:00:00+03:00) or a date (2025-03-07), got ${JSON.stringify(issue.input)}`,
  })
  .describe(
    'An RFC 3339 date-time with seconds and an offset (2025-03-07T14:00:00+03:00, 2025-03-07T11:00:00Z), or a date alone (2025-03-07): the start of that day in the dataset timezone.',
  );

/** Languages a claim's wording may be written in. */
export const LangSchema = z.enum(['en', 'ar', 'fr', 'es']).describe('The language of the wording.');

/** A name in each language a line may be written in, for `describe` (`{"ar": "المرصد السوري لحقوق الإنسان"}`). */
export const LocalNamesSchema = z
  .strictObject({ en: z.string().optional(), ar: z.string().optional(), fr: z.string().optional(), es: z.string().optional() })
  .describe('Names by language (en, ar, fr, es), as a line in that language writes them.');
