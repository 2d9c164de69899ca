import { expect, test } from "@playwright/test";
import { activeValidator, htmlValidate, type HtmlValidator } from "./tools/html-validators";
import { PUBLIC_PAGE_TYPES, publicPageTypes } from "./page-types";

test(`the HTML of every public page type is valid (${activeValidator.name})`, async ({ request }) => {
  test.setTimeout(120_000);
  const pages: Record<string, string> = {};
  for (const { name, path } of await publicPageTypes(request)) {
    pages[`${name} (${path})`] = await (await request.get(path)).text();
  }
  expect(Object.keys(pages).length).toBe(PUBLIC_PAGE_TYPES.length);
  expect(await activeValidator.validate(pages)).toEqual([]);
});

// Each validator that can run here must see what is wrong with a broken page: a check that passes
// everything would otherwise look the same as valid HTML.
const broken = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
<body><main><p>Two <div>block</div> in a paragraph</p><img src="/a.png"><a href="/x"><a href="/y">nested</a></a>
<ul><p>not a list item</p></ul><p id="same">one</p><p id="same">two</p></main></body></html>`;

const validators: HtmlValidator[] = [...new Set([activeValidator, htmlValidate])];
for (const validator of validators) {
  test(`${validator.name} finds the errors in a page with known errors`, async () => {
    const errors = await validator.validate({ broken });
    const report = errors.join("\n");
    expect(errors.length, report).toBeGreaterThanOrEqual(3);
    expect(report).toMatch(/duplicate id/i);
    expect(report).toMatch(/\bp\b.{0,20}not (allowed|permitted).{0,40}\bul\b/i);
  });
}
