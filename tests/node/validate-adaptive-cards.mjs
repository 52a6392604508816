// Parses Adaptive Cards with Microsoft's own renderer library (npm adaptivecards) and runs its validation
// (no network, no DOM needed). Input: a JSON file of [{ "name", "card" }]. Prints
// {"results":[{ "name", "errors":[…] }]}; exits 1 when any card has an error. The library gives its events no
// level: every parse or validation event counts as an error except a Hint.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// The package's lib/ is ES modules imported without file extensions, which Node cannot load; its dist/ bundle (UMD) loads.
const AC = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js");

const describe = e => `${AC.ValidationEvent[e.event]}: ${e.message}`;
const results = JSON.parse(readFileSync(process.argv[2], "utf8")).map(({ name, card }) => {
  const parsing = new AC.SerializationContext();
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.parse(card, parsing);
  const parseEvents = Array.from({ length: parsing.eventCount }, (_, i) => parsing.getEventAt(i));
  const validationEvents = adaptiveCard.validateProperties().validationEvents;
  const errors = [...parseEvents, ...validationEvents].filter(e => e.event !== AC.ValidationEvent.Hint).map(describe);
  return { name, errors };
});

console.log(JSON.stringify({ results }));
process.exitCode = results.some(r => r.errors.length > 0) ? 1 : 0;
