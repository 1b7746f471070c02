// Maps drawn at build time: the right places in the right spots, small enough to send, and
// a component that makes every area a named link shaded by its count.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { fromHtml } from "hast-util-from-html";
import type { Element, Root, RootContent } from "hast";
import { describe, expect, it, vi } from "vitest";
import { counties, municipalities } from "@kunskapsbanken/content-schema";
import { municipalityPath } from "@kunskapsbanken/content-schema/routes";
import { type AreaMapData, boundariesDirOf, countyMap, municipalityMap, readBoundaries } from "../src/plugins/maps";
import AreaMap from "../src/components/maps/AreaMap";
import AreaTable from "../src/components/maps/AreaTable";
import { mapColours } from "../src/components/maps/shading";

const siteDir = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const boundaries = readBoundaries(boundariesDirOf(siteDir));
const country = countyMap(boundaries);
const membersOf = (countyId: string) => municipalities.filter((m) => m.county === countyId).map((m) => m.id);

/** The absolute points of a path written as `M x y l dx dy … z`, ring by ring. */
function rings(path: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (const part of path.split("M").filter(Boolean)) {
    const [start, rest = ""] = part.replace(/z$/, "").split("l");
    const numbers = (text: string) => (text.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const [x0, y0] = numbers(start!);
    const ring: [number, number][] = [[x0!, y0!]];
    const deltas = numbers(rest);
    for (let i = 0; i < deltas.length; i += 2) {
      const [x, y] = ring[ring.length - 1]!;
      ring.push([x + deltas[i]!, y + deltas[i + 1]!]);
    }
    out.push(ring);
  }
  return out;
}

function box(path: string) {
  const points = rings(path).flat();
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

const pathBytes = (map: AreaMapData) => map.areas.reduce((sum, area) => sum + Buffer.byteLength(area.path), 0);

function expectInsideViewBox(map: AreaMapData) {
  const [, , width, height] = map.viewBox.split(" ").map(Number);
  for (const area of map.areas) {
    const b = box(area.path);
    expect(b.left, area.id).toBeGreaterThanOrEqual(-0.1);
    expect(b.top, area.id).toBeGreaterThanOrEqual(-0.1);
    expect(b.right, area.id).toBeLessThanOrEqual(width! + 0.1);
    expect(b.bottom, area.id).toBeLessThanOrEqual(height! + 0.1);
    // An area drawn inside out covers the whole map instead of its own corner of it.
    expect((b.right - b.left) * (b.bottom - b.top), `${area.id} covers the map`).toBeLessThan(0.5 * width! * height!);
  }
}

describe("the country map", () => {
  it("has the 21 counties, each once, with our ids", () => {
    const ids = country.areas.map((area) => area.id);
    expect(ids).toHaveLength(21);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(counties.map((c) => c.id).sort());
    expect(country.areas.find((area) => area.id === "skane-lan")?.name).toBe("Skåne län");
  });

  it("draws every county inside the picture, north up and east right", () => {
    expectInsideViewBox(country);
    const centre = (id: string) => {
      const b = box(country.areas.find((area) => area.id === id)!.path);
      return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
    };
    expect(centre("skane-lan").y).toBeGreaterThan(centre("norrbottens-lan").y);
    expect(centre("gotlands-lan").x).toBeGreaterThan(centre("hallands-lan").x);
  });

  it("is small enough to send with the page", () => {
    const biggest = counties
      .map((c) => ({ id: c.id, bytes: pathBytes(municipalityMap(boundaries, c.id)) }))
      .sort((a, b) => b.bytes - a.bytes)[0]!;
    console.log(
      `path data: country ${(pathBytes(country) / 1024).toFixed(1)} KB, biggest county ${biggest.id} ${(biggest.bytes / 1024).toFixed(1)} KB`,
    );
    expect(pathBytes(country)).toBeLessThan(60 * 1024);
    expect(pathBytes(municipalityMap(boundaries, "vastra-gotalands-lan"))).toBeLessThan(100 * 1024);
  });
});

describe("a county's map", () => {
  it.each([
    ["sodermanlands-lan", 9],
    ["skane-lan", 33],
  ])("%s has each of its %i municipalities once, with our ids", (countyId, count) => {
    const map = municipalityMap(boundaries, countyId);
    const ids = map.areas.map((area) => area.id);
    expect(ids).toHaveLength(count);
    expect([...ids].sort()).toEqual(membersOf(countyId).sort());
    expectInsideViewBox(map);
  });

  it("refuses a county it does not know", () => {
    expect(() => municipalityMap(boundaries, "sormland")).toThrow(/sormland/);
  });
});

function elements(node: Root | RootContent, name: string): Element[] {
  const found: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === "element" && n.tagName === name) found.push(n);
    if ("children" in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return found;
}

const textOf = (node: RootContent): string =>
  node.type === "text" ? node.value : "children" in node ? node.children.map(textOf).join("") : "";

describe("AreaMap and AreaTable", () => {
  const map = municipalityMap(boundaries, "sodermanlands-lan");
  const counts = { flen: 7, strangnas: 3, gnesta: 1 };
  const render = (element: Parameters<typeof renderToStaticMarkup>[0]) => fromHtml(renderToStaticMarkup(element), { fragment: true });

  it("makes every area a link, named with its count, to where the page says", () => {
    const hrefOf = vi.fn(municipalityPath);
    const links = elements(render(createElement(AreaMap, { title: "Exempel per kommun", map, counts, hrefOf })), "a");
    expect(links).toHaveLength(map.areas.length);
    for (const area of map.areas) {
      const link = links.find((a) => a.properties.href === municipalityPath(area.id));
      expect(link, area.id).toBeDefined();
      expect(link!.properties.ariaLabel).toMatch(new RegExp(`^${area.name}: `));
    }
    expect(hrefOf).toHaveBeenCalledTimes(map.areas.length);
    expect(links.find((a) => a.properties.href === municipalityPath("flen"))!.properties.ariaLabel).toBe("Flen: 7 exempel");
    expect(links.find((a) => a.properties.href === municipalityPath("trosa"))!.properties.ariaLabel).toBe("Trosa: inga exempel");
  });

  it("shades none lightest and the most darkest, and explains the shades", () => {
    const tree = render(createElement(AreaMap, { title: "Exempel per kommun", map, counts, hrefOf: municipalityPath }));
    const fillOf = (id: string) => {
      const link = elements(tree, "a").find((a) => a.properties.href === municipalityPath(id))!;
      return elements(link, "path")[0]!.properties.fill;
    };
    expect(fillOf("trosa")).toBe(mapColours.steps[0]);
    expect(fillOf("flen")).toBe(mapColours.steps[mapColours.steps.length - 1]);
    expect(new Set([fillOf("gnesta"), fillOf("strangnas")]).has(mapColours.steps[0])).toBe(false);
    const legend = elements(tree, "li").map(textOf);
    expect(legend[0]).toBe("0");
    expect(legend[legend.length - 1]).toMatch(/7$/);
    expect(textOf(elements(tree, "p")[0]!)).toMatch(/okfse\/sweden-geojson/);
  });

  it("uses colours with 3:1 contrast for borders and focus (WCAG 2.1 non-text contrast)", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    for (const fill of mapColours.steps) {
      expect(contrast(mapColours.border, fill), `border on ${fill}`).toBeGreaterThanOrEqual(3);
      expect(contrast(mapColours.focus, fill), `focus on ${fill}`).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(mapColours.focus, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrast(mapColours.steps[0], mapColours.steps[mapColours.steps.length - 1]!)).toBeGreaterThanOrEqual(3);
  });

  it("gives the same numbers as a table with a caption and headers", () => {
    const tree = render(
      createElement(AreaTable, {
        caption: "Exempel per kommun",
        areaHeading: "Kommun",
        areas: map.areas,
        counts,
        hrefOf: municipalityPath,
      }),
    );
    expect(textOf(elements(tree, "caption")[0]!)).toBe("Exempel per kommun");
    expect(elements(tree, "th").filter((th) => String(th.properties.scope) === "col")).toHaveLength(2);
    const rows = elements(tree, "tbody").flatMap((body) => elements(body, "tr"));
    expect(rows).toHaveLength(map.areas.length);
    for (const row of rows) {
      const [header] = elements(row, "th");
      expect(header!.properties.scope).toBe("row");
      const link = elements(header!, "a")[0]!;
      const area = map.areas.find((a) => municipalityPath(a.id) === link.properties.href)!;
      expect(textOf(link)).toBe(area.name);
      expect(textOf(elements(row, "td")[0]!)).toBe(String(counts[area.id as keyof typeof counts] ?? 0));
    }
  });
});
