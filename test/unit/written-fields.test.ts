import { describe, expect, it } from 'vitest';
import type { FillAction } from '../../src/core/fill-plan.ts';
import { writtenFields } from '../../src/core/written-fields.ts';
import { createField, createSelect } from '../support/factories.ts';

describe('the popup\'s record of a fill: each field the page wrote, as the person reads it', () => {
  const email = createField({ ref: 0, labels: ['Email address'] });
  const state = createSelect('State', [['', 'Choose'], ['IL', 'Illinois']], { ref: 1 });
  const reply = createField({ ref: 2, type: 'checkbox', ariaLabel: 'I would like a reply' });
  const actions: FillAction[] = [
    { ref: 0, role: 'email', value: 'alesia@example.org' },
    { ref: 1, role: 'state', value: 'IL' },
    { ref: 2, role: 'response', value: '', checked: true },
  ];

  it('names each field by its label and shows the value the plan put there: an option\'s text, a box\'s tick', () => {
    expect(writtenFields([email, state, reply], actions, [0, 1, 2])).toEqual([
      { role: 'email', label: 'Email address', value: 'alesia@example.org' },
      { role: 'state', label: 'State', value: 'Illinois' },
      { role: 'response', label: 'I would like a reply', value: '✓' },
    ]);
  });

  it('lists only fields the plan wrote: a page cannot put a field or a value of its own in the record', () => {
    expect(writtenFields([email, state, reply], actions, [1, 7, 99])).toEqual([{ role: 'state', label: 'State', value: 'Illinois' }]);
  });
});
