// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);

describe('/alliances', () => {
  it('lists only the collaborations inside ?region= (cities included)', async () => {
    renderRoute('/alliances?region=610000');
    await screen.findByRole('table');
    expect(rowNames().sort()).toEqual(['西安医学影像联合实验室', '陝西醫工產業聯盟'].sort());
    const region = screen.getByRole('combobox', { name: 'Region' });
    expect(region).toHaveValue('610000');
    expect(within(region).getByRole('option', { name: '辽宁省 Liaoning (2)' })).toBeInTheDocument();
  });

  it('updates the list and pushes ?region= when the select changes; back restores it', async () => {
    const { router, user } = renderRoute('/alliances?region=610000');
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), '210000');
    expect(router.state.location.search).toBe('?region=210000');
    expect(rowNames()).toHaveLength(2);
    expect(rowNames()).toContain('沈阳市母婴医疗及护理服务产业技术创新联盟');
    expect(rowNames()).not.toContain('陝西醫工產業聯盟');
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?region=610000');
    expect(rowNames()).toContain('陝西醫工產業聯盟');
  });

  it('shows every collaboration for "All regions" and for an unreadable region value', async () => {
    const { router, user } = renderRoute('/alliances?region=not-a-code');
    await screen.findByRole('table');
    expect(rowNames()).toHaveLength(4);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), '210000');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'All regions');
    expect(router.state.location.search).toBe('');
    expect(rowNames()).toHaveLength(4);
  });

  it('links each row to its entity page, keeping the region', async () => {
    renderRoute('/alliances?region=610000');
    const link = await screen.findByRole('link', { name: '陝西醫工產業聯盟' });
    expect(link).toHaveAttribute('href', '/entities/c-05230efd?region=610000');
    expect(link).toHaveAttribute('lang', 'zh-Hant');
  });
});
