import { afterEach, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const machineZone = process.env.TZ;

describe('the age reason', () => {
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it("counts days in the dataset's zone, so the answer is the same on every machine", () => {
    const data = {
      timezone: 'Asia/Damascus',
      sources: [{ id: 'sohr', name: 'SOHR', type: 'monitor' }],
      records: [
        { type: 'claim', id: 'c1', source: 'sohr', publishedAt: '2025-03-07T20:30:00Z', count: 130 },
        { type: 'silence', id: 's1', source: 'sohr', at: '2025-03-08T21:30:00Z' },
      ],
    };
    const ages = ['UTC', 'Pacific/Apia', 'America/Havana'].map((machine) => {
      process.env.TZ = machine;
      return reconcile(data)[0]!.reasons.find((reason) => reason.code === 'age')?.text;
    });
    // 23:30 on 7 March and 00:30 on 9 March in Damascus: two calendar days there.
    expect(ages).toEqual(Array(3).fill('The newest figure behind this estimate is 2 days old at 2025-03-08T21:30:00.000Z.'));
  });
});
