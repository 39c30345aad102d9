// The inline <script> of app/layout.tsx's <head> that sets the theme before paint, carrying this request's CSP nonce.
import { headers } from "next/headers";
import { cspNonce } from "./nonce";
import { THEME_SCRIPT } from "./theme";

export async function ThemeScript() {
  const nonce = cspNonce((await headers()).get("content-security-policy"));
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
