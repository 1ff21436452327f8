// Cloudflare Workers entry: the product's flows behind the same createApp as on Node.
import { productFlows, productVoices } from "../flows/index.ts";
import { createWorker } from "./worker-handler.ts";

export default createWorker(productFlows, {}, productVoices);
