// zod building blocks shared by every ledger's inputs, with Chinese messages.
import { z } from 'zod';
import { isIsoDate } from '../../shared/calendar/index.ts';
import type { FieldDef, FieldOption } from './contract.ts';

export const values = (opts: readonly Pick<FieldOption, 'value'>[]) =>
  opts.map((o) => o.value) as [string, ...string[]];

/** One of the options of an enum field; the message lists the allowed labels. */
export const oneOf = (opts: readonly FieldOption[]) =>
  z.enum(values(opts), { message: `应为以下之一：${opts.map((o) => o.label).join('、')}` });

/** One of the options, given by its value or by its Chinese label. */
export const oneOfOrLabel = (opts: readonly FieldOption[]) =>
  z.preprocess((v) => opts.find((o) => o.label === v)?.value ?? v, oneOf(opts));

export const date = z.string().refine(isIsoDate, '日期应为有效的 YYYY-MM-DD 格式');
export const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不超过${max}字`);
export const optionalText = (max: number) => z.string().trim().max(max, `不超过${max}字`).nullish();

/** Mainland mobile or fixed-line numbers (with area code), digits and hyphens only. */
export const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '应为11位手机号码或带区号的固定电话')
  .or(z.literal(''))
  .nullish();

/** GB 11643-1999 citizen identity number with its ISO 7064 MOD 11-2 check digit. */
export function validIdCard(v: string): boolean {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((s, wi, i) => s + wi * Number(v[i]), 0);
  return '10X98765432'[sum % 11] === v[17];
}

export const idcard = z
  .string()
  .trim()
  .toUpperCase()
  .refine(validIdCard, '身份证号码格式或校验位不正确')
  .or(z.literal(''))
  .nullish();

/** A positive integer id (users, records). */
export const id = z.number().int().positive();

/**
 * The zod schema a field's declaration implies, or undefined when the declaration cannot say it
 * (numbers, codes with a check character, defaults): those are given to `fieldShape` as overrides.
 *
 * - text, textarea, person: `text(max)` when required, `optionalText(max)` otherwise;
 * - date, enum (its options), user, link: required, or nullish;
 * - org: required, “请选择<label>” when missing;
 * - phone, idcard: the shared checks (never required); bool: nullish.
 */
export function fieldSchema(f: FieldDef): z.ZodType | undefined {
  switch (f.type) {
    case 'text':
    case 'textarea':
    case 'person':
      if (f.max === undefined) return undefined;
      return f.required ? text(f.max) : optionalText(f.max);
    case 'date':
      return f.required ? date : date.nullish();
    case 'enum':
      if (!f.options) return undefined;
      return f.required ? oneOf(f.options) : oneOf(f.options).nullish();
    case 'user':
    case 'link':
      return f.required ? id : id.nullish();
    case 'org':
      return f.required
        ? z
            .number({ message: `请选择${f.label}` })
            .int()
            .positive()
        : undefined;
    case 'phone':
      return f.required ? undefined : phone;
    case 'idcard':
      return f.required ? undefined : idcard;
    case 'bool':
      return f.required ? undefined : z.boolean().nullish();
    default:
      return undefined;
  }
}

/**
 * The shape of a record type's create and update inputs, derived from its fields: every field a
 * form sets (not the `workflow` ones), in declaration order. `overrides` gives the schema of the
 * fields `fieldSchema` cannot derive, or whose rule differs; a field left without one throws, so a
 * declaration cannot silently lose its validation.
 */
export function fieldShape(
  fields: readonly FieldDef[],
  overrides: Readonly<Record<string, z.ZodType>> = {},
): Record<string, z.ZodType> {
  const names = new Set(fields.map((f) => f.name));
  for (const name of Object.keys(overrides)) {
    if (!names.has(name)) throw new Error(`input override for an undeclared field: ${name}`);
  }
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) {
    if (f.workflow) continue;
    const schema = overrides[f.name] ?? fieldSchema(f);
    if (!schema) throw new Error(`field ${f.name} (${f.type}) needs an input override`);
    shape[f.name] = schema;
  }
  return shape;
}

/** The usual inputs: create takes the shape, update any part of it; both refuse unknown keys. */
export function recordInputs(fields: readonly FieldDef[], overrides?: Readonly<Record<string, z.ZodType>>) {
  const shape = fieldShape(fields, overrides);
  return { shape, create: z.object(shape).strict(), update: z.object(shape).partial().strict() };
}
