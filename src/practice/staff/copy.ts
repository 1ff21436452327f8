// The words of the practice's own pages: enrolling a passkey, signing in, the inbox of shared
// summaries and one shared summary, the practice's details, the administrator's page of practices and
// the refusals. Dutch first.
import type { Locale } from "../../locales.ts";

export interface StaffCopy {
  enrolTitle: string;
  enrolText: (name: string, practice: string) => string;
  enrolButton: string;
  enrolGone: string;
  enrolGoneText: string;
  signInTitle: string;
  signInText: string;
  signInButton: string;
  wait: string;
  failed: string;
  noScript: string;
  signOut: string;
  inboxTitle: (practice: string) => string;
  signedInAs: (name: string) => string;
  empty: string;
  sharedOn: (day: string) => string;
  visibleUntil: (day: string) => string;
  untitled: string;
  open: string;
  fhir: string;
  pdf: string;
  codeTitle: string;
  codeLabel: string;
  codeButton: string;
  codeUnknown: string;
  whatYouSee: string;
  inviteTitle: string;
  inviteText: string;
  qrTitle: string;
  notVisible: string;
  back: string;
  sharedTitle: string;
  webTitle: string;
  settings: string;
  settingsTitle: string;
  settingsText: string;
  nameLabel: string;
  regionLabel: string;
  regions: { NL: string; BE: string };
  outOfHoursLabel: string;
  outOfHoursHint: string;
  welcomeLabel: string;
  save: string;
  saved: string;
  checkField: (label: string) => string;
  notSignedInTitle: string;
  notSignedInText: string;
  signInAgain: string;
  admin: string;
  adminTitle: string;
  adminText: string;
  adminNone: string;
  edit: string;
  invitationLabel: string;
  addTitle: string;
  slugLabel: string;
  slugHint: string;
  add: string;
  added: (name: string) => string;
  slugTaken: (slug: string) => string;
  editTitle: (name: string) => string;
  backToPractices: string;
  practiceUnknown: string;
  notAdminTitle: string;
  notAdminText: string;
}

