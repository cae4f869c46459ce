// What a clerk does with a generated draft before it can be signed: the PUT body of the editor,
// with every 【待补充】 paragraph (an area without records) written out, as the placeholder rule
// (integrity/placeholder) refuses to sign a draft that still has one.
import { OUTLINE_AREAS } from '../src/shared/indicators.ts';

interface ViewParagraph {
  kind: string;
  text: string;
  area?: string;
}
interface ViewSection {
  key: string;
  heading: string;
  paragraphs: ViewParagraph[];
}

/** The words a clerk writes for an area the ledgers have no records of (no figures, no notes). */
export function writtenGap(area: string | undefined): string {
  const label = OUTLINE_AREAS.find((a) => a.id === area)?.label ?? '本领域';
  return `${label}方面，对照年度工作要点逐项推进，相关会议纪要和工作材料已整理归档备查。`;
}

/** The editable sections of a report view; gaps written out unless `keepGaps`. */
export function editableSections(
  view: { draft: { sections: ViewSection[] } },
  opts: { keepGaps?: boolean } = {},
): ViewSection[] {
  return view.draft.sections.map((s) => ({
    key: s.key,
    heading: s.heading,
    paragraphs: s.paragraphs.map((p) =>
      p.kind === 'gap' && !opts.keepGaps
        ? { kind: 'body', text: writtenGap(p.area), ...(p.area ? { area: p.area } : {}) }
        : { kind: p.kind, text: p.text, ...(p.area ? { area: p.area } : {}) },
    ),
  }));
}
