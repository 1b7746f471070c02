// /lista: a list of practices for a meeting, made in the browser. The list lives in the
// URL (so it can be shared) and in localStorage (so "Lägg till i lista" works on any page
// and the list survives a reload); it prints as the same handout as a collection.
import { useEffect, useMemo, useState } from "react";
import { useHistory, useLocation } from "@docusaurus/router";
import useIsBrowser from "@docusaurus/useIsBrowser";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import Link from "@docusaurus/Link";
import CollectionExport from "../components/lists/CollectionExport";
import ListEditor from "../components/lists/ListEditor";
import ListPrintSheet from "../components/lists/ListPrintSheet";
import ListShare from "../components/lists/ListShare";
import ListNotices from "../components/lists/ListNotices";
import { readStoredList, saveList } from "../components/lists/listStore";
import {
  emptyList,
  LIST_BOUNDS,
  LIST_PATH,
  listPathOf,
  listToQuery,
  readList,
  setField,
  type DroppedValue,
  type ListItem,
  type MeetingList,
} from "../components/lists/meetingList";
import ResetBoundary from "../components/contribute/ResetBoundary";
import { usePractices } from "../components/lists/usePractices";
import { useQrSvgs } from "../components/lists/useQrSvgs";
import { useAbsoluteUrl, useShortLink } from "../components/useAbsoluteUrl";
import { sitePages } from "@kunskapsbanken/domain";

function EmptyList() {
  return (
    <div className="meeting-list__empty">
      <p>Listan är tom.</p>
      <p>
        Lägg till exempel med knappen <strong>Lägg till i lista</strong> på ett exempels sida eller vid en träff i{" "}
        <Link to={sitePages.search}>sökningen</Link>. Listan sparas i adressen och i den här webbläsaren.
      </p>
    </div>
  );
}

/** Adds notices not already shown (an effect can run twice for the same address). */
const withNew = <T,>(shown: readonly T[], more: readonly T[], same: (a: T, b: T) => boolean) => [
  ...shown,
  ...more.filter((item) => !shown.some((old) => same(old, item))),
];

function ListBody() {
  const location = useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const reading = useMemo(() => readList(location.search), [location.search]);
  const list = reading.list;
  const { practices, failed } = usePractices(list.items.map((item) => item.id));
  const absolute = useAbsoluteUrl();
  const shortLink = useShortLink();
  const [dropped, setDropped] = useState<DroppedValue[]>([]);
  const [notFound, setNotFound] = useState<ListItem[]>([]);

  const update = (next: MeetingList) => {
    history.replace(`${LIST_PATH}${listToQuery(next)}`);
    saveList(next);
  };

  // Opened without a list in the address: show the one saved in this browser. With one: save it,
  // without what could not be read, after telling the reader what that was.
  // biome-ignore lint/correctness/useExhaustiveDependencies: update only writes the address and storage.
  useEffect(() => {
    if (reading.dropped.length > 0) {
      const sameValue = (a: DroppedValue, b: DroppedValue) => JSON.stringify(a) === JSON.stringify(b);
      setDropped((shown) => withNew(shown, reading.dropped, sameValue));
    }
    if (list.items.length === 0 && !location.search.includes("p=")) {
      const stored = readStoredList();
      if (stored.dropped.length > 0) {
        setDropped((shown) => withNew(shown, stored.dropped, (a, b) => JSON.stringify(a) === JSON.stringify(b)));
        saveList(stored.list);
      }
      if (stored.list.items.length > 0) history.replace(listPathOf(stored.list));
      else if (reading.dropped.length > 0) history.replace(listPathOf(list));
    } else if (reading.dropped.length > 0) update(list);
    else saveList(list);
  }, [reading, location.search, history]);

  // Practices that are not in the index are named, not listed, printed or saved.
  // biome-ignore lint/correctness/useExhaustiveDependencies: update only writes the address and storage.
  useEffect(() => {
    if (!practices) return;
    const unknown = list.items.filter((item) => !practices.has(item.id));
    if (unknown.length === 0) return;
    setNotFound((shown) => withNew(shown, unknown, (a, b) => a.id === b.id));
    update({ ...list, items: list.items.filter((item) => practices.has(item.id)) });
  }, [practices, list]);

  const url = absolute(listPathOf(list));
  const qrLink = absolute(listPathOf(list, { withNotes: false }));
  const permalinks = list.items.map((item) => shortLink(item.id));
  // The list's own code first: it is the longest text, and the one most likely not to fit in a code.
  const qr = useQrSvgs(isBrowser && list.items.length > 0 ? [qrLink, ...permalinks] : []);
  const sheetItems = list.items.map((item, index) => {
    const practice = practices?.get(item.id);
    const permalink = shortLink(item.id);
    return {
      number: index + 1,
      id: item.id,
      title: practice?.title ?? item.id,
      places: practice?.places ?? [],
      status: practice?.status,
      note: item.note,
      permalink,
      qrSvg: qr.get(permalink),
    };
  });

  return (
    <>
      <div className="screen-only">
        <Heading as="h1">Lista inför ett möte</Heading>
        <p className="lead">
          Samla exempel att ta upp på ett möte, ordna dem och skriv en anteckning till vart och ett. Dela listan som en länk och skriv ut
          den med QR-koder.
        </p>
        <noscript>
          <p>
            Listan görs i webbläsaren och behöver JavaScript. Färdiga samlingar finns under{" "}
            <Link to={sitePages.collections}>Samlingar</Link>.
          </p>
        </noscript>
        {isBrowser && (
          <>
            <div className="list-page__title">
              <label htmlFor="listans-rubrik">Rubrik</label>
              <input
                id="listans-rubrik"
                type="text"
                maxLength={LIST_BOUNDS.title}
                value={list.title}
                placeholder="t.ex. Nätverksmöte om bostäder"
                onChange={(event) => update(setField(list, "title", event.target.value))}
              />
            </div>
            <h2 className="list-page__count">{list.items.length === 1 ? "1 exempel" : `${list.items.length} exempel`}</h2>
            <ListNotices dropped={dropped} notFound={notFound} />
            {failed && <p>Exemplens rubriker kunde inte hämtas. Listan finns kvar i adressen.</p>}
            {list.items.length === 0 ? <EmptyList /> : <ListEditor list={list} practices={practices} onChange={update} />}
            {list.items.length > 0 && (
              <>
                <ListShare url={url} qrLink={qrLink} qrSvg={qr.get(qrLink)} />
                <CollectionExport list={list} onChange={update} />
              </>
            )}
          </>
        )}
        <p className="list-page__more">
          <Link to={sitePages.collections}>Samlingar</Link> – färdiga listor inför möten, med utskrift.
        </p>
      </div>
      {isBrowser && list.items.length > 0 && <ListPrintSheet list={list} items={sheetItems} listLink={qrLink} listQrSvg={qr.get(qrLink)} />}
    </>
  );
}

export default function ListPage() {
  const location = useLocation();
  const history = useHistory();
  const title = useMemo(() => readList(location.search).list.title, [location.search]);
  return (
    <Layout
      title={title || "Lista"}
      description="Gör en egen lista med goda exempel inför ett möte: ordna, skriv anteckningar, dela länken och skriv ut med QR-koder."
    >
      <main className="container margin-vert--lg list-page">
        <ResetBoundary
          resetText="Börja om tömmer listan i adressen och i den här webbläsaren."
          onReset={() => {
            saveList(emptyList());
            history.replace(LIST_PATH);
          }}
        >
          <ListBody />
        </ResetBoundary>
      </main>
    </Layout>
  );
}
