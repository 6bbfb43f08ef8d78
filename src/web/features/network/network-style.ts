import type { StylesheetStyle } from 'cytoscape';
import { CJK_FONT_STACK } from '../../lib/labels';
import type { NetworkNodeKind } from './build-network-elements';

/** Node colours by kind; the legend reads the same table so they cannot drift apart. */
// Labels are UI strings (`network.legend.<kind>` in lib/i18n).
export const KIND_COLOURS: Record<
  NetworkNodeKind,
  { fill: string; shape: 'round-rectangle' | 'ellipse' }
> = {
  collaboration: { fill: '#0d9488', shape: 'round-rectangle' },
  institution: { fill: '#6366f1', shape: 'ellipse' },
};

export const networkStylesheet: StylesheetStyle[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': CJK_FONT_STACK,
      'font-size': 12,
      color: '#1e293b',
      'text-valign': 'bottom',
      'text-margin-y': 6,
      'text-wrap': 'ellipsis',
      'text-max-width': '160px',
      'text-background-color': '#fafaf9',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 'mapData(degree, 0, 12, 18, 48)',
      height: 'mapData(degree, 0, 12, 18, 48)',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  ...Object.entries(KIND_COLOURS).map(([kind, { fill, shape }]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': fill, shape },
  })),
  { selector: 'node[?outside]', style: { opacity: 0.55 } },
  { selector: 'node:selected', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#cbd5e1',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#cbd5e1',
      'arrow-scale': 0.8,
    },
  },
];
