// Builds Strands' styles and scripts into target/classes/static, from GOV.UK Frontend
// compiled without GOV.UK branding (Arial, no crown, no GDS Transport font).
import * as sass from "sass";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const out = join(root, "target", "classes", "static");
mkdirSync(join(out, "css"), { recursive: true });
mkdirSync(join(out, "js"), { recursive: true });
mkdirSync(join(out, "images"), { recursive: true });

const css = sass.compile(join(root, "src", "main", "frontend", "strands.scss"), {
  style: "compressed",
  loadPaths: [join(root, "node_modules")],
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "css", "strands.css"), css.css);

const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
copyFileSync(join(govuk, "govuk-frontend.min.js"), join(out, "js", "govuk-frontend.min.js"));
copyFileSync(join(root, "src", "main", "frontend", "strands.mjs"), join(out, "js", "strands.mjs"));
copyFileSync(join(root, "src", "main", "frontend", "favicon.svg"), join(out, "images", "favicon.svg"));
console.log("Built strands.css (" + css.css.length + " bytes) and scripts into " + out);
