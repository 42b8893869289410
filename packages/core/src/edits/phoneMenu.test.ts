import { describe, expect, test } from 'vitest';
import type { FlowGraph, PhoneMenuStep } from '../model/graph';
import { createStep } from '../model/steps';
import { editPhoneMenu } from './phoneMenu';

function graph(): FlowGraph {
  const menu: PhoneMenuStep = {
    ...createStep('phone-menu', 'menu'),
    options: [
      { digit: '1', label: 'Sales' },
      { digit: '2', label: 'Support' },
    ],
  };
  return {
    steps: [menu, createStep('end', 'sales'), createStep('end', 'support')],
    edges: [
      { id: 'e1', source: 'menu', output: 'option-1', target: 'sales' },
      { id: 'e2', source: 'menu', output: 'option-2', target: 'support' },
      { id: 'e3', source: 'menu', output: 'no-input', target: 'support' },
    ],
  };
}

describe('editPhoneMenu', () => {
  test('a connection follows its option to a new key', () => {
    const next = editPhoneMenu(graph(), 'menu', {
      options: [
        { digit: '3', label: 'Sales' },
        { digit: '2', label: 'Support' },
      ],
    });
    expect(next.edges.find((edge) => edge.id === 'e1')?.output).toBe('option-3');
    expect(next.edges.find((edge) => edge.id === 'e2')?.output).toBe('option-2');
  });

  test('reordering options keeps every connection on its key', () => {
    const before = graph();
    const next = editPhoneMenu(before, 'menu', {
      options: [
        { digit: '2', label: 'Support' },
        { digit: '1', label: 'Sales' },
      ],
    });
    expect(next.edges).toBe(before.edges);
  });

  test('removing an option removes its connection and keeps the others', () => {
    const next = editPhoneMenu(graph(), 'menu', { options: [{ digit: '2', label: 'Support' }] });
    expect(next.edges.map((edge) => edge.id)).toEqual(['e2', 'e3']);
  });

  test('an edit that changes nothing returns the same graph', () => {
    const before = graph();
    expect(editPhoneMenu(before, 'menu', { title: 'Phone menu' })).toBe(before);
  });

  test('an edit of the prompt only leaves the connections alone', () => {
    const before = graph();
    const next = editPhoneMenu(before, 'menu', { prompt: 'Press 1 for sales.' });
    expect(next).not.toBe(before);
    expect(next.edges).toBe(before.edges);
  });
});
