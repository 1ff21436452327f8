// The fake model server for the LLM bench, in a process of its own as a real model would be: it answers
// every request after a fixed delay with the rules' own line from the prompt, and prints its base URL.
import { startFakeLlm } from "../test/support/fake-llm.ts";

const delayMs = Number(process.argv[2] ?? 300);
const fake = await startFakeLlm();
fake.otherwise((request) => {
  const system = request.body?.messages?.[0]?.content ?? "";
  const template = /niets toevoegen\):\n([^\n]+)/.exec(system)?.[1] ?? "Hm, ja.";
  return { reply: template, delayMs };
});
process.stdout.write(`${fake.baseUrl}\n`);
// The bench ends this process when it is done; a bench that died leaves no server behind.
process.stdin.resume();
process.stdin.on("end", () => void fake.close().then(() => process.exit(0)));
