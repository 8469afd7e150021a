// escapeHtml, the html template and the JSON-LD script block: hostile strings stay text.
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonLdScript, raw } from '../../../src/http/views/html.js';

describe('escapeHtml', () => {
  it('escapes markup and quote characters', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y' \``)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; &#96;');
  });
  it('neutralises bidi overrides and control characters, keeps tabs and newlines', () => {
    expect(escapeHtml('a\u202Eb\u2066c\u0000d\u0007e\u009Bf\tg\nh')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\tg\nh');
  });
  it('leaves Chinese text alone', () => {
    expect(escapeHtml('天宁区人民政府第56次常务会议')).toBe('天宁区人民政府第56次常务会议');
  });
});

describe('html template', () => {
  it('escapes every interpolation, in text and in attributes', () => {
    const label = '"><img src=x onerror=alert(1)>';
    expect(html`<a href="${label}" title='${label}'>${label}</a>`.value).toBe(
      '<a href="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" title=\'&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\'>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>',
    );
  });
  it('embeds safe markup, lists and nothing for null/false', () => {
    expect(html`<ul>${['<a>', html`<li>b</li>`]}${null}${false}${raw('<br>')}${3}</ul>`.value).toBe('<ul>&lt;a&gt;<li>b</li><br>3</ul>');
  });
});

describe('jsonLdScript', () => {
  it('keeps </script> and <!-- inside strings from closing the block, and the JSON parses the same', () => {
    const value = { label: '</script><script>alert(1)</script><!-- \u2028 \u202E' };
    const block = jsonLdScript(JSON.stringify(value)).value;
    const inner = block.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.toMatch(/[<>\u2028\u202E]/);
    expect(JSON.parse(inner)).toEqual(value);
  });
});
