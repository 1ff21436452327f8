// The one table of help numbers per region, with the date it was last checked. Help texts read from here only.
// Numbers and hours change (113 became free in October 2025, 1813's chat hours move): update them here.
import type { Region } from "../locales.ts";

export interface HelpLine {
  /** The service's own name, as people know it. */
  name: string;
  /** What to dial; null when it differs per area (the huisartsenpost). */
  phone: string | null;
  /** A second number for the same service. */
  altPhone?: string;
  /** Chat or website, without "https://". */
  web?: string;
  /** null: not confirmed, or it differs per area; texts then say nothing about cost. */
  free: boolean | null;
  anonymous: boolean;
  /** "always": 24/7; "weekdays": office days only; "out_of_hours": evenings, nights and weekends. */
  hours: "always" | "weekdays" | "out_of_hours";
  /** The chat keeps changing hours: texts tell people to check the website rather than name times. */
  chatHoursVary?: boolean;
}

export interface RegionHelp {
  /** Life in danger, any kind. */
  emergency: HelpLine;
  /** Police without an ambulance (Belgium only; 112 works there too). */
  police?: HelpLine;
  /** Suicide prevention line. */
  suicide: HelpLine;
  /** The GP when the own practice is closed. */
  outOfHoursGp: HelpLine;
  /** Violence, abuse or neglect at home, including children. */
  violence: HelpLine;
}

export type HelpNumbers = {
  /** ISO date the numbers were last checked against the services' own information. */
  checkedOn: string;
} & Record<Region, RegionHelp>;

export const HELP_NUMBERS: HelpNumbers = {
  checkedOn: "2026-11-25",
  NL: {
    emergency: { name: "112", phone: "112", free: true, anonymous: false, hours: "always" },
    suicide: {
      name: "113 Zelfmoordpreventie",
      phone: "113",
      altPhone: "0800-0113",
      web: "113.nl",
      free: true,
      anonymous: true,
      hours: "always",
    },
    // Every region has its own number; patients find it on their practice's website or voicemail.
    outOfHoursGp: {
      name: "huisartsenpost",
      phone: null,
      free: null,
      anonymous: false,
      hours: "out_of_hours",
    },
    violence: {
      name: "Veilig Thuis",
      phone: "0800-2000",
      web: "veiligthuis.nl",
      free: true,
      anonymous: true,
      hours: "always",
    },
  },
  BE: {
    emergency: { name: "112", phone: "112", free: true, anonymous: false, hours: "always" },
    police: { name: "politie", phone: "101", free: true, anonymous: false, hours: "always" },
    suicide: {
      name: "Zelfmoordlijn",
      phone: "1813",
      web: "zelfmoord1813.be",
      free: true,
      anonymous: true,
      hours: "always",
      chatHoursVary: true,
    },
    // Sources disagree on the call cost (free versus a zonal rate), so the texts leave cost out.
    outOfHoursGp: {
      name: "huisarts van wacht",
      phone: "1733",
      free: null,
      anonymous: false,
      hours: "out_of_hours",
    },
    violence: {
      name: "1712",
      phone: "1712",
      web: "1712.be",
      free: true,
      anonymous: true,
      hours: "weekdays",
    },
  },
};
