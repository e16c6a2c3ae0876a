// Routes, each page lazy-loaded so the first screen carries only the shell.
import { createBrowserRouter, Navigate, type RouteObject, RouterProvider } from 'react-router';
import { paths, routes } from '../paths';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

export const routeObjects: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      { index: true, lazy: page(() => import('../features/dashboard/DashboardPage')) },
      { path: routes.study, lazy: page(() => import('../features/study/StudyPage')) },
      { path: routes.studyTopic, lazy: page(() => import('../features/study/StudyPage')) },
      { path: routes.quiz, lazy: page(() => import('../features/quiz/QuizPage')) },
      { path: routes.concepts, lazy: page(() => import('../features/concepts/ConceptsPage')) },
      { path: routes.concept, lazy: page(() => import('../features/concepts/ConceptPage')) },
      { path: routes.stats, lazy: page(() => import('../features/stats/StatsPage')) },
      { path: routes.settings, lazy: page(() => import('../features/settings/SettingsPage')) },
      // A static host may serve the app as /index.html: that is the home page, not an unknown route.
      { path: 'index.html', element: <Navigate to={paths.home} replace /> },
      { path: '*', Component: NotFound },
    ],
  },
];

export function AppRouter() {
  return <RouterProvider router={createBrowserRouter(routeObjects)} />;
}
