import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KINDS,
  parseNetworkParams,
  withNetworkParams,
} from '../../src/web/features/network/network-params';

const parse = (q: string) => parseNetworkParams(new URLSearchParams(q));

describe('network URL params', () => {
  it('defaults to organisations, every relation, the graph', () => {
    expect(parse('')).toEqual({
      focus: null,
      hops: null,
      kinds: DEFAULT_KINDS,
      rels: [],
      view: 'graph',
    });
  });

  it('reads valid values and falls back on bad ones, one param at a time', () => {
    expect(
      parse('focus=c-05230efd&hops=2&kinds=person,institution&rels=member,bogus&view=list'),
    ).toEqual({
      focus: 'c-05230efd',
      hops: 2,
      kinds: ['institution', 'person'],
      rels: ['member'],
      view: 'list',
    });
    expect(parse('focus=<script>&hops=9&kinds=nope&view=3d')).toEqual(parse(''));
  });

  it('writes canonical links: defaults left out, other params kept', () => {
    const base = new URLSearchParams('region=610000&lang=zh&focus=c-11111111');
    const out = withNetworkParams(base, {
      ...parse(''),
      focus: 'c-05230efd',
      hops: 3,
      kinds: ['person', 'collaboration'],
    });
    expect(out.toString()).toBe(
      'region=610000&lang=zh&focus=c-05230efd&hops=3&kinds=collaboration%2Cperson',
    );
    expect(withNetworkParams(out, parse('')).toString()).toBe('region=610000&lang=zh');
  });

  it('drops hops without a focus', () => {
    expect(withNetworkParams(new URLSearchParams(), { ...parse(''), hops: 2 }).toString()).toBe('');
  });
});
