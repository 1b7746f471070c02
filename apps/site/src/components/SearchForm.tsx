import { sitePages } from "@kunskapsbanken/domain";

/** A plain GET form to the search page: works without JavaScript, on the start page and the 404 page. */
export default function SearchForm({ inputId }: { inputId: string }) {
  return (
    <form className="start-search" action={sitePages.search} method="get" role="search">
      <label htmlFor={inputId}>Sök bland exemplen</label>
      <div className="start-search__row">
        <input id={inputId} name="q" type="search" placeholder="t.ex. bostad, språkvän, föräldrastöd" />
        <button type="submit" className="button button--primary">
          Sök
        </button>
      </div>
    </form>
  );
}
