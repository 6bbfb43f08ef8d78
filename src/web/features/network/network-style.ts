import type { StylesheetStyle } from 'cytoscape';
import type { EntityKind, EntitySubtype, RelationType } from '../../../domain';
import { CJK_FONT_STACK } from '../../lib/labels';

/** Shape by kind; the legend reads these tables, so drawing and legend cannot drift apart. */
export const KIND_SHAPES: Record<EntityKind, 'round-rectangle' | 'ellipse' | 'diamond'> = {
  collaboration: 'round-rectangle',
  institution: 'ellipse',
  person: 'diamond',
};

/** Fill by subtype (collaborations share one hue: their shape already sets them apart). */
export const SUBTYPE_COLOURS: Partial<Record<EntitySubtype, string>> & { other: string } = {
  alliance: '#0f766e',
  agreement: '#0f766e',
  'joint-lab': '#0f766e',
  committee: '#0f766e',
  incubator: '#0f766e',
  programme: '#0f766e',
  hospital: '#e11d48',
  university: '#4f46e5',
  company: '#d97706',
  government: '#475569',
  association: '#9333ea',
  research: '#0284c7',
  park: '#65a30d',
  media: '#db2777',
  investor: '#ea580c',
  other: '#78716c',
  person: '#a8a29e',
};
export const COLLABORATION_COLOUR = '#0f766e';
/** Institution subtypes in legend order. */
export const INSTITUTION_SUBTYPES: EntitySubtype[] = [
  'hospital',
  'university',
  'research',
  'company',
  'government',
  'association',
  'park',
  'media',
  'investor',
  'other',
];

/** Line style by relation type: taking part is solid, being named together is dotted. */
export const EDGE_STYLES: Record<
  RelationType,
  { line: 'solid' | 'dashed' | 'dotted'; width: number }
> = {
  founder: { line: 'solid', width: 3 },
  organiser: { line: 'solid', width: 3 },
  'co-organiser': { line: 'solid', width: 2.5 },
  operator: { line: 'solid', width: 2.5 },
  launched: { line: 'solid', width: 2.5 },
  signatory: { line: 'solid', width: 2.5 },
  member: { line: 'solid', width: 1.8 },
  guide: { line: 'dashed', width: 1.8 },
  witness: { line: 'dashed', width: 1.4 },
  'located-in': { line: 'dashed', width: 1.2 },
  'mentioned-with': { line: 'dotted', width: 1.2 },
};

/** Colours read from the page's CSS variables (theme-colours.ts), so dark mode follows the app. */
export type Palette = {
  canvas: string;
  ink: string;
  muted: string;
  line: string;
  strongLine: string;
  focus: string;
  dark: boolean;
};

/**
 * `big` graphs (over 2 000 nodes) draw straight haystack edges without arrows and hide labels
 * until zoomed in: bezier edges and thousands of labels are what makes a frame slow.
 */
export function networkStylesheet(p: Palette, big = false): StylesheetStyle[] {
  const fast: StylesheetStyle[] = big
    ? [
        { selector: 'node', style: { 'min-zoomed-font-size': 11 } },
        { selector: 'edge', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none' } },
      ]
    : [];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': CJK_FONT_STACK,
        'font-size': 14,
        'line-height': 1.25,
        color: p.ink,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '1000px',
        'text-outline-color': p.canvas,
        'text-outline-width': 2.5,
        'min-zoomed-font-size': 5,
        width: 'data(size)',
        height: 'data(size)',
        'background-color': SUBTYPE_COLOURS.other,
        'border-width': 1.5,
        'border-color': p.canvas,
      },
    },
    ...Object.entries(KIND_SHAPES).map(([kind, shape]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape },
    })),
    ...Object.entries(SUBTYPE_COLOURS).map(([subtype, fill]) => ({
      selector: `node[subtype = "${subtype}"]`,
      style: { 'background-color': fill },
    })),
    { selector: 'node[kind = "collaboration"]', style: { 'font-weight': 'bold', 'font-size': 15 } },
    { selector: 'node[kind = "person"]', style: { 'font-size': 10, color: p.muted } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': p.line,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': p.line,
        'arrow-scale': 0.7,
        opacity: 0.9,
      },
    },
    ...Object.entries(EDGE_STYLES).map(([type, { line, width }]) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-style': line, width },
    })),
    {
      selector:
        'edge[type = "founder"], edge[type = "organiser"], edge[type = "signatory"], edge[type = "launched"], edge[type = "operator"], edge[type = "co-organiser"]',
      style: { 'line-color': p.strongLine, 'target-arrow-color': p.strongLine },
    },
    { selector: 'edge[type = "mentioned-with"]', style: { 'target-arrow-shape': 'none' } },
    // State classes, set by the controllers in one batch; never per-element style bypasses.
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.outside', style: { opacity: 0.45 } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    {
      selector: 'node.hovered, node.neighbour',
      style: { opacity: 1, 'text-opacity': 1, 'z-index': 9 },
    },
    {
      selector: 'edge.lit',
      style: { opacity: 1, 'line-color': p.focus, 'target-arrow-color': p.focus, 'z-index': 9 },
    },
    {
      selector: 'node.focus',
      style: { 'border-color': p.focus, 'border-width': 4, 'font-size': 16, 'z-index': 10 },
    },
    ...fast,
  ];
}
