// Checks real HTTP exchanges against an OpenAPI 3.1 document: the document itself with an OpenAPI schema
// validator, then each response's status, headers, media type and JSON body against what the document says for its
// route (JSON Schema 2020-12 through Ajv), and which documented responses a test never produced.
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}
interface MediaType {
  schema: unknown;
}
interface Operation {
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<
    string,
    { headers?: Record<string, { required?: boolean; schema: unknown }>; content?: Record<string, MediaType> }
  >;
}

/** Validates the document against the OpenAPI schema of its version; returns the errors, none when valid. */
export async function openApiErrors(doc: unknown): Promise<unknown[]> {
  const validator = new Validator();
  const result = await validator.validate(doc as Record<string, unknown>);
  if (!result.valid) return Array.isArray(result.errors) ? result.errors : [result.errors];
  // Every $ref must resolve, too.
  validator.resolveRefs();
  return [];
}

const COMPONENT = "#/components/schemas/";

/** The schema with its component references pointed at the ids Ajv knows the components by. */
function relink(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(relink);
  if (typeof schema !== "object" || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith(COMPONENT)
        ? [key, `urn:component:${value.slice(COMPONENT.length)}`]
        : [key, relink(value)],
    ),
  );
}

export interface Exchange {
  method: string;
  /** The path as requested, e.g. /api/conversations/2b9…/turns. */
  path: string;
  status: number;
  headers: Headers;
  /** The raw response body. */
  body: string;
  /** The JSON request body, if one was sent. */
  request?: unknown;
}

export class Contract {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly seen = new Set<string>();

  constructor(readonly doc: Doc) {
    // Strict: a keyword Ajv does not know is an error, except OpenAPI's own annotations.
    this.ajv = new Ajv2020({ strict: true, allErrors: true });
    this.ajv.addVocabulary(["discriminator", "example", "xml", "externalDocs"]);
    addFormats.default(this.ajv);
    for (const [name, schema] of Object.entries(doc.components?.schemas ?? {}))
      this.ajv.addSchema(relink(schema) as object, `urn:component:${name}`);
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(relink(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** The documented path template a concrete path falls under, e.g. /api/conversations/{id}. */
  template(path: string): string | undefined {
    return Object.keys(this.doc.paths).find((template) =>
      new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path),
    );
  }

  private operation(method: string, path: string): { template: string; op: Operation } {
    const template = this.template(path);
    const op = template ? this.doc.paths[template]?.[method.toLowerCase()] : undefined;
    if (!template || !op) throw new Error(`${method} ${path} is not in the document`);
    return { template, op };
  }

  /** Whether the document's request schema for this route accepts the body. */
  acceptsRequest(method: string, path: string, body: unknown): boolean {
    const { template, op } = this.operation(method, path);
    const schema = op.requestBody?.content["application/json"]?.schema;
    if (!schema) throw new Error(`${method} ${template} documents no JSON request body`);
    return this.validator(`${method} ${template} request`, schema)(body);
  }

  /** Throws, naming what differs, unless the response is one the document lists for its route. */
  check(exchange: Exchange): void {
    const { path, status } = exchange;
    const method = exchange.method.toUpperCase();
    const { template, op } = this.operation(method, path);
    const where = `${method} ${template} ${status}`;
    const response = op.responses[String(status)];
    if (!response)
      throw new Error(`${where}: status not in the document (body ${exchange.body.slice(0, 200)})`);
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = exchange.headers.get(name);
      if (value === null) {
        if (header.required) throw new Error(`${where}: header ${name} missing`);
        continue;
      }
      const schema = header.schema as { type?: string };
      const parsed = schema.type === "integer" || schema.type === "number" ? Number(value) : value;
      const validate = this.validator(`${where} header ${name}`, header.schema);
      if (!validate(parsed))
        throw new Error(`${where}: header ${name}=${value}: ${this.ajv.errorsText(validate.errors)}`);
    }
    const media = Object.entries(response.content ?? {});
    if (media.length === 0) {
      if (exchange.body !== "")
        throw new Error(`${where}: documented without a body, got ${exchange.body.slice(0, 200)}`);
    } else {
      const type = exchange.headers.get("content-type") ?? "";
      const base = type.split(";")[0]?.trim().toLowerCase();
      const content = media.find(([name]) => name === base)?.[1];
      if (!content) throw new Error(`${where}: content-type ${type}, documented ${media.map(([n]) => n)}`);
      // JSON bodies (application/json, application/fhir+json) are checked against their schema; a
      // binary one (a PDF) only by its media type, which the test that fetches it looks into.
      if (/[/+]json$/.test(base ?? "")) {
        const validate = this.validator(`${where} ${base}`, content.schema);
        if (!validate(JSON.parse(exchange.body)))
          throw new Error(
            `${where}: ${this.ajv.errorsText(validate.errors)}\n${exchange.body.slice(0, 400)}`,
          );
      }
    }
    // A success came from a request the document would have allowed.
    if (
      status < 300 &&
      exchange.request !== undefined &&
      !this.acceptsRequest(method, path, exchange.request)
    )
      throw new Error(
        `${where}: answered a request the document refuses: ${JSON.stringify(exchange.request)}`,
      );
    this.seen.add(where);
  }

  /** Every documented route and status, as "METHOD /template status". */
  documented(): string[] {
    return Object.entries(this.doc.paths).flatMap(([template, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        Object.keys(op.responses).map((status) => `${method.toUpperCase()} ${template} ${status}`),
      ),
    );
  }

  /** The documented responses no checked exchange produced. */
  unexercised(): string[] {
    return this.documented().filter((key) => !this.seen.has(key));
  }
}
