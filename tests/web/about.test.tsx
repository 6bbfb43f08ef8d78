// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from './render-route';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('/about', () => {
  it('explains the dataset and counts it', async () => {
    renderRoute('/about');
    expect(await screen.findByRole('heading', { level: 1, name: 'About' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How it was built' })).toBeInTheDocument();
    const counts = within(screen.getByRole('region', { name: 'In numbers' }));
    expect(
      counts.getByText('Simplified Chinese 2 · Traditional Chinese 1 · English 1'),
    ).toBeInTheDocument();
    expect(counts.getByText('Collaborations').nextSibling).toHaveTextContent('4');
    expect(counts.getByText('People').nextSibling).toHaveTextContent('1');
    expect(counts.getByText('2021–2022')).toBeInTheDocument();
  });

  it('summarises cleaning per article by kind, spam only as a count', async () => {
    const { container } = renderRoute('/about');
    const table = within(
      await screen.findByRole('table', { name: 'Cleaning, article by article' }),
    );
    const row = (
      await table.findByRole('rowheader', { name: '母婴大健康产业技术创新联盟升级盛启' })
    ).closest('tr') as HTMLElement;
    expect(
      await within(row).findByText('Spam 2 · Boilerplate 1 · Navigation 1'),
    ).toBeInTheDocument();
    expect(within(row).getByText('4')).toBeInTheDocument();
    expect(await table.findByText('nothing')).toBeInTheDocument();
    expect(container).not.toHaveTextContent('加微信领取免费体检卡');
  });

  it('links the dataset JSON and builds CSV downloads in the browser', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderRoute('/about?lang=zh');
    const json = await screen.findByRole('link', { name: '数据集清单（JSON）' });
    expect(json).toHaveAttribute('href', '/data/manifest.json');
    expect(json).toHaveAttribute('download', 'alliance-atlas-manifest.json');
    await user.click(screen.getByRole('button', { name: '关系（CSV）' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await blobs[0]!.arrayBuffer(),
    );
    expect(text.startsWith('\uFEFFid,source_id,source_name,type')).toBe(true);
    expect(text).toContain('r-9d95cdb5,p-293a1a8c,王明,witness,c-45d3aa1e,西安医学影像联合实验室');
  });
});
