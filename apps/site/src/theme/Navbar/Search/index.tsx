// The navbar's search container. The theme's own one is absolutely positioned on narrow
// screens, where it covered the site name; this one takes its place in the row instead
// (see .navbar-search-container in css/search.css).
import type { ReactNode } from "react";

export default function NavbarSearch({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={`navbar-search-container ${className ?? ""}`}>{children}</div>;
}
