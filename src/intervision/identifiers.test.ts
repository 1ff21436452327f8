// The identifier check: each kind is found (and masked), ordinary case talk and pseudonyms are not.
import { describe, expect, it } from "vitest";
import { findIdentifiers, identifierKinds, maskIdentifiers, passesElevenTest } from "./identifiers.ts";

describe("passesElevenTest", () => {
  it("accepts numbers whose weighted sum is a multiple of 11", () => {
    expect(passesElevenTest("111222333")).toBe(true);
    expect(passesElevenTest("123456782")).toBe(true);
  });
  it("refuses other numbers, wrong lengths and all zeros", () => {
    expect(passesElevenTest("123456789")).toBe(false);
    expect(passesElevenTest("11122233")).toBe(false);
    expect(passesElevenTest("000000000")).toBe(false);
  });
});

describe("identifierKinds", () => {
  it.each([
    ["bsn", "Haar BSN is 111222333."],
    ["bsn", "bsn 111.222.333"],
    ["bsn", "nummer 1112 22 333"],
    ["birthdate", "geboren op 12-03-1954"],
    ["birthdate", "ze is van 3 maart 1954"],
    ["birthdate", "DOB 1954-03-12"],
    ["birthdate", "geb. 3-4-52"],
    ["birthdate", "born on March 3, 1954"],
    ["phone", "bel haar op 06-12345678"],
    ["phone", "+31 6 12345678"],
    ["phone", "020-1234567"],
    ["phone", "+32 470 12 34 56"],
    ["address", "woont op de Kerkstraat 12"],
    ["address", "Van Goghlaan 3a"],
    ["address", "1234 AB Utrecht"],
    ["address", "lives at 12 Baker Street"],
    ["name", "mevrouw Jansen belde"],
    ["name", "dhr. De Vries"],
    ["name", "meneer J. van Dijk"],
    ["name", "Jan de Vries kwam binnen"],
    ["name", "Mrs. Smith said"],
  ] as const)("finds %s in %j", (kind, text) => {
    expect(identifierKinds(text)).toEqual([kind]);
  });

  it.each([
    "mevrouw X vertelde over haar zoon",
    "meneer B. werd boos",
    "een man van 70 met COPD",
    "patiënt A, 45 jaar",
    "Tijdens de Kerst was het druk",
    "In maart 2024 kwam ze op het spreekuur",
    "bsn 123456789 klopt niet met de elfproef",
    "Ze gebruikt 2x daags 500 mg",
    "Ik werk 32 uur per week sinds 2019",
    "afspraak om 10.30 uur, duurde 12-15 minuten",
    "ze heeft 112 gebeld",
    "de 2023 NL richtlijn",
    "Hoe lang speelt dit al, en wat deed de POH?",
    "Op de Spoedeisende Hulp vroeg ik de heer K om te wachten",
  ])("finds nothing in %j", (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });

  it("lists several kinds once each", () => {
    expect(identifierKinds("mevrouw Jansen, 06-12345678, en mevrouw Pietersen")).toEqual(["name", "phone"]);
  });
});

describe("maskIdentifiers", () => {
  it("replaces each span with its label and counts them", () => {
    expect(maskIdentifiers("mevrouw Jansen (111222333) belde", (k) => k)).toEqual({
      text: "[name] ([bsn]) belde",
      masked: 2,
    });
  });
  it("leaves text without identifiers alone", () => {
    expect(maskIdentifiers("een man van 70", (k) => k)).toEqual({ text: "een man van 70", masked: 0 });
  });
});
