// Heavy reports for the probes: a Word document of `chars` characters of plausible text, built in
// the test (seeded, so every run sends the same bytes), compressing about 3:1 like real prose.
import JSZip from 'jszip';
import { seededRandom } from '../../src/shared/random.ts';

const CHARS =
  '法治政府建设工作推进依法行政决策程序执法监督复议诉讼公开透明责任落实乡镇街道村社区矛盾纠纷调解群众满意度提升培训学习宣传教育';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * `distinct` paragraphs are drawn for the whole text (slow to check: every passage is new), the
 * others repeat `pool` (400) drawn paragraphs (quick to build and to read; a small pool compresses
 * far better than prose).
 */
export async function heavyDocx(
  chars: number,
  opts: { seed?: number; distinct?: boolean; pool?: number } = {},
): Promise<Buffer> {
  const rnd = seededRandom(opts.seed ?? 7);
  const pool: string[] = [];
  const size = opts.distinct ? Math.ceil(chars / 40) : (opts.pool ?? 400);
  for (let k = 0, n = 0; k < size && (!opts.distinct || n < chars); k++) {
    const len = 40 + Math.floor(rnd() * 200);
    let p = '';
    for (let i = 0; i < len; i++) p += CHARS[Math.floor(rnd() * CHARS.length)];
    pool.push(`${p}。`);
    n += len + 1;
  }
  const paras: string[] = ['<w:p><w:r><w:t>某镇2025年度法治政府建设情况报告</w:t></w:r></w:p>'];
  for (let n = 0, k = 0; n < chars; k++) {
    const p = opts.distinct ? pool[k % pool.length] : pool[Math.floor(rnd() * pool.length)];
    paras.push(`<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`);
    n += p.length;
  }
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras.join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
