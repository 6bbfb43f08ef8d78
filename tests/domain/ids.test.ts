import { describe, expect, it } from 'vitest';
import {
  articleIdFromFileName,
  entityId,
  hash32,
  isUrlSafeId,
  regionContains,
} from '../../src/domain';

describe('article ids', () => {
  it('are the raw file name without extension when that is URL-safe', () => {
    expect(articleIdFromFileName('000_8acf72d1639afed9.txt')).toBe('000_8acf72d1639afed9');
    expect(articleIdFromFileName('data/raw/004_f1e248e0704a5347.txt')).toBe('004_f1e248e0704a5347');
  });

  it('stay URL-safe and unique for names with spaces, capitals or Han characters', () => {
    const a = articleIdFromFileName('陕西 联盟.html');
    const b = articleIdFromFileName('陕西 联合.html');
    const c = articleIdFromFileName('News Report 1.HTML');
    for (const id of [a, b, c]) expect(isUrlSafeId(id)).toBe(true);
    expect(a).not.toBe(b);
    expect(c).toMatch(/^news-report-1-[0-9a-f]{8}$/);
  });

  it('depend on the name only, so they are stable', () => {
    expect(articleIdFromFileName('x y.txt')).toBe(articleIdFromFileName('x y.txt'));
  });
});

describe('entity ids', () => {
  it('derive from kind and match key', () => {
    expect(entityId('collaboration', '陕西医工产业联盟')).toMatch(/^c-[0-9a-f]{8}$/);
    expect(entityId('institution', 'a')).not.toBe(entityId('collaboration', 'a'));
    expect(hash32('abc')).toBe(hash32('abc'));
  });
});

describe('region containment', () => {
  it('follows province ⊃ city ⊃ district', () => {
    expect(regionContains('610000', '610100')).toBe(true);
    expect(regionContains('610000', '610113')).toBe(true);
    expect(regionContains('210100', '210113')).toBe(true);
    expect(regionContains('210100', '210200')).toBe(false);
    expect(regionContains('310107', '310000')).toBe(false);
  });
});
