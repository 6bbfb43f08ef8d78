// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

describe('/entities/:id', () => {
  it('shows names, kind and region', async () => {
    renderRoute('/entities/c-05230efd');
    const name = await screen.findByRole('heading', { level: 1, name: '陝西醫工產業聯盟' });
    expect(name).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByText('陕西医工产业联盟')).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText('Shaanxi Medical-Engineering Industry Alliance')).toBeInTheDocument();
    expect(screen.getByText('Collaboration · alliance')).toBeInTheDocument();
    expect(screen.getByText('陕西省 · Shaanxi')).toBeInTheDocument();
  });

  it('lists relations with their evidence quotes and article links', async () => {
    renderRoute('/entities/c-05230efd');
    const relations = within(await screen.findByRole('region', { name: 'Relations (2)' }));
    const items = relations.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0] as HTMLElement);
    expect(
      first.getByText('聯盟由西安交通大學、空軍軍醫大學等高校和醫療機構共同組成。').tagName,
    ).toBe('BLOCKQUOTE');
    expect(first.getByText('is a member of')).toBeInTheDocument();
    expect(first.getByRole('link', { name: '陝西醫工產業聯盟正式成立運行' })).toHaveAttribute(
      'href',
      '/articles/shaanxi-medical-engineering-alliance',
    );
    const partners = relations
      .getAllByRole('link', { name: /大學$/ })
      .map((a) => a.getAttribute('href'));
    expect(partners.sort()).toEqual(['/entities/i-2c374659', '/entities/i-cfa94686']);
  });

  it('shows not-found for an unknown entity', async () => {
    renderRoute('/entities/c-00000000');
    expect(await screen.findByRole('heading', { name: 'Entity not found' })).toBeInTheDocument();
  });
});
