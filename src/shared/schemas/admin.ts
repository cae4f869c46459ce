// Input schemas of the administration commands (organisations, users, role assignments, login),
// with Chinese messages. The server validates with them; the web reuses them in its forms.
import { z } from 'zod';
import { ORG_KINDS, ROLES } from '../roles.ts';

/** 3–32 characters: lower-case letters, digits, ".", "_" or "-", starting with a letter. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;
/** Names the installation keeps for itself. */
export const RESERVED_USERNAMES = ['system', 'root', 'anonymous', 'public'] as const;

export const usernameSchema = z
  .string({ error: '请填写用户名' })
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, '用户名须为 3–32 位小写字母、数字、点、下划线或连字符，并以字母开头')
  .refine((v) => !(RESERVED_USERNAMES as readonly string[]).includes(v), '该用户名为系统保留，请换一个');

export const displayNameSchema = z
  .string({ error: '请填写姓名' })
  .trim()
  .min(2, '姓名至少 2 个字')
  .max(32, '姓名不超过 32 个字');

const idOf = (what: string) =>
  z.coerce
    .number({ error: `请选择${what}` })
    .int(`请选择${what}`)
    .positive(`请选择${what}`);

export const orgCodeSchema = z
  .string({ error: '请填写机构代码' })
  .trim()
  .regex(
    /^[0-9A-Za-z][0-9A-Za-z_-]{0,31}$/,
    '机构代码为 1–32 位字母、数字、下划线或连字符（如统计用区划代码）',
  );

export const orgNameSchema = z
  .string({ error: '请填写机构名称' })
  .trim()
  .min(2, '机构名称至少 2 个字')
  .max(64, '机构名称不超过 64 个字');

export const orgKindSchema = z.enum(ORG_KINDS, { error: '请选择机构类型' });

export const orgCreateSchema = z.object({
  parentId: idOf('上级组织').nullable(),
  code: orgCodeSchema,
  name: orgNameSchema,
  kind: orgKindSchema,
});
export type OrgCreateInput = z.input<typeof orgCreateSchema>;

export const orgUpdateSchema = z.object({
  name: orgNameSchema.optional(),
  code: orgCodeSchema.optional(),
  active: z.boolean({ error: '启用状态应为是或否' }).optional(),
});
export type OrgUpdateInput = z.input<typeof orgUpdateSchema>;

/** The policy itself (length, classes) is checked on the server and explained by the form. */
export const passwordSchema = z
  .string({ error: '请输入密码' })
  .min(1, '请输入密码')
  .max(256, '密码不超过 256 个字符');

export const userCreateSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  orgId: idOf('所属组织'),
  password: passwordSchema,
});
export type UserCreateInput = z.input<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  displayName: displayNameSchema.optional(),
  orgId: idOf('所属组织').optional(),
  active: z.boolean({ error: '启用状态应为是或否' }).optional(),
});
export type UserUpdateInput = z.input<typeof userUpdateSchema>;

export const resetPasswordSchema = z.object({ password: passwordSchema });

export const userListQuerySchema = z.object({
  q: z.string().trim().max(64, '关键词不超过 64 个字').optional(),
  orgId: idOf('组织').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type UserListQuery = z.input<typeof userListQuerySchema>;

export const roleSchema = z.enum(ROLES, { error: '请选择角色' });

export const roleAssignSchema = z.object({
  userId: idOf('用户'),
  role: roleSchema,
  orgId: idOf('适用组织'),
});
export type RoleAssignInput = z.input<typeof roleAssignSchema>;

export const loginSchema = z.object({
  username: z.string({ error: '请输入用户名' }).trim().min(1, '请输入用户名').max(64, '用户名过长'),
  password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(256, '密码过长'),
});

export const changePasswordSchema = z.object({
  oldPassword: z.string({ error: '请输入原密码' }).min(1, '请输入原密码').max(256, '密码过长'),
  newPassword: z.string({ error: '请输入新密码' }).min(1, '请输入新密码').max(256, '密码过长'),
});

export const auditQuerySchema = z.object({
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(64).optional(),
  orgId: idOf('组织').optional(),
  from: z.string().trim().max(32).optional(),
  to: z.string().trim().max(32).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
