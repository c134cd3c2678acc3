import { firingRule, foldForMatching, matchingKeywords } from '../text-folding';

describe('keyword matching on folded text', () => {
  const rules = ['死にたい', 'しにたい', 'dv', '虐待'].map(foldForMatching);

  it('finds full-width and lower-case forms of DV', () => {
    expect(matchingKeywords('夫からＤＶを受けています', rules)).toEqual(['dv']);
    expect(matchingKeywords('dvかもしれない', rules)).toEqual(['dv']);
  });

  it('folds katakana, half-width katakana and spaces onto the hiragana rule', () => {
    expect(matchingKeywords('もう シニタイ', rules)).toEqual(['しにたい']);
    expect(matchingKeywords('ｼﾆﾀｲ', rules)).toEqual(['しにたい']);
  });

  it('matches Latin keywords as whole words only', () => {
    expect(matchingKeywords('DVDを見ました', rules)).toEqual([]);
    expect(matchingKeywords('これってＤＶですか', rules)).toEqual(['dv']);
    expect(matchingKeywords('dv が怖い', rules)).toEqual(['dv']);
  });

  it('finds two-character kanji terms and ignores harmless text', () => {
    expect(matchingKeywords('子どもへの虐待が心配です', rules)).toEqual(['虐待']);
    expect(matchingKeywords('夜泣きがひどくて眠れません', rules)).toEqual([]);
  });
});

describe('the rule that fires', () => {
  const rules = ['叩かれ', 'オーバードーズ', 'DV'].map((keyword) => ({ keyword, folded: foldForMatching(keyword) }));

  it('is the first rule, in the order given, that the text contains, as the tenant wrote it', () => {
    const sentence = 'おーばーどーずしそうで、叩かれるのも怖い';
    expect(firingRule(sentence, rules)?.keyword).toBe('叩かれ');
    expect(firingRule(sentence, [...rules].reverse())?.keyword).toBe('オーバードーズ');
  });

  it('is none when no rule matches, even when a Latin rule is part of a longer word', () => {
    expect(firingRule('DVDを借りた', rules)).toBeUndefined();
    expect(firingRule('今日は晴れです', rules)).toBeUndefined();
    expect(firingRule('ＤＶです', rules)?.keyword).toBe('DV');
  });
});
