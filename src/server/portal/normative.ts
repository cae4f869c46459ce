// 行政规范性文件 of a township on a page of its own: every published (or filed, repealed, expired)
// document with its 文号, 施行日期, 有效期至 and 有效性 (有效/失效/废止), read through the normative
// documents ledger's portal hook like the catalogue's part.
import type { SectionDef } from './sections.ts';

export const NORMATIVE_SECTION: SectionDef = {
  slug: 'normative',
  title: '行政规范性文件',
  lead: '本机关制定并公布的行政规范性文件。未经公布的规范性文件不得作为行政管理依据；文件失效或者被废止的，在此注明。',
  parts: [
    {
      ledger: 'normative_docs',
      type: 'normative_doc',
      heading: '行政规范性文件及其有效性',
      note: '列明文件名称、文号、公布日期、施行日期、有效期和有效性（有效、失效、废止）。',
      empty: '目前没有公布的行政规范性文件。',
      validity: true,
    },
  ],
};
