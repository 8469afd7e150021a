// The rendered-document cache: one rendering per key, bounded by bytes (least recently used out), failures forgotten.
import { describe, expect, it } from 'vitest';
import { RepresentationCache } from '../../src/http/representation-cache.js';
import { etagOf } from '../../src/http/respond.js';

/** A renderer of `text` that counts its calls. */
function renderer(text: string): (() => Promise<string>) & { calls: number } {
  const render = Object.assign(async () => {
    render.calls++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    return text;
  }, { calls: 0 });
  return render;
}

describe('RepresentationCache', () => {
  it('renders a key once, for sequential and concurrent requests, with the body ETag', async () => {
    const cache = new RepresentationCache(1000);
    const render = renderer('海陵区政府常务会议');
    const [a, b] = await Promise.all([cache.get('k', render), cache.get('k', render)]);
    const c = await cache.get('k', render);
    expect(render.calls).toBe(1);
    expect(a.body.toString('utf8')).toBe('海陵区政府常务会议');
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(a.etag).toBe(etagOf('海陵区政府常务会议'));
    expect(cache.size).toBe(Buffer.byteLength('海陵区政府常务会议'));
  });

  it('drops the least recently used documents past its byte budget', async () => {
    const cache = new RepresentationCache(30);
    const [a, b, c] = [renderer('a'.repeat(10)), renderer('b'.repeat(10)), renderer('c'.repeat(10))];
    await cache.get('a', a);
    await cache.get('b', b);
    await cache.get('c', c);
    await cache.get('a', a); // a is now the most recently used
    await cache.get('d', renderer('d'.repeat(10)));
    expect(cache.size).toBeLessThanOrEqual(30);
    await cache.get('a', a);
    await cache.get('b', b);
    expect([a.calls, b.calls]).toEqual([1, 2]);
  });

  it('serves but does not keep a document larger than the whole budget', async () => {
    const cache = new RepresentationCache(5);
    const big = renderer('x'.repeat(6));
    expect((await cache.get('big', big)).body.length).toBe(6);
    await cache.get('big', big);
    expect(big.calls).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('forgets a failed rendering so the next request tries again', async () => {
    const cache = new RepresentationCache(100);
    let calls = 0;
    const flaky = async (): Promise<string> => {
      if (calls++ === 0) throw new Error('store unavailable');
      return 'ok';
    };
    await expect(cache.get('k', flaky)).rejects.toThrow('store unavailable');
    expect((await cache.get('k', flaky)).body.toString()).toBe('ok');
    expect(calls).toBe(2);
  });
});
