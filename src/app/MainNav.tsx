// The main navigation: a row of links in the header on a wide screen, a bottom tab bar on a phone (global.css decides
// which by media query, so the prerendered HTML is the same for both). On a phone the last three places sit under
// "More", a disclosure that opens a small sheet above the bar.
import { type FocusEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { matchPath, NavLink, useLocation } from 'react-router';
import { paths } from '../paths';
import {
  CardsIcon,
  ConceptsIcon,
  HomeIcon,
  MoreIcon,
  QuizIcon,
  SettingsIcon,
  StatsIcon,
  StudyIcon,
} from '../ui/icons';

interface Place {
  to: string;
  label: string;
  icon: ReactNode;
  end?: boolean;
}

/** Always in view: in the header on a wide screen, as tabs on a phone. */
const primary: Place[] = [
  { to: paths.home.getHref(), label: 'Home', icon: <HomeIcon />, end: true },
  { to: paths.study.getHref(), label: 'Study', icon: <StudyIcon /> },
  { to: paths.quiz.getHref(), label: 'Quiz', icon: <QuizIcon /> },
  { to: paths.concepts.getHref(), label: 'Concepts', icon: <ConceptsIcon /> },
];

/** In the header on a wide screen, under "More" on a phone. */
const secondary: Place[] = [
  { to: paths.cards.getHref(), label: 'Cards', icon: <CardsIcon /> },
  { to: paths.stats.getHref(), label: 'Stats', icon: <StatsIcon /> },
  { to: paths.settings.getHref(), label: 'Settings', icon: <SettingsIcon /> },
];

function PlaceLink({ place }: { place: Place }) {
  return (
    <li>
      <NavLink to={place.to} end={place.end}>
        {place.icon}
        <span className="nav-label">{place.label}</span>
      </NavLink>
    </li>
  );
}

export function MainNav() {
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const nav = useRef<HTMLElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  // On a phone the "More" tab shows as current when the page is one of the places under it.
  const underMore = secondary.some((p) => matchPath({ path: p.to, end: false }, pathname));

  // A new page closes the sheet (its link was followed, or the learner went elsewhere).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each path change by design
  useEffect(() => setOpen(false), [pathname]);

  // While open, a tap outside the navigation or Escape closes the sheet; Escape from inside it returns focus to "More".
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!nav.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      if (nav.current?.contains(document.activeElement)) more.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  // Tabbing out of the navigation closes the sheet, so it never covers the page the learner moved on to.
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    if (open && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
  };

  return (
    <nav aria-label="Main" className="main-nav" ref={nav} onBlur={onBlur}>
      <ul className="nav-primary">
        {primary.map((place) => (
          <PlaceLink key={place.to} place={place} />
        ))}
        <li className="nav-more-tab">
          <button
            ref={more}
            type="button"
            className={underMore ? 'nav-more-button current' : 'nav-more-button'}
            aria-expanded={open}
            aria-controls="nav-more"
            onClick={() => setOpen((o) => !o)}
          >
            <MoreIcon />
            <span className="nav-label">More</span>
          </button>
        </li>
      </ul>
      <ul id="nav-more" className={open ? 'nav-secondary open' : 'nav-secondary'}>
        {secondary.map((place) => (
          <PlaceLink key={place.to} place={place} />
        ))}
      </ul>
    </nav>
  );
}
