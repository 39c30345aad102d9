// Zod without its eval-based JIT in the browser: the page CSP forbids eval, and zod would probe it with Function("") (a CSP violation report) when it builds object schemas. Import before any schema module.
import { z } from "zod";

z.config({ jitless: true });
