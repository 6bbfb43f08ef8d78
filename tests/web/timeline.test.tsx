// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

describe('/ (timeline)', () => {
  it('groups dated entries by year and month, then yearless, then undated', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['2021', '2022', 'Year unknown', 'Undated']);
    expect(screen.getByRole('heading', { level: 3, name: 'March 2021' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'May 2022' })).toBeInTheDocument();
  });

  it('shows a date without a year as such, never with a guessed year', async () => {
    renderRoute('/');
    const section = within(await screen.findByRole('region', { name: 'Year unknown' }));
    const date = section.getByText('11月8日');
    expect(date.tagName).toBe('TIME');
    expect(date).toHaveAttribute('lang', 'zh-Hant');
    expect(section.getByText('(year unknown)')).toBeInTheDocument();
    expect(section.getByRole('link', { name: '陝西醫工產業聯盟正式成立運行' })).toHaveAttribute(
      'lang',
      'zh-Hant',
    );
  });

  it('marks inferred and curated dates and keeps a month-precision date to its month', async () => {
    renderRoute('/');
    const march = within(await screen.findByRole('region', { name: 'March 2021' }));
    expect(march.getByText('2021年3月31日')).toBeInTheDocument();
    expect(march.getByText('year inferred')).toBeInTheDocument();
    const may = within(screen.getByRole('region', { name: 'May 2022' }));
    expect(may.getByText('May 2022', { selector: 'time' })).toHaveAttribute('dateTime', '2022-05');
    expect(may.getByText('curated')).toBeInTheDocument();
  });

  it('lists an article with no date at all under Undated', async () => {
    renderRoute('/');
    const undated = within(await screen.findByRole('region', { name: 'Undated' }));
    expect(undated.getByRole('link', { name: '西安医学影像联合实验室揭牌' })).toBeInTheDocument();
    expect(undated.queryByRole('time')).not.toBeInTheDocument();
  });

  it('filters by ?region= (a province matches its cities) and carries it on links', async () => {
    renderRoute('/?region=610000');
    const link = await screen.findByRole('link', { name: '西安医学影像联合实验室揭牌' });
    expect(link).toHaveAttribute('href', '/articles/xian-imaging-joint-lab?region=610000');
    expect(screen.queryByText('母婴大健康产业技术创新联盟升级盛启')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alliances' })).toHaveAttribute(
      'href',
      '/alliances?region=610000',
    );
  });
});
