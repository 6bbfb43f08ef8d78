// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

describe('/regions', () => {
  it('draws the provinces with data as buttons named with their counts; the rest are decoration', async () => {
    renderRoute('/regions');
    const map = await screen.findByRole('group', {
      name: 'Map of China’s provinces shaded by collaborations',
    });
    const buttons = within(map).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Liaoning: 2 collaborations, 2 articles',
      'Shaanxi: 2 collaborations, 2 articles',
    ]);
    expect(buttons.every((b) => b.getAttribute('tabindex') === '0')).toBe(true);
    expect(map.querySelectorAll('[aria-hidden="true"]').length).toBeGreaterThan(30);
  });

  it('toggles a province in the region filter by click or Enter; back restores', async () => {
    const { user, router } = renderRoute('/regions?lang=zh');
    const shaanxi = await screen.findByRole('button', { name: '陕西省：2 个合作组织，2 篇文章' });
    await user.click(shaanxi);
    expect(router.location.search).toBe('?region=610000&lang=zh');
    expect(shaanxi).toHaveAttribute('aria-pressed', 'true');
    const liaoning = screen.getByRole('button', { name: /^辽宁省：/ });
    liaoning.focus();
    await user.keyboard('{Enter}');
    expect(router.location.search).toBe('?region=610000,210000&lang=zh');
    await user.keyboard(' ');
    expect(router.location.search).toBe('?region=610000&lang=zh');
    await act(() => router.navigate(-1));
    expect(router.location.search).toBe('?region=610000,210000&lang=zh');
    expect(liaoning).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists every region with its counts in a table whose rows also toggle the filter', async () => {
    const { user, router } = renderRoute('/regions?region=610100');
    const table = within(
      await screen.findByRole('table', {
        name: 'Collaborations, institutions and articles per region',
      }),
    );
    const rows = table
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['Liaoning222', 'Shenyang121', 'Shaanxi222', "Xi'an121"]);
    expect(table.getByRole('button', { name: "Xi'an" })).toHaveAttribute('aria-pressed', 'true');
    await user.click(table.getByRole('button', { name: 'Shenyang' }));
    expect(router.location.search).toBe('?region=610100,210100');
  });

  it('shows a legend of the shades', async () => {
    renderRoute('/regions');
    const legend = within(await screen.findByRole('list', { name: 'Collaborations' }));
    expect(legend.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '0',
      '1',
      '2',
      'no articles',
      'in the filter',
    ]);
  });
});
