import { listJobTemplates } from '@sona-designer/core/templates';
import { describe, expect, test } from 'vitest';
import { filterTemplates } from './filterTemplates';

const label = (category: string) => category;

describe('filterTemplates', () => {
  test('matches every word, ignoring case and accents', () => {
    const french = listJobTemplates('fr');
    const found = filterTemplates(french, 'RENDEZ vous', 'all', label);
    expect(found.length).toBeGreaterThan(0);
    expect(filterTemplates(french, 'facturation', 'all', label).map((t) => t.category)).toContain('billing');
    expect(filterTemplates(french, 'réclamation xyz', 'all', label)).toEqual([]);
  });

  test('keeps one category', () => {
    const english = listJobTemplates('en');
    const sales = filterTemplates(english, '', 'sales', label);
    expect(sales.length).toBeGreaterThan(0);
    expect(sales.every((template) => template.category === 'sales')).toBe(true);
  });
});
