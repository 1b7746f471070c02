// The pages a parameterised route stands for are rendered and listed in the sitemap, while the
// client route table keeps the one route (plugins/static-pages).
import { describe, expect, it } from "vitest";
import { expandPaths, setPages, withPageRoutes } from "../src/plugins/static-pages/registry";

describe("static pages", () => {
  setPages("/praktik/:id", ["/praktik/a", "/praktik/b"]);

  it("renders every page of a route instead of the route itself, and other routes as they are", () => {
    expect(expandPaths(["/404.html", "/", "/praktik/:id", "/praktiker"])).toEqual([
      "/404.html",
      "/",
      "/praktik/a",
      "/praktik/b",
      "/praktiker",
    ]);
  });

  it("lists one sitemap route per page, keeping the route's other fields", () => {
    const routes = withPageRoutes([
      { path: "/praktik/:id", component: "PracticePage" },
      { path: "/", component: "StartPage" },
    ]);
    expect(routes).toEqual([
      { path: "/praktik/a", component: "PracticePage" },
      { path: "/praktik/b", component: "PracticePage" },
      { path: "/", component: "StartPage" },
    ]);
  });

  it("replaces what an earlier load recorded for the same route", () => {
    setPages("/p/:id", ["/p/a", "/p/b"]);
    setPages("/p/:id", ["/p/a"]);
    expect(expandPaths(["/p/:id"])).toEqual(["/p/a"]);
  });
});
