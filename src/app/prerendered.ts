// Which page a prerendered HTML file holds, and whether it is the page at this address. index.html holds the home
// page but is also every unknown path's fallback, and a query (?topic=…) changes what a page shows: in both cases
// the HTML is not this page, and the app draws the page afresh instead of hydrating.

/** The page path as the build names it: no trailing slash (but for "/"). */
export const pagePath = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname);

/** The query parameters some page reads (study scope, quiz concept, concept list filters): with one of them the
 * page differs from its HTML. Any other (utm_source, fbclid…) changes nothing, and the page still hydrates. */
export const pageParams = ['concept', 'concepts', 'cram', 'topic', 'q'] as const;

const readsQuery = (search: string) => {
  const params = new URLSearchParams(search);
  return pageParams.some((name) => params.has(name));
};

/** True when the HTML's page (the `data-page` attribute the prerender sets on <html>) is the page at `location`. */
export function isPrerenderedFor(page: string | undefined, location: { pathname: string; search: string }) {
  return page !== undefined && !readsQuery(location.search) && pagePath(location.pathname) === page;
}

/**
 * The <head> script of every prerendered page, run before the first paint:
 * - when the HTML is not this address's page, its content is hidden until the app has drawn the right one
 *   (global.css: .stale-page), or for 10 s at most should the app fail to start;
 * - a learner with anything stored in this browser is "returning": what the page shows before it knows their
 *   progress (the first card of a new learner) stays hidden for them (global.css: .returning);
 * - key presses made while the page is on screen but before the app is live (a learner pressing "?" at once) are
 *   kept, for early-keys.ts to hand to the app once it listens.
 */
export const headScript = `(function(){var d=document.documentElement,p=location.pathname;if(p.length>1)p=p.replace(/\\/+$/,'');var s=new URLSearchParams(location.search),r=${JSON.stringify(pageParams)}.some(function(n){return s.has(n)});if(d.dataset.page!==p||r){d.classList.add('stale-page');setTimeout(function(){d.classList.remove('stale-page')},10000)}try{for(var i=0;i<localStorage.length;i++)if(String(localStorage.key(i)).indexOf('descent:')===0){d.classList.add('returning');break}}catch(e){}var q=[];function k(e){q.push(e)}addEventListener('keydown',k,true);window.__descentEarlyKeys=function(){removeEventListener('keydown',k,true);return q}})();`;
