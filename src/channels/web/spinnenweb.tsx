/** @jsxImportSource hono/jsx */
// The spinnenweb as an inline SVG: six axes from 0 to 10, the person's grades as a shape, the
// dimensions they want to talk about highlighted, and a text alternative. Presentation attributes
// only (no style attributes), so the CSP needs no 'unsafe-inline'.
import type { FC } from "hono/jsx";
import type { Summary } from "../../summary/schema.ts";
import { neutraliseBidi } from "../bidi.ts";

// Wide enough that the longest dimension name fits beside the web at either side.
const WIDTH = 620;
const HEIGHT = 380;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 120;

function point(index: number, count: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
  const r = (RADIUS * value) / 10;
  return [CX + r * Math.cos(angle), CY + r * Math.sin(angle)];
}

const fmt = (n: number) => n.toFixed(1);
const polygon = (points: [number, number][]) => points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(" ");

export const Spinnenweb: FC<{ web: Summary["spinnenweb"]; title: string; description: string }> = ({
  web,
  title,
  description,
}) => {
  const count = web.length;
  const rings = [2, 4, 6, 8, 10];
  const shape = web.map((d, i) => point(i, count, d.grade ?? 0));
  return (
    <svg
      class="spinnenweb"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="web-title web-desc"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="web-title">{neutraliseBidi(title)}</title>
      <desc id="web-desc">{neutraliseBidi(description)}</desc>
      <g fill="none" stroke="#8a8f98" stroke-width="1">
        {rings.map((ring) => (
          <polygon points={polygon(web.map((_, i) => point(i, count, ring)))} />
        ))}
        {web.map((_, i) => {
          const [x, y] = point(i, count, 10);
          return <line x1={String(CX)} y1={String(CY)} x2={fmt(x)} y2={fmt(y)} />;
        })}
      </g>
      <polygon points={polygon(shape)} fill="#1f6f8b" fill-opacity="0.25" stroke="#1f6f8b" stroke-width="2" />
      {web.map((d, i) => {
        const [x, y] = shape[i] ?? [CX, CY];
        return d.grade === null ? null : (
          <circle cx={fmt(x)} cy={fmt(y)} r={d.talk ? "6" : "4"} fill={d.talk ? "#b3261e" : "#1f6f8b"} />
        );
      })}
      {web.map((d, i) => {
        const [x, y] = point(i, count, 11.4);
        const anchor = Math.abs(x - CX) < 5 ? "middle" : x > CX ? "start" : "end";
        // Full names where there is room; on a narrow screen (and for the list beside it) numbers.
        return (
          <>
            <text
              class="web-label"
              x={fmt(x)}
              y={fmt(y)}
              text-anchor={anchor}
              dominant-baseline="middle"
              font-size="15"
              font-weight={d.talk ? "700" : "400"}
              fill={d.talk ? "#8c1d18" : "#1b1f24"}
            >
              {neutraliseBidi(`${d.label} ${d.grade === null ? "–" : d.grade}`)}
            </text>
            <text
              class="web-number"
              x={fmt(x)}
              y={fmt(y)}
              text-anchor={anchor}
              dominant-baseline="middle"
              font-size="30"
              font-weight="700"
              fill={d.talk ? "#8c1d18" : "#1b1f24"}
            >
              {String(i + 1)}
            </text>
          </>
        );
      })}
    </svg>
  );
};
