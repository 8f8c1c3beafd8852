import { describe, expect, it } from "vitest";
import { landingHtml } from "./landing-html";

describe("the landing page without JavaScript", () => {
  const html = landingHtml("1.2.3");
  it("ships no script", () => {
    expect(html).not.toMatch(/<script/i);
  });
  it("sends the student's code to /join (which checks it) and the instructor to /host", () => {
    expect(html).toContain('<form method="get" action="/join"');
    expect(html).toContain('name="code"');
    expect(html).toMatch(/<a class="button" href="\/host">Host a session<\/a>/);
  });
  it("shows the server's status and version, with only version characters", () => {
    expect(html).toContain('role="status"');
    expect(html).toContain("Connected to the classroom server");
    expect(html).toContain("· v1.2.3");
    expect(landingHtml('1<b>"')).not.toContain("<b>");
  });
});
