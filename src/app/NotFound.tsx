import { Link } from 'react-router';
import { paths } from '../paths';
import { usePageTitle } from '../ui/usePageTitle';

export function NotFound() {
  usePageTitle('Page not found');
  return (
    <section className="page narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may have a typo.</p>
      <p>
        <Link to={paths.home}>Go to the home page</Link>
      </p>
    </section>
  );
}
