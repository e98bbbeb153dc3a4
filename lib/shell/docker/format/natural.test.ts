import { describe, expect, it } from 'vitest';
import { naturalCompare, naturalLess } from './natural';

describe('naturalLess (sortorder.NaturalLess, the order of docker volume ls)', () => {
  it.each([
    ['94e9b6', '0624f9', true], // 94 < 624: the order a real `volume ls` printed
    ['0624f9', '94e9b6', false],
    ['9', 'a', true], // digits before other characters
    ['data1', 'data2', true],
    ['data2', 'data10', true],
    ['data01', 'data1', false], // same number: fewer zeros first
    ['data1', 'data01', true],
    ['abc', 'abcd', true],
    ['b', 'a', false],
  ])('%s < %s is %s', (a, b, less) => {
    expect(naturalLess(a, b)).toBe(less);
  });

  it('sorts anonymous volume IDs among names as the CLI does', () => {
    const names = ['spare', 'data2', 'e2744e', '94e9b6', 'data1', '0624f9'];
    expect(names.sort(naturalCompare)).toEqual([
      '94e9b6',
      '0624f9',
      'data1',
      'data2',
      'e2744e',
      'spare',
    ]);
  });
});
