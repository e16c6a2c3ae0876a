// Each page names itself with React 19's document metadata: a <title> (and description) rendered in the page is
// placed in <head>, by React in the browser and by the prerender at build time, so the HTML file of every page
// carries its own title before any JavaScript runs.

export const siteDescription =
  'Descent: study the ideas of modern deep learning with spaced-repetition flashcards and quizzes.';

export function PageTitle({ title, description }: { title: string | undefined; description?: string }) {
  return (
    <>
      <title>{title ? `${title} · Descent` : 'Descent'}</title>
      <meta name="description" content={description ?? siteDescription} />
    </>
  );
}
