// The stylesheet of every page: calm, readable at 360 px and at 200% zoom, visible focus, AA
// contrast, and a print layout that fits the summary on one A4.
export const appCss = `
:root {
  --ink: #1b1f24; --muted: #4a5058; --paper: #fbfaf7; --card: #ffffff; --line: #c9ccd1;
  --accent: #1f5f78; --accent-ink: #ffffff; --coach: #eef4f6; --you: #f3efe6; --danger: #8c1d18;
  --focus: #b35c00;
  color-scheme: light;
}
* { box-sizing: border-box; }
/* An element marked hidden stays hidden, whatever display its class gives it (the print button). */
[hidden] { display: none !important; }
html { font-size: 100%; }
body {
  margin: 0; background: var(--paper); color: var(--ink);
  font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main { display: block; max-width: 44rem; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }
a { color: var(--accent); text-underline-offset: 0.15em; }
/* A phone number never breaks across lines ("0800-0113"). */
a.tel { white-space: nowrap; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--card); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.site-header, .site-footer {
  max-width: 44rem; margin: 0 auto; padding: 0.75rem 1rem; display: flex; flex-wrap: wrap;
  gap: 0.5rem 1rem; justify-content: space-between; align-items: baseline;
}
.site-name { margin: 0; font-weight: 700; }
.site-name a { color: var(--ink); text-decoration: none; }
.site-footer { color: var(--muted); font-size: 0.95rem; border-top: 1px solid var(--line); margin-top: 2rem; }
.site-footer p { margin: 0.25rem 0; }
.tagline { font-size: 1.15rem; color: var(--muted); }
.not-list { padding-left: 1.25rem; }
.hint { color: var(--muted); font-size: 0.95rem; margin: 0.25rem 0 0.75rem; }
.phase { display: inline-block; margin: 0 0 0.75rem; padding: 0.2rem 0.75rem; border-radius: 1rem;
  background: var(--coach); color: var(--accent); font-weight: 600; font-size: 0.95rem; }
.log { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-direction: column; gap: 0.6rem; }
.message { max-width: 92%; padding: 0.65rem 0.9rem; border-radius: 0.9rem; overflow-wrap: anywhere; }
.message.coach { background: var(--coach); align-self: flex-start; border-bottom-left-radius: 0.25rem; }
.message.user { background: var(--you); align-self: flex-end; border-bottom-right-radius: 0.25rem; }
.answer { background: var(--card); border: 1px solid var(--line); border-radius: 0.75rem; padding: 1rem; }
fieldset { border: 0; padding: 0; margin: 0 0 0.75rem; min-width: 0; }
legend, label { font-weight: 600; }
textarea, input[type="text"] {
  display: block; width: 100%; font: inherit; padding: 0.6rem; border: 2px solid var(--muted);
  border-radius: 0.5rem; background: #fff; color: var(--ink); margin-top: 0.35rem;
}
button, .button {
  display: inline-block; font: inherit; font-weight: 600; padding: 0.6rem 1.1rem; min-height: 2.75rem;
  border: 2px solid var(--accent); border-radius: 0.5rem; background: var(--card); color: var(--accent);
  cursor: pointer; text-decoration: none; margin: 0.25rem 0.25rem 0.25rem 0;
}
button.primary, .button.primary { background: var(--accent); color: var(--accent-ink); }
button.danger { border-color: var(--danger); color: var(--danger); }
.choices.buttons { display: flex; flex-direction: column; align-items: stretch; gap: 0.5rem; }
.choices.buttons legend { margin-bottom: 0.5rem; }
.choice { text-align: left; margin: 0; }
.choice.selected { background: var(--coach); }
.check-option { display: flex; gap: 0.5rem; align-items: center; margin: 0.4rem 0; }
.check-option input { width: 1.35rem; height: 1.35rem; }
/* One row of eleven at 360 px: the options share the width rather than wrap. */
.scale-row { display: flex; flex-wrap: nowrap; gap: 0.2rem; margin-top: 0.5rem; }
.scale-option { flex: 1 1 0; min-width: 0; }
.scale-option { position: relative; }
.scale-option input { position: absolute; opacity: 0; width: 100%; height: 2.75rem; margin: 0; }
.scale-option label {
  display: flex; align-items: center; justify-content: center; width: 100%; max-width: 2.75rem; height: 2.75rem;
  border: 2px solid var(--accent); border-radius: 0.5rem; background: #fff; color: var(--accent); cursor: pointer;
}
.scale-option input:checked + label { background: var(--accent); color: var(--accent-ink); }
.scale-option input:focus-visible + label { outline: 3px solid var(--focus); outline-offset: 2px; }
/* The spinnenweb step: one block per part, its name, description, scale and tick box. */
.scale-item { border-top: 1px solid var(--line); padding-top: 0.6rem; margin-top: 0.6rem; }
/* The name floats so the "geen cijfer" choice can sit on its line, at the right. */
.scale-item > legend.scale-name { float: left; font-weight: 600; padding: 0; margin: 0; }
.scale-none { float: right; display: flex; gap: 0.3rem; align-items: center; color: var(--muted); font-size: 0.95rem; }
.scale-none input { width: 1.35rem; height: 1.35rem; margin: 0; }
.scale-none label { font-weight: normal; }
.scale-item .hint, .scale-item .scale-row { clear: both; }
.scale-item .hint { margin: 0.1rem 0 0; }
.scale-ends { display: flex; justify-content: space-between; gap: 1rem; color: var(--muted); font-size: 0.95rem; margin: 0.4rem 0 0; }
.controls { border-top: 1px solid var(--line); margin-top: 0.75rem; padding-top: 0.5rem; }
.controls button { border-color: var(--muted); color: var(--ink); font-weight: 500; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.error { border-left: 4px solid var(--danger); padding: 0.5rem 0.75rem; background: #fdf1f0; color: var(--danger); }
.help { border: 3px solid var(--danger); border-radius: 0.75rem; background: #fff; padding: 1rem 1.25rem; margin: 1rem 0; font-size: 1.1rem; }
.help h1, .help h2 { color: var(--danger); margin-top: 0; }
.resume { margin-top: 1.5rem; padding: 0.75rem 1rem; border: 1px dashed var(--line); border-radius: 0.75rem; }
.code { font: 700 1.35rem/1.3 ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; letter-spacing: 0.08em; }
.summary-section dl { margin: 0; }
.summary-section dt { font-weight: 600; margin-top: 0.6rem; }
.summary-section dd { margin: 0.1rem 0 0; }
.spinnenweb { width: 100%; max-width: 36rem; height: auto; display: block; }
.spinnenweb .web-number { display: none; }
.summary-for { color: var(--muted); margin-top: -0.5rem; }
.web-list { padding-left: 1.75rem; margin: 0.25rem 0; }
.web-list li.talk::marker { color: var(--danger); font-weight: 700; }
.web-list li.talk strong { color: var(--danger); }
.web-legend { font-size: 0.95rem; color: var(--muted); }
.web-dot { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; background: #b3261e; vertical-align: -0.05em; }
h3 { font-size: 1.05rem; margin: 0.75rem 0 0.25rem; }
.note { background: var(--you); padding: 0.5rem 0.75rem; border-radius: 0.5rem; }
.erase { margin-top: 1rem; }
form.inline { display: inline-block; margin-right: 0.5rem; }
.remarks { padding-left: 1.25rem; }
.remark { margin: 0.4rem 0; }
.remark .example { display: block; color: var(--muted); margin-top: 0.2rem; }
.counts { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 1rem; }
.counts dt { font-weight: 600; }
.counts dd { margin: 0; }
.table-scroll { overflow-x: auto; }
.timeline { border-collapse: collapse; width: 100%; }
.timeline th, .timeline td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; }
.timeline tr.stance-volgend th { border-left: 6px solid #1f5f78; }
.timeline tr.stance-activerend th { border-left: 6px solid #6b4f00; }
.timeline tr.stance-expert th { border-left: 6px solid #8c1d18; }
.timeline ul.parts { margin: 0; padding-left: 1rem; }
.timeline .part-label { color: var(--muted); }
.timeline .label-note { margin: 0.2rem 0; }
.timeline details summary { color: var(--accent); cursor: pointer; font-size: 0.9rem; }
.timeline details input[type="text"] { width: 100%; max-width: 28rem; }
.score { font-size: 1.2rem; font-weight: 600; }
.quiz-items li { margin-bottom: 1rem; }
@media (min-width: 40rem) {
  .choices.buttons { flex-direction: row; flex-wrap: wrap; }
}
@media (max-width: 39.99rem) {
  .spinnenweb .web-label { display: none; }
  .spinnenweb .web-number { display: inline; }
}
@media print {
  @page { size: A4; margin: 14mm; }
  body { background: #fff; font-size: 10.5pt; line-height: 1.35; }
  .site-header, .site-footer, .skip-link, .no-print, .actions, .controls { display: none !important; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 16pt; margin: 0 0 6pt; }
  h2 { font-size: 12pt; margin: 8pt 0 3pt; }
  .summary-section { break-inside: avoid; }
  .spinnenweb { max-width: 80mm; }
  .web-layout { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; align-items: center; }
  .summary-section dt { margin-top: 3pt; }
  a.tel { color: inherit; text-decoration: none; }
  .spinnenweb .web-label { display: inline !important; }
  .spinnenweb .web-number { display: none !important; }
}
`;
