// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

const headings = (level: number) =>
  screen.getAllByRole('heading', { level }).map((h) => h.firstChild?.textContent ?? h.textContent);
/** A <time> by its whole text (the "year unknown" note is a child element). */
const time = (text: string) =>
  screen.getByText((_, el) => el?.tagName === 'TIME' && el.textContent === text);
const entryLinks = () =>
  screen
    .getAllByRole('link')
    .filter((a) => a.getAttribute('href')?.startsWith('/articles/'))
    .map((a) => a.textContent);

describe('/ (timeline)', () => {
  it('groups dated entries by year and month, then the yearless and undated lanes', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(headings(2)).toEqual([
      'Filters and time range',
      '2021',
      '2022',
      'Year unknown',
      'Undated',
    ]);
    expect(headings(3)).toEqual(['March 2021', 'April 2021', '2022, month not stated', 'May 2022']);
    expect(screen.getByText(/6 entries: 4 dated, 1 without a year, 1 undated/)).toBeInTheDocument();
  });

  it('shows partial dates honestly: no guessed year, a question mark and marks', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    expect(time('Nov 8 (year unknown)')).toHaveAttribute('dateTime', '11-08');
    expect(time('Mar 31, 2021?')).toHaveAttribute('lang', 'en');
    expect(time('2022?')).toHaveAttribute('dateTime', '2022');
    expect(screen.getAllByText('year inferred')).toHaveLength(2);
    expect(time('May 2022?')).toHaveAttribute('dateTime', '2022-05');
    expect(screen.getAllByText('curated').length).toBeGreaterThan(0);
  });

  it('formats dates and headings in Chinese with ?lang=zh', async () => {
    renderRoute('/?lang=zh');
    expect(await screen.findByRole('heading', { level: 1, name: '时间线' })).toBeInTheDocument();
    expect(time('11月8日（年份未知）')).toHaveAttribute('lang', 'zh-Hans');
    expect(time('2021?年3月31日')).toBeInTheDocument();
    expect(screen.getAllByText('年份为推断')).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 3, name: '2021年3月' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '年份未知' })).toBeInTheDocument();
  });

  it('keeps article titles in their own language and links them with the shared params', async () => {
    renderRoute('/?region=610000&lang=zh&type=alliance');
    const link = await screen.findByRole('link', { name: '陝西醫工產業聯盟正式成立運行' });
    expect(link).toHaveAttribute('lang', 'zh-Hant');
    expect(link).toHaveAttribute(
      'href',
      '/articles/shaanxi-medical-engineering-alliance?region=610000&lang=zh',
    );
    expect(screen.getByRole('link', { name: '联盟' })).toHaveAttribute(
      'href',
      '/alliances?region=610000&lang=zh',
    );
  });

  it('filters by region, a province matching its cities', async () => {
    renderRoute('/?region=610000');
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    expect(new Set(entryLinks())).toEqual(
      new Set(['陝西醫工產業聯盟正式成立運行', '西安医学影像联合实验室揭牌']),
    );
  });

  it('filters by collaboration type through the facet buttons, with counts', async () => {
    const { user, router } = renderRoute('/');
    const agreement = await screen.findByRole('button', { name: 'Agreement 1' });
    expect(screen.getByRole('button', { name: 'Alliance 2' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await user.click(agreement);
    expect(router.location.search).toBe('?type=agreement');
    expect(agreement).toHaveAttribute('aria-pressed', 'true');
    expect(new Set(entryLinks())).toEqual(
      new Set(['Explore new methods of cross-integration of the medical industry']),
    );
    await act(() => router.navigate(-1));
    expect(entryLinks()).toHaveLength(6);
  });

  it('applies a time range from the keyboard fields and hides the lanes it cannot place', async () => {
    const { user, router } = renderRoute('/');
    await user.type(await screen.findByRole('textbox', { name: 'From' }), '2022-05');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(router.location.search).toBe('?from=2022-05');
    expect(headings(2)).toEqual(['Filters and time range', '2022']);
    expect(screen.getByText(/2 entries without a year or a date are hidden/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear range' }));
    expect(router.location.search).toBe('');
  });

  it('refuses a malformed date in the fields, and ignores one in the URL', async () => {
    const { user, router } = renderRoute('/?from=2021-02-30&to=banana');
    const from = await screen.findByRole('textbox', { name: 'From' });
    expect(from).toHaveValue('');
    expect(entryLinks()).toHaveLength(6);
    await user.type(from, '2021-13');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Not a date');
    expect(router.location.search).toBe('?from=2021-02-30&to=banana');
  });

  it('reads a range from the URL into the fields and the histogram', async () => {
    renderRoute('/?from=2021-03&to=2021-03');
    expect(await screen.findByRole('textbox', { name: 'From' })).toHaveValue('2021-03');
    expect(
      screen.getByRole('img', { name: /Entries per month from 2021-01 to 2022-12/ }),
    ).toBeInTheDocument();
    expect(entryLinks()).toEqual(['母婴大健康产业技术创新联盟升级盛启']);
  });

  it('moves between entries with the arrow keys', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    const links = screen.getAllByRole('link').filter((a) => a.closest('[data-ordinal]'));
    links[0]?.focus();
    await user.keyboard('{ArrowDown}');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(links[1]);
    await user.keyboard('{End}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toHaveTextContent('西安医学影像联合实验室揭牌');
    await user.keyboard('{Home}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(links[0]);
  });
});
