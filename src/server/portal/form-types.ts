// The portal's own tables (migration 0025), extending the Database interface of db/types.ts.
import type { Generated } from 'kysely';

/** The receipt of a request made on the portal (申请编号; the 查询码 only as its keyed hash). */
export interface PortalReceiptTable {
  id: Generated<number>;
  orgId: number;
  requestId: number;
  receiptNo: string;
  codeHash: string;
  createdAt: string;
}

/** An organisation's details for its 政府信息公开指南 (受理机构, address, telephone, hours). */
export interface PortalOrgProfileTable {
  orgId: number;
  office: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  hours: string | null;
  updatedAt: Generated<string>;
}

declare module '../db/types.ts' {
  interface Database {
    portalReceipt: PortalReceiptTable;
    portalOrgProfile: PortalOrgProfileTable;
  }
}
