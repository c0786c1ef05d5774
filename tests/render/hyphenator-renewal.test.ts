import { describe, expect, it } from 'vitest';
import { renewedEvery } from '../../src/render/hyphenation-patterns.js';

describe('a hyphenator is replaced after a number of words, so what it keeps cannot grow without end', () => {
  it('makes a fresh function after every `uses` calls, and answers every call', () => {
    let made = 0;
    const renewed = renewedEvery(3, () => {
      made += 1;
      const generation = made;
      return (word: string) => `${word}@${generation}`;
    });
    const answers = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(renewed);
    expect(answers).toEqual(['a@1', 'b@1', 'c@1', 'd@2', 'e@2', 'f@2', 'g@3']);
    expect(made).toBe(3);
  });
});
