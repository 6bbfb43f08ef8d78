// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getAllByRole('link')[0]?.textContent);

const openRegionFilter = async (user: ReturnType<typeof renderRoute>['user']) => {
  await user.click(await screen.findByRole('button', { name: /^Region:/ }));
  return screen.getByRole('searchbox', { name: 'Filter regions' });
};

describe('/alliances', () => {
  it('lists the collaborations inside ?region= (cities included), most reported first', async () => {
    renderRoute('/alliances?region=610000');
    await screen.findByRole('table');
    expect(rowNames().sort()).toEqual(['西安医学影像联合实验室', '陝西醫工產業聯盟'].sort());
    expect(screen.getByRole('button', { name: /^Region:/ })).toHaveTextContent('1 selected');
    expect(
      screen.getByRole('button', { name: 'Remove Shaanxi from the filter' }),
    ).toBeInTheDocument();
  });

  it('multi-selects regions in the filter, pushing ?region=; back restores', async () => {
    const { router, user } = renderRoute('/alliances?region=610000');
    await screen.findByRole('table');
    await openRegionFilter(user);
    expect(screen.getByRole('checkbox', { name: /^Shaanxi/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^Shenyang/ }));
    expect(router.location.search).toBe('?region=610000,210100');
    expect(rowNames()).toHaveLength(3);
    expect(rowNames()).toContain('沈阳市母婴医疗及护理服务产业技术创新联盟');
    await user.click(screen.getByRole('checkbox', { name: /^Shaanxi/ }));
    expect(router.location.search).toBe('?region=210100');
    expect(rowNames()).not.toContain('陝西醫工產業聯盟');
    await act(() => router.navigate(-1));
    expect(router.location.search).toBe('?region=610000,210100');
    expect(rowNames()).toContain('陝西醫工產業聯盟');
  });

  it('narrows the region list as you type, with article counts', async () => {
    const { user } = renderRoute('/alliances');
    const search = await openRegionFilter(user);
    expect(screen.getByRole('checkbox', { name: 'Liaoning 辽宁省 2 articles' })).not.toBeChecked();
    await user.type(search, '西安');
    expect(screen.getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual([
      'Shaanxi 陕西省 22 articles',
      "Xi'an 西安市 11 article",
    ]);
    await user.clear(search);
    await user.type(search, 'nowhere');
    expect(screen.getByText('No region matches “nowhere”.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('searchbox', { name: 'Filter regions' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Region:/ })).toHaveFocus();
  });

  it('shows every collaboration for an unreadable region value, and after clearing', async () => {
    const { router, user } = renderRoute('/alliances?region=not-a-code');
    await screen.findByRole('table');
    expect(rowNames()).toHaveLength(4);
    await openRegionFilter(user);
    await user.click(screen.getByRole('checkbox', { name: /^Liaoning/ }));
    expect(rowNames()).toHaveLength(2);
    await user.click(screen.getAllByRole('button', { name: 'Clear' })[0] as HTMLElement);
    expect(router.location.search).toBe('');
    expect(rowNames()).toHaveLength(4);
  });

  it('sorts by a column from the URL and by clicking its header', async () => {
    const { router, user } = renderRoute('/alliances?sort=date&dir=desc');
    await screen.findByRole('table');
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(rowNames().slice(0, 2)).toEqual([
      'strategic cooperation agreement',
      '沈阳市母婴医疗及护理服务产业技术创新联盟',
    ]);
    await user.click(screen.getByRole('button', { name: /^Date/ }));
    expect(router.location.search).toBe('?sort=date&dir=asc');
    expect(rowNames().slice(0, 2)).toEqual([
      '沈阳市母婴医疗及护理服务产业技术创新联盟',
      'strategic cooperation agreement',
    ]);
    await user.click(screen.getByRole('button', { name: /^Members/ }));
    expect(router.location.search).toBe('?sort=members');
    expect(rowNames()[0]).toBe('陝西醫工產業聯盟');
    expect(screen.getByRole('columnheader', { name: /Members/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('filters by type with facet counts, together with the region filter', async () => {
    const { router, user } = renderRoute('/alliances?region=610000');
    await user.click(await screen.findByRole('button', { name: 'Joint lab 1' }));
    expect(router.location.search).toBe('?type=joint-lab&region=610000');
    expect(rowNames()).toEqual(['西安医学影像联合实验室']);
    expect(screen.queryByRole('button', { name: /^Agreement/ })).not.toBeInTheDocument();
  });

  it('links each row to its entity page and to the network focused on it, keeping the region', async () => {
    renderRoute('/alliances?region=610000&lang=zh');
    const link = await screen.findByRole('link', { name: '陝西醫工產業聯盟' });
    expect(link).toHaveAttribute('href', '/entities/c-05230efd?region=610000&lang=zh');
    expect(link).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByRole('link', { name: '在关系网络中查看陝西醫工產業聯盟' })).toHaveAttribute(
      'href',
      '/network?focus=c-05230efd&region=610000&lang=zh',
    );
    expect(screen.getByRole('columnheader', { name: /文章/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });
});
