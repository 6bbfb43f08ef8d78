/**
 * Generates src/web/features/regions/province-shapes.json: China's provincial-level divisions as
 * projected, simplified SVG paths for the /regions map. The browser then needs neither d3-geo
 * nor the 344 kB GeoJSON; the shapes travel in the lazily loaded regions chunk only.
 *
 *   npx tsx scripts/build-province-shapes.ts
 *
 * Source: china-geojson (devDependency), `src/geojson/china.json`, 35 features whose
 * `properties.id` is the two-digit province code (Hong Kong and Macao have none; the South China
 * Sea islands inset has an empty id and is drawn as a decoration). Names come from
 * data/gazetteer/regions.json so the map and the dataset agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const WIDTH = 800;
const HEIGHT = 600;
/** Where the South China Sea islands inset goes (bottom right, as on official maps). */
const INSET = { x0: 712, y0: 452, x1: 792, y1: 592 };
/** Points closer than this (in px of the 800-wide map) to the last kept point are dropped. */
const TOLERANCE = 1.2;

type Props = { id?: string; name: string };
const require = createRequire(import.meta.url);
const source = join(
  dirname(require.resolve('china-geojson/package.json')),
  'src/geojson/china.json',
);
const china = JSON.parse(readFileSync(source, 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  Props
>;
const gazetteer = JSON.parse(readFileSync('data/gazetteer/regions.json', 'utf8')) as {
  code: string;
  name: string;
  nameEn: string;
  level: string;
}[];
const provinces = new Map(gazetteer.filter((r) => r.level === 'province').map((r) => [r.code, r]));
const BY_NAME: Record<string, string> = { 香港: '810000', 澳门: '820000' };

/** d3 wants exterior rings clockwise; GeoJSON files often wind them the other way. */
function rewind(feature: Feature<Polygon | MultiPolygon, Props>) {
  const polygons =
    feature.geometry.type === 'Polygon'
      ? [feature.geometry.coordinates]
      : feature.geometry.coordinates;
  for (const rings of polygons) {
    if (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI)
      rings.forEach((ring) => ring.reverse());
  }
  return feature;
}

china.features.forEach(rewind);
const isInset = (f: Feature<Polygon | MultiPolygon, Props>) => f.properties.id === '';
const mainland: FeatureCollection<Polygon | MultiPolygon, Props> = {
  type: 'FeatureCollection',
  features: china.features.filter((f) => !isInset(f)),
};
// Mercator keeps meridians straight, so the inset's frame stays a rectangle.
const projection = geoMercator().fitExtent(
  [
    [8, 8],
    [INSET.x0 - 8, HEIGHT - 8],
  ],
  mainland,
);
const centroidOf = geoPath(projection);

/** The inset is drawn at its own scale in the corner, like the inset on a printed map. */
function insetTransform(feature: Feature<Polygon | MultiPolygon, Props>) {
  const [[x0, y0], [x1, y1]] = centroidOf.bounds(feature);
  const k = Math.min((INSET.x1 - INSET.x0) / (x1 - x0), (INSET.y1 - INSET.y0) / (y1 - y0));
  return ([x, y]: [number, number]): [number, number] => [
    INSET.x0 + (x - x0) * k,
    INSET.y0 + (y - y0) * k,
  ];
}
let place = (xy: [number, number]) => xy;

function ringPath(ring: Position[]): string {
  const kept: [number, number][] = [];
  for (const point of ring) {
    const projected = projection(point as [number, number]);
    const xy = projected ? place(projected) : null;
    if (!xy) continue;
    const last = kept[kept.length - 1];
    if (last && Math.hypot(xy[0] - last[0], xy[1] - last[1]) < TOLERANCE) continue;
    kept.push(xy);
  }
  if (kept.length < 3) return '';
  return `M${kept.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
}

function featurePath(feature: Feature<Polygon | MultiPolygon, Props>): string {
  const polygons =
    feature.geometry.type === 'Polygon'
      ? [feature.geometry.coordinates]
      : feature.geometry.coordinates;
  return polygons.flatMap((rings) => rings.map(ringPath)).join('');
}

const shapes = [];
const decorations = [];
for (const feature of china.features) {
  const { id, name } = feature.properties;
  const code = id ? `${id}0000` : BY_NAME[name];
  if (!code) {
    place = insetTransform(feature);
    decorations.push(featurePath(feature));
    place = (xy) => xy;
    continue;
  }
  const d = featurePath(feature);
  const province = provinces.get(code);
  if (!province) throw new Error(`no gazetteer province for ${code} (${name})`);
  const [cx, cy] = centroidOf.centroid(feature);
  // Small divisions get at least a tap-sized circle, drawn by the map around their centroid.
  const [[x0, y0], [x1, y1]] = centroidOf.bounds(feature);
  shapes.push({
    code,
    name: province.name,
    nameEn: province.nameEn,
    d,
    cx: Number(cx.toFixed(1)),
    cy: Number(cy.toFixed(1)),
    small: Math.max(x1 - x0, y1 - y0) < 14,
  });
}
shapes.sort((a, b) => a.code.localeCompare(b.code));
const out = { width: WIDTH, height: HEIGHT, provinces: shapes, decorations };
const target = 'src/web/features/regions/province-shapes.json';
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`${target}: ${shapes.length} provinces, ${JSON.stringify(out).length} bytes`);
