import AddToListButton from "./lists/AddToListButton";
import { useShortLink } from "./useAbsoluteUrl";

/** Under a practice's title: add it to a list for a meeting, and its short link to share. */
export default function PracticeActions({ id, title }: { id: string; title: string }) {
  const shortLink = useShortLink()(id);
  return (
    <div className="practice-actions">
      <AddToListButton id={id} title={title} />
      <p className="practice-actions__shortlink">
        Kort länk att dela: <a href={shortLink}>{shortLink}</a>
      </p>
    </div>
  );
}
