// /lista: a list of practices for a meeting, made in the browser. The list lives in the
// URL (so it can be shared) and in localStorage (so "Lägg till i lista" works on any page
// and the list survives a reload); it prints as the same handout as a collection.
import { useEffect, useMemo } from "react";
import { useHistory, useLocation } from "@docusaurus/router";
import useIsBrowser from "@docusaurus/useIsBrowser";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import Link from "@docusaurus/Link";
import CollectionExport from "../components/lists/CollectionExport";
import ListEditor from "../components/lists/ListEditor";
import ListPrintSheet from "../components/lists/ListPrintSheet";
import ListShare from "../components/lists/ListShare";
import { readStoredList, saveList } from "../components/lists/listStore";
import { LIST_PATH, listPathOf, listToQuery, parseList, setField, type MeetingList } from "../components/lists/meetingList";
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

export default function ListPage() {
  const location = useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const list = useMemo(() => parseList(location.search), [location.search]);
  const { practices, failed } = usePractices();
  const absolute = useAbsoluteUrl();
  const shortLink = useShortLink();

  // Opened without a list in the address: show the one saved in this browser. With one: save it.
  useEffect(() => {
    if (list.items.length === 0 && !location.search.includes("p=")) {
      const stored = readStoredList();
      if (stored.items.length > 0) history.replace(listPathOf(stored));
    } else saveList(list);
  }, [list, location.search, history]);

  const update = (next: MeetingList) => {
    history.replace(`${LIST_PATH}${listToQuery(next)}`);
    saveList(next);
  };

  const url = absolute(listPathOf(list));
  const qrLink = absolute(listPathOf(list, { withNotes: false }));
  const permalinks = list.items.map((item) => shortLink(item.id));
  const qr = useQrSvgs(isBrowser && list.items.length > 0 ? [...permalinks, qrLink] : []);
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
    <Layout
      title={list.title || "Lista"}
      description="Gör en egen lista med goda exempel inför ett möte: ordna, skriv anteckningar, dela länken och skriv ut med QR-koder."
    >
      <main className="container margin-vert--lg list-page">
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
                  maxLength={120}
                  value={list.title}
                  placeholder="t.ex. Nätverksmöte om bostäder"
                  onChange={(event) => update(setField(list, "title", event.target.value))}
                />
              </div>
              <h2 className="list-page__count">{list.items.length === 1 ? "1 exempel" : `${list.items.length} exempel`}</h2>
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
        {isBrowser && list.items.length > 0 && (
          <ListPrintSheet list={list} items={sheetItems} listLink={qrLink} listQrSvg={qr.get(qrLink)} />
        )}
      </main>
    </Layout>
  );
}
