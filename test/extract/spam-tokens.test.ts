import { describe, expect, it } from 'vitest';
import { finalizeTerms, hasGamblingWord, hasStrongAnchor, isPromotional, isPureSpam, keywordsOf } from '../../src/extract/spam-tokens.js';

describe('spam token classification', () => {
  it('tells gambling brands from legitimate look-alikes', () => {
    expect(hasStrongAnchor('澳门现金赌场')).toBe(true);
    expect(hasStrongAnchor('北京赛车PK10')).toBe(true);
    expect(hasGamblingWord('加强娱乐场所和体育彩票销售网点检查')).toBe(false);
    expect(hasGamblingWord('区文体旅局、区博物馆、现金补助')).toBe(false);
  });

  it('separates pure keywords, promotional phrases and sentences', () => {
    expect(isPureSpam('太阳城娱乐app下载')).toBe(true);
    expect(isPureSpam('真钱赌场24小时在线')).toBe(true);
    expect(isPureSpam('会议听取了澳门现金赌场2020年度区长质量奖')).toBe(false);
    expect(isPromotional('新用户注册就送58元')).toBe(true);
    expect(isPromotional('注册即送彩金')).toBe(true);
    expect(isPromotional('时时彩开户')).toBe(false);
  });

  it('splits a stuffed sentence into its keywords', () => {
    expect(keywordsOf('幸运彩票网是国内领先的彩票平台')).toEqual(['幸运彩票网', '彩票平台']);
    expect(keywordsOf('区政府第48次常务会议纪要')).toEqual([]);
  });
});

describe('finalizeTerms', () => {
  it('drops promotions and keywords containing another, keeping first-seen order', () => {
    const seen = [
      { term: '太阳城娱乐官网', at: 0 },
      { term: '新用户注册就送58元', at: 20 },
      { term: '太阳城娱乐', at: 50 },
      { term: '北京赛车pk10', at: 60 },
      { term: '北京赛车PK10', at: 70 },
    ];
    expect(finalizeTerms(seen)).toEqual(['太阳城娱乐', '北京赛车pk10']);
  });
});
