// Whether the HTML a host served is the page at this address: then React hydrates it; if not, the app draws afresh.
import { describe, expect, it } from 'vitest';
import { headScript, isPrerenderedFor } from '../../src/app/prerendered';

const at = (href: string) => {
  const url = new URL(href, 'https://descent.test');
  return { pathname: url.pathname, search: url.search };
};

describe('the prerendered page and the address', () => {
  it('match on the same path, with or without a trailing slash', () => {
    expect(isPrerenderedFor('/concepts/gpt-2', at('/concepts/gpt-2'))).toBe(true);
    expect(isPrerenderedFor('/concepts/gpt-2', at('/concepts/gpt-2/'))).toBe(true);
    expect(isPrerenderedFor('/', at('/'))).toBe(true);
  });

  it('do not match the home page served as the fallback of another path, or no page at all', () => {
    expect(isPrerenderedFor('/', at('/concepts/nope'))).toBe(false);
    expect(isPrerenderedFor('/', at('/index.html'))).toBe(false);
    expect(isPrerenderedFor(undefined, at('/'))).toBe(false);
  });

  it('a query the page reads makes it another page; a tracking parameter does not', () => {
    expect(isPrerenderedFor('/concepts', at('/concepts?topic=training'))).toBe(false);
    expect(isPrerenderedFor('/study', at('/study?concept=gpt-2'))).toBe(false);
    expect(isPrerenderedFor('/concepts/gpt-2', at('/concepts/gpt-2?utm_source=news&fbclid=x'))).toBe(true);
  });

  it('the head script applies the same parameters', () => {
    for (const name of ['concept', 'concepts', 'cram', 'topic', 'q'])
      expect(headScript).toContain(`"${name}"`);
    expect(headScript).toContain("classList.remove('stale-page')");
  });
});
