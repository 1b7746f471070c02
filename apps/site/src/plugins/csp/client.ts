// Runs in the browser before the app renders. zod (bundled with the content schema's path
// helpers) probes whether it may compile validators with `new Function`; under the site's
// policy (no 'unsafe-eval') the probe is refused and reported as a policy violation, even
// though zod then falls back. Switching zod to its interpreter skips the probe.
import { config } from "zod";

config({ jitless: true });
