// Routes from the one table in paths.ts, each page a lazy chunk so the first screen carries only the shell. Pages are
// React.lazy components rather than the router's `lazy`: on a prerendered page React hydrates the shell at once and
// the page's Suspense boundary as soon as its chunk arrives, keeping the server's HTML on screen meanwhile.
import { type ComponentType, lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { paths } from '../paths';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

const pageModules = import.meta.glob<{ default: ComponentType }>('../features/*/*Page.tsx');

const pageCache = new Map<string, ComponentType>();
/** One lazy component per page module, shared by the routes that draw it (/study and /study/:topic). */
function pageComponent(page: string): ComponentType {
  const known = pageCache.get(page);
  if (known) return known;
  const load = pageModules[`../features/${page}.tsx`];
  if (!load) throw new Error(`paths.ts names a page module that does not exist: src/features/${page}.tsx`);
  const component = lazy(load);
  pageCache.set(page, component);
  return component;
}

export const routeObjects: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      ...Object.values(paths).map(
        (route): RouteObject =>
          route.path === '/'
            ? { index: true, Component: pageComponent(route.page) }
            : { path: route.path, Component: pageComponent(route.page) },
      ),
      // A static host may serve the app as /index.html: that is the home page, not an unknown route.
      { path: 'index.html', element: <Navigate to={paths.home.getHref()} replace /> },
      { path: '*', Component: NotFound },
    ],
  },
];
