// The six dimensions of Positieve Gezondheid's spinnenweb, in the order the web and the summary show
// them: the one list every flow, summary and rendering uses.
import { z } from "zod";

export const dimensions = ["lichaam", "mentaal", "zingeving", "kwaliteit", "meedoen", "dagelijks"] as const;
export type Dimension = (typeof dimensions)[number];
export const dimensionSchema = z.enum(dimensions);

export function isDimension(id: string | undefined): id is Dimension {
  return (dimensions as readonly string[]).includes(id ?? "");
}