export const staffCopy: Record<Locale, StaffCopy> = {
  nl: {
    enrolTitle: "Je passkey aanmaken",
    enrolText: (name, practice) =>
      `Welkom ${name}. Maak hier je passkey aan voor ${practice}. Daarmee meld je je voortaan aan, zonder wachtwoord: met je vingerafdruk, je gezicht of de pincode van dit apparaat.`,
    enrolButton: "Passkey aanmaken",
    enrolGone: "Deze link werkt niet meer",
    enrolGoneText:
      "Een aanmeldlink werkt één keer en 24 uur lang. Vraag de beheerder om een nieuwe link als je je passkey nog moet aanmaken of kwijt bent.",
    signInTitle: "Aanmelden voor de praktijk",
    signInText: "Meld je aan met de passkey die je bij je uitnodiging hebt aangemaakt.",
    signInButton: "Aanmelden met passkey",
    wait: "Even geduld, je browser vraagt om je passkey…",
    failed: "Dat lukte niet.",
    noScript: "Voor een passkey is JavaScript nodig. Zet het aan voor deze pagina.",
    signOut: "Afmelden",
    inboxTitle: (practice) => `Gedeelde overzichten voor ${practice}`,
    signedInAs: (name) => `Aangemeld als ${name}.`,
    empty: "Er zijn nu geen gedeelde overzichten.",
    sharedOn: (day) => `gedeeld op ${day}`,
    visibleUntil: (day) => `zichtbaar tot ${day}`,
    untitled: "Overzicht zonder hoofdvraag",
    open: "Openen",
    fhir: "FHIR-bestand",
    pdf: "PDF",
    codeTitle: "Een code van een patiënt",
    codeLabel: "Code (tien tekens)",
    codeButton: "Code gebruiken",
    codeUnknown:
      "Deze code kennen we niet, of hij is al gebruikt of verlopen. Vraag de patiënt om een nieuwe code.",
    whatYouSee:
      "Je ziet alleen wat een patiënt zelf met jullie praktijk deelt: het overzicht van de reflectie, niet het gesprek. Een patiënt kan delen altijd intrekken; daarna en na de gekozen termijn verdwijnt het hier. Elke keer dat iemand een overzicht opent, schrijven we dat op (wie en wanneer).",
    inviteTitle: "Uitnodigen",
    inviteText: "Met deze link of QR-code beginnen patiënten een reflectie namens jullie praktijk:",
    qrTitle: "QR-code van de uitnodiging",
    notVisible: "Dit overzicht is niet (meer) met jullie praktijk gedeeld.",
    back: "Terug naar de lijst",
    sharedTitle: "Overzicht van een patiënt",
    webTitle: "Spinnenweb van de patiënt",
    settings: "Gegevens van de praktijk",
    settingsTitle: "Gegevens van de praktijk",
    settingsText:
      "Patiënten zien deze gegevens op jullie uitnodigingspagina. Het nummer staat ook in de hulpteksten van hun gesprek.",
    nameLabel: "Naam van de praktijk",
    regionLabel: "Land",
    regions: { NL: "Nederland", BE: "België" },
    outOfHoursLabel: "Nummer buiten kantooruren",
    outOfHoursHint:
      "De huisartsenpost (Nederland) of de huisarts van wacht (België), zoals patiënten het intoetsen.",
    welcomeLabel: "Welkomstzin (mag leeg blijven)",
    save: "Opslaan",
    saved: "Opgeslagen.",
    checkField: (label) => `Kijk nog eens naar: ${label.toLowerCase()}. Er is nog niets opgeslagen.`,
    notSignedInTitle: "Je bent niet aangemeld",
    notSignedInText:
      "Je sessie is afgelopen, of je was al afgemeld. Er is niets opgeslagen of veranderd. Meld je opnieuw aan met je passkey en probeer het dan nog eens.",
    signInAgain: "Opnieuw aanmelden",
    admin: "Praktijken beheren",
    adminTitle: "Praktijken beheren",
    adminText:
      "Hier voeg je praktijken toe en pas je hun gegevens aan. Wat patiënten met een praktijk delen, zie je hier niet: dat ziet alleen die praktijk zelf.",
    adminNone: "Er zijn nog geen praktijken.",
    edit: "Wijzigen",
    invitationLabel: "Uitnodigingslink",
    addTitle: "Een praktijk toevoegen",
    slugLabel: "Adres van de uitnodigingslink (mag leeg blijven)",
    slugHint:
      "Kleine letters, cijfers en streepjes, zoals huisartsen-de-linde. Leeg laten mag: dan maken we het van de naam. Later verandert het niet meer, want patiënten hebben de link dan al.",
    add: "Toevoegen",
    added: (name) => `${name} staat erbij.`,
    slugTaken: (slug) =>
      `Er is al een praktijk met het adres ${slug}. Kies een ander adres; er is nog niets opgeslagen.`,
    editTitle: (name) => `Gegevens van ${name}`,
    backToPractices: "Terug naar de praktijken",
    practiceUnknown: "Deze praktijk kennen we niet. Kijk in de lijst van praktijken welke er zijn.",
    notAdminTitle: "Alleen voor beheerders",
    notAdminText:
      "Praktijken toevoegen en wijzigen kan alleen een beheerder. Er is niets veranderd. De gegevens van je eigen praktijk pas je aan via Gegevens van de praktijk.",
  },
  en: {
    enrolTitle: "Create your passkey",
    enrolText: (name, practice) =>
      `Welcome ${name}. Create your passkey for ${practice} here. From now on you sign in with it, without a password: with your fingerprint, your face or this device's PIN.`,
    enrolButton: "Create passkey",
    enrolGone: "This link no longer works",
    enrolGoneText:
      "An enrolment link works once, for 24 hours. Ask the administrator for a new link if you still need to create your passkey or have lost it.",
    signInTitle: "Sign in for the practice",
    signInText: "Sign in with the passkey you created with your invitation.",
    signInButton: "Sign in with passkey",
    wait: "One moment, your browser asks for your passkey…",
    failed: "That did not work.",
    noScript: "A passkey needs JavaScript. Please turn it on for this page.",
    signOut: "Sign out",
    inboxTitle: (practice) => `Summaries shared with ${practice}`,
    signedInAs: (name) => `Signed in as ${name}.`,
    empty: "There are no shared summaries right now.",
    sharedOn: (day) => `shared on ${day}`,
    visibleUntil: (day) => `visible until ${day}`,
    untitled: "Summary without a main question",
    open: "Open",
    fhir: "FHIR file",
    pdf: "PDF",
    codeTitle: "A code from a patient",
    codeLabel: "Code (ten characters)",
    codeButton: "Use code",
    codeUnknown: "We do not know this code, or it was used or has expired. Ask the patient for a new code.",
    whatYouSee:
      "You see only what a patient shares with your practice: the summary of the reflection, not the conversation. A patient can take a share back at any time; it then disappears here, as it does after the chosen period. Every time someone opens a summary, we note who and when.",
    inviteTitle: "Inviting patients",
    inviteText: "With this link or QR code patients start a reflection on behalf of your practice:",
    qrTitle: "QR code of the invitation",
    notVisible: "This summary is not (or no longer) shared with your practice.",
    back: "Back to the list",
    sharedTitle: "A patient's summary",
    webTitle: "The patient's health web",
    settings: "Practice details",
    settingsTitle: "Practice details",
    settingsText:
      "Patients see these details on your invitation page. The number also appears in the help texts of their conversation.",
    nameLabel: "Name of the practice",
    regionLabel: "Country",
    regions: { NL: "The Netherlands", BE: "Belgium" },
    outOfHoursLabel: "Out-of-hours number",
    outOfHoursHint: "The huisartsenpost (Netherlands) or the GP on duty (Belgium), as patients dial it.",
    welcomeLabel: "Welcome line (may stay empty)",
    save: "Save",
    saved: "Saved.",
    checkField: (label) => `Please check: ${label.toLowerCase()}. Nothing has been saved yet.`,
    notSignedInTitle: "You are not signed in",
    notSignedInText:
      "Your session has ended, or you had already signed out. Nothing was saved or changed. Sign in again with your passkey, then try once more.",
    signInAgain: "Sign in again",
    admin: "Manage practices",
    adminTitle: "Manage practices",
    adminText:
      "Here you add practices and change their details. You do not see what patients share with a practice here: only that practice sees it.",
    adminNone: "There are no practices yet.",
    edit: "Change",
    invitationLabel: "Invitation link",
    addTitle: "Add a practice",
    slugLabel: "Address of the invitation link (may stay empty)",
    slugHint:
      "Lowercase letters, digits and dashes, like huisartsen-de-linde. You may leave it empty: we then make it from the name. It does not change later, because patients will already have the link.",
    add: "Add",
    added: (name) => `${name} has been added.`,
    slugTaken: (slug) =>
      `There is already a practice with the address ${slug}. Choose another one; nothing has been saved yet.`,
    editTitle: (name) => `Details of ${name}`,
    backToPractices: "Back to the practices",
    practiceUnknown: "We do not know this practice. The list of practices shows which ones there are.",
    notAdminTitle: "For administrators only",
    notAdminText:
      "Only an administrator can add and change practices. Nothing was changed. You change your own practice's details under Practice details.",
  },
};
