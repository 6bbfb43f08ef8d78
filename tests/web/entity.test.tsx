// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

describe('/entities/:id', () => {
  it('shows every form of the name, kind, type and region', async () => {
    renderRoute('/entities/c-05230efd');
    const name = await screen.findByRole('heading', { level: 1, name: '陝西醫工產業聯盟' });
    expect(name).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByText('陕西医工产业联盟')).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText('Shaanxi Medical-Engineering Industry Alliance')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(screen.getByText('Collaboration · Alliance')).toBeInTheDocument();
    expect(screen.getByText('Shaanxi')).toBeInTheDocument();
    expect(screen.getByText('陕西省')).toHaveAttribute('lang', 'zh-Hans');
    const founded = screen.getByText(
      (_, el) => el?.tagName === 'TIME' && el.textContent === 'Nov 8 (year unknown)',
    );
    expect(founded).toHaveAttribute('dateTime', '11-08');
    expect(screen.getByText('成立')).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByRole('link', { name: 'Show in the network' })).toHaveAttribute(
      'href',
      '/network?focus=c-05230efd',
    );
  });

  it('lists relations with their evidence quotes and article links', async () => {
    renderRoute('/entities/c-05230efd?region=610000');
    const relations = within(await screen.findByRole('region', { name: 'Relations (2)' }));
    const items = relations.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0] as HTMLElement);
    expect(
      first.getByText('聯盟由西安交通大學、空軍軍醫大學等高校和醫療機構共同組成。').tagName,
    ).toBe('BLOCKQUOTE');
    expect(first.getByText('is a member of')).toBeInTheDocument();
    expect(first.getByText('undated')).toBeInTheDocument();
    expect(first.getByRole('link', { name: '陝西醫工產業聯盟正式成立運行' })).toHaveAttribute(
      'href',
      '/articles/shaanxi-medical-engineering-alliance?region=610000',
    );
    const partners = relations
      .getAllByRole('link', { name: /大學$/ })
      .map((a) => a.getAttribute('href'));
    expect(partners.sort()).toEqual([
      '/entities/i-2c374659?region=610000',
      '/entities/i-cfa94686?region=610000',
    ]);
  });

  it('marks curated entities and relations, and dates relations', async () => {
    renderRoute('/entities/c-2379a536?lang=zh');
    expect(
      await screen.findByText('Chinese name from the curation table (fixture).'),
    ).toBeInTheDocument();
    const relations = within(screen.getByRole('region', { name: '关系（1）' }));
    expect(relations.getByText('2022?年5月', { selector: 'time' })).toBeInTheDocument();
    expect(relations.getAllByText('人工核定').length).toBeGreaterThanOrEqual(2);
    expect(relations.getByText('签署')).toBeInTheDocument();
  });

  it('shows a person with the articles mentioning them', async () => {
    renderRoute('/entities/p-293a1a8c');
    expect(await screen.findByRole('heading', { level: 1, name: '王明' })).toBeInTheDocument();
    expect(screen.getByText('Person · Person')).toBeInTheDocument();
    expect(screen.getByText('副校长', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('(副校长)')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Show in the network' })).not.toBeInTheDocument();
    const articles = within(screen.getByRole('region', { name: 'Articles (1)' }));
    expect(articles.getByRole('link', { name: '西安医学影像联合实验室揭牌' })).toBeInTheDocument();
    expect(articles.getByText('undated')).toBeInTheDocument();
  });

  it('shows not-found for an unknown entity', async () => {
    renderRoute('/entities/c-00000000');
    expect(await screen.findByRole('heading', { name: 'Entity not found' })).toBeInTheDocument();
  });
});
