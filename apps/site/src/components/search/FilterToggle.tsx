interface Props {
  /** Id of the filter panel the button opens. */
  controls: string;
  open: boolean;
  activeCount: number;
  onToggle: () => void;
}

/** On a phone the filters sit behind this one button, which says how many are chosen. Hidden on wide screens. */
export default function FilterToggle({ controls, open, activeCount, onToggle }: Props) {
  return (
    <button
      type="button"
      className="button button--outline button--primary search-page__filter-toggle"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      Filter{activeCount > 0 ? ` (${activeCount} ${activeCount === 1 ? "valt" : "valda"})` : ""}
    </button>
  );
}
