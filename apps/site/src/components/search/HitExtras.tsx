// What each search hit offers besides its text: the short link printed on paper and the
// "Lägg till i lista" button. Given to SearchResults as its per-hit actions.
import AddToListButton from "../lists/AddToListButton";
import { useShortLink } from "../useAbsoluteUrl";

export default function HitExtras({ id, title }: { id: string; title: string }) {
  const shortLink = useShortLink();
  return (
    <div className="practice-card__extras">
      <p className="print-only practice-card__shortlink">{shortLink(id)}</p>
      <AddToListButton id={id} title={title} />
    </div>
  );
}
