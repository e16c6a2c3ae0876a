// The parts of the shell that read the stores (theme, storage notices): loaded after the first paint, with them.
import { StorageNotices } from './StorageNotices';
import { ThemeSync } from './ThemeSync';

export default function ShellStatus() {
  return (
    <>
      <ThemeSync />
      <StorageNotices />
    </>
  );
}
