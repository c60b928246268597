import { describe, expect, it } from 'vitest';
import { csvRecord, csvSource, recordColumn } from '../../src/cli/read/readCsvDataset.js';

const columnsOf = (names: string[]) => new Map(names.map((name, i) => [name, i]));

describe('csvRecord(cells, columns)', () => {
  const columns = columnsOf(['type', 'id', 'source', 'publishedAt', 'count', 'place', 'category', 'from', 'relayedBy', 'claim', 'status', 'quote']);

  it('reads a row with an empty type as a claim; digits alone are a whole number, anything else wording', () => {
    expect(csvRecord(['', 'c1', 'sohr', '2025-03-07', '130', 'coast', '', '', 'aljazeera; tv', '', '', ''], columns)).toEqual({
      type: 'claim',
      id: 'c1',
      source: 'sohr',
      publishedAt: '2025-03-07',
      count: 130,
      scope: { place: 'coast' },
      relayedBy: ['aljazeera', 'tv'],
    });
    expect(csvRecord(['claim', 'c2', 'sohr', '2025-03-07', 'more than 1,300', '', '', '2025-03-06', '', '', '', ' said so '], columns)).toMatchObject({
      count: 'more than 1,300',
      scope: { from: '2025-03-06' },
      quote: ' said so ',
    });
  });

  it('reads a silence row: publishedAt becomes at', () => {
    expect(csvRecord(['silence', 's1', 'ministry', '2025-03-07', '', 'coast', 'civilians', '', '', '', '', ''], columns)).toEqual({
      type: 'silence',
      id: 's1',
      source: 'ministry',
      at: '2025-03-07',
      scope: { place: 'coast', category: 'civilians' },
    });
  });

  it('reads a status row: claim, status, at, and the source as who said so', () => {
    expect(csvRecord(['status', 'v1', 'sana', '2025-03-08', '', '', '', '', '', 'c1', 'disputed', ''], columns)).toEqual({
      type: 'status',
      id: 'v1',
      claim: 'c1',
      status: 'disputed',
      at: '2025-03-08',
      by: 'sana',
    });
  });

  it('passes on a field the row’s type has none of, so validation names it', () => {
    expect(csvRecord(['silence', 's1', 'ministry', '2025-03-07', '12', '', '', '', '', '', '', ''], columns)).toHaveProperty('count', 12);
  });
});

describe('csvSource(cells, columns)', () => {
  it('reads the given cells and leaves out empty ones', () => {
    expect(csvSource(['sohr', 'SOHR', 'monitor', '', 'B'], columnsOf(['id', 'name', 'type', 'group', 'reliability']))).toEqual({
      id: 'sohr',
      name: 'SOHR',
      type: 'monitor',
      reliability: 'B',
    });
  });
});

describe('recordColumn(field)', () => {
  it('names the CSV column a record field was read from', () => {
    expect(recordColumn(['at'])).toBe('publishedAt');
    expect(recordColumn(['by'])).toBe('source');
    expect(recordColumn(['scope', 'category'])).toBe('category');
    expect(recordColumn(['relayedBy', 1])).toBe('relayedBy');
    expect(recordColumn([])).toBe('');
  });
});
