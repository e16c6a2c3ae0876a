import { Link } from 'react-router';
import { paths } from '../paths';
import { PageTitle } from '../ui/PageTitle';

export function NotFound() {
  return (
    <section className="page narrow">
      <PageTitle title="Page not found" />
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may have a typo.</p>
      <p>
        <Link to={paths.home.getHref()}>Go to the home page</Link>
      </p>
    </section>
  );
}
