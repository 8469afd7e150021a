// The public base from proxy headers, and request paths normalised to minted IRI paths.
import { describe, expect, it } from 'vitest';
import { localHref, publicBaseOf, requestPathToIriPath } from '../../src/http/public-base.js';

describe('publicBaseOf', () => {
  it('prefers Forwarded, then X-Forwarded-*, then Host', () => {
    expect(publicBaseOf({ protocol: 'http', headers: { host: 'a:3000' } })).toBe('http://a:3000/');
    expect(publicBaseOf({ protocol: 'http', headers: { host: 'a', 'x-forwarded-host': 'b.cn', 'x-forwarded-proto': 'https' } })).toBe('https://b.cn/');
    expect(publicBaseOf({ protocol: 'http', headers: { host: 'a', forwarded: 'for=1.1.1.1;host="c.org:8443";proto=https, host=d' } })).toBe('https://c.org:8443/');
  });
  it('ignores header values that are not a plain host or http(s)', () => {
    expect(publicBaseOf({ protocol: 'http', headers: { host: 'ok.org', 'x-forwarded-host': 'evil.org/<x>', 'x-forwarded-proto': 'javascript' } })).toBe('http://ok.org/');
  });
});

describe('requestPathToIriPath', () => {
  it('upper-cases escapes and decodes escaped unreserved characters', () => {
    expect(requestPathToIriPath('/person/320402/%e5%bc%a0%e4%b8%89')).toBe('/person/320402/%E5%BC%A0%E4%B8%89');
    expect(requestPathToIriPath('/%61b%2Fc%2E')).toBe('/ab%2Fc%2E');
  });
  it('percent-encodes raw bytes (Node reads the target as latin1)', () => {
    const raw = Buffer.from('/person/张三', 'utf8').toString('latin1');
    expect(requestPathToIriPath(raw)).toBe('/person/%E5%BC%A0%E4%B8%89');
  });
  it('refuses a broken escape', () => {
    expect(() => requestPathToIriPath('/a%zz')).toThrow(/percent-encoding/);
  });
});

describe('localHref', () => {
  it('moves dataset IRIs onto the public base and leaves others', () => {
    expect(localHref('https://d.org/jiyao/id/x', 'https://d.org/jiyao/', 'http://localhost:3000/')).toBe('http://localhost:3000/id/x');
    expect(localHref('http://gov.cn/p.html', 'https://d.org/jiyao/', 'http://localhost:3000/')).toBe('http://gov.cn/p.html');
  });
});
