// Browse listings in pages, on the real content loaded the way the site build loads it: every
// practice of a listing is on exactly one of its pages, page 1 keeps the listing's address
// and its own page, and the counts on index pages still count every practice.
import { beforeAll, describe, expect, it } from "vitest";
import { BROWSE_PAGE_SIZE, countyPath, listingPagePath, municipalityPath, sitePages } from "@kunskapsbanken/domain";
import type { AreaMapData } from "../src/plugins/maps";
import type { Loaded } from "../src/plugins/kunskapsbanken/content";
import type { ListingRoute } from "../src/plugins/kunskapsbanken/listings";
import type { CountyPageData, ListData, MunicipalityPageData } from "../src/plugins/kunskapsbanken/types";

const noMap: AreaMapData = { viewBox: "0 0 1 1", width: 1, height: 1, areas: [] };

describe("browse listings in pages", () => {
  let loaded: Loaded;
  let listings: typeof import("../src/plugins/kunskapsbanken/listings");
  let pageData: typeof import("../src/plugins/kunskapsbanken/pageData");
  let placeData: typeof import("../src/plugins/kunskapsbanken/placeData");

  beforeAll(async () => {
    loaded = await (await import("../src/plugins/kunskapsbanken/content")).getContent();
    listings = await import("../src/plugins/kunskapsbanken/listings");
    pageData = await import("../src/plugins/kunskapsbanken/pageData");
    placeData = await import("../src/plugins/kunskapsbanken/placeData");
  }, 120_000);

  const idsOn = (route: ListingRoute) => (route.data as { practices: { id: string }[] }).practices.map((card) => card.id);

  it("puts /praktiker's practices 50 a page, each on exactly one page, in title order", () => {
    const all = pageData.allList(loaded);
    const total = loaded.content.practices.length;
    expect(total).toBeGreaterThan(BROWSE_PAGE_SIZE);
    const routes = listings.listingRoutes(listings.listPages(sitePages.practices, "praktiker", all));
    expect(routes.map((route) => route.path)).toEqual(
      Array.from({ length: Math.ceil(total / BROWSE_PAGE_SIZE) }, (_, i) => listingPagePath(sitePages.practices, i + 1)),
    );
    expect(routes[0]!.path).toBe("/praktiker");
    expect(routes[1]!.path).toBe("/praktiker/sida/2");
    expect(routes.flatMap(idsOn)).toEqual(all.practices.map((card) => card.id));
    expect(new Set(routes.flatMap(idsOn)).size).toBe(total);
    expect(idsOn(routes[0]!)).toHaveLength(BROWSE_PAGE_SIZE);
  });

  it("tells each page where it sits, and every page the same title and date span of the whole listing", () => {
    const routes = listings.listingRoutes(listings.listPages(sitePages.practices, "praktiker", pageData.allList(loaded)));
    const total = loaded.content.practices.length;
    const [first, second] = routes.map((route) => route.data as ListData);
    expect(first!.page).toEqual({ number: 1, count: routes.length, total, first: 1, last: 50, basePath: "/praktiker" });
    expect(second!.page).toMatchObject({ number: 2, total, first: 51, basePath: "/praktiker" });
    expect(routes.map((route) => [route.component, route.name])).toEqual(
      routes.map((_, i) => ["ListPage", i === 0 ? "praktiker" : `praktiker-sida-${i + 1}`]),
    );
    expect(second!.title).toBe(first!.title);
    expect(second!.span).toEqual(first!.span);
  });

  it("keeps a short listing on one page at its own address", () => {
    const topic = pageData.listOf(loaded, "topics", "bostad", "Bostad");
    const routes = listings.listingRoutes(listings.listPages("/amne/bostad", "amne-bostad", topic));
    expect(topic.practices.length).toBeLessThanOrEqual(BROWSE_PAGE_SIZE);
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatchObject({ path: "/amne/bostad", component: "ListPage" });
    expect(idsOn(routes[0]!)).toEqual(topic.practices.map((card) => card.id));
  });

  it("gives a county its own page first, with every practice of the county over its pages, and its further pages a way back", () => {
    const county = placeData.countyPageData(loaded, "sodermanlands-lan", noMap);
    const routes = listings.listingRoutes(placeData.countyListing(loaded, "sodermanlands-lan", noMap));
    expect(county.practices.length).toBeGreaterThan(BROWSE_PAGE_SIZE);
    expect(routes[0]).toMatchObject({ path: countyPath("sodermanlands-lan"), component: "CountyPage" });
    const first = routes[0]!.data as CountyPageData;
    expect(first.page).toMatchObject({ number: 1, total: county.practices.length });
    // The table of municipalities counts every practice, not the page's.
    expect(first.municipalities).toEqual(county.municipalities);
    expect(routes[1]).toMatchObject({ path: "/lan/sodermanlands-lan/sida/2", component: "ListPage" });
    expect((routes[1]!.data as ListData).parent).toEqual({ path: countyPath("sodermanlands-lan"), label: "Södermanlands län" });
    expect((routes[1]!.data as ListData).title).toBe("Exempel från Södermanlands län");
    expect(routes.flatMap(idsOn)).toEqual(county.practices.map((card) => card.id));
  });

  it("gives a municipality without practices its one page, empty", () => {
    const routes = listings.listingRoutes(placeData.municipalityListing(loaded, "malmo"));
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatchObject({ path: municipalityPath("malmo"), component: "MunicipalityPage" });
    const data = routes[0]!.data as MunicipalityPageData;
    expect(data.practices).toEqual([]);
    expect(data.page).toMatchObject({ number: 1, count: 1, total: 0 });
  });

  it("leaves the counts on the index pages counting every practice", () => {
    const counts = pageData.termsWithCounts(loaded.content, "topics", loaded.schema.topics);
    const bostad = counts.find((term) => term.id === "bostad")!;
    expect(bostad.count).toBe(pageData.listOf(loaded, "topics", "bostad", "Bostad").practices.length);
    const country = placeData.countryData(loaded, noMap);
    expect(country.counties.find((c) => c.id === "sodermanlands-lan")!.count).toBe(
      placeData.countyPageData(loaded, "sodermanlands-lan", noMap).practices.length,
    );
  });
});
