// Reads an X.509 distinguished name (the engine's base64 DER CertIssuerSubject) as text: "CN=swarm-ca"; a tiny DER reader, no crypto.

const NAMES: Record<string, string> = {
  "2.5.4.3": "CN",
  "2.5.4.5": "serialNumber",
  "2.5.4.6": "C",
  "2.5.4.7": "L",
  "2.5.4.8": "ST",
  "2.5.4.10": "O",
  "2.5.4.11": "OU",
  "0.9.2342.19200300.100.1.25": "DC",
  "1.2.840.113549.1.9.1": "emailAddress",
};

interface Tlv {
  tag: number;
  start: number;
  end: number;
}

function readTlv(bytes: Uint8Array, at: number): Tlv {
  if (at + 2 > bytes.length) throw new Error("truncated");
  const tag = bytes[at];
  let length = bytes[at + 1];
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new Error("bad length");
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i];
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) throw new Error("truncated");
  return { tag, start, end };
}

function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end;) {
    const tlv = readTlv(bytes, at);
    out.push(tlv);
    at = tlv.end;
  }
  return out;
}

function oid(bytes: Uint8Array): string {
  const parts = [Math.floor(bytes[0] / 40), bytes[0] % 40];
  let value = 0;
  for (let i = 1; i < bytes.length; i++) {
    value = value * 128 + (bytes[i] & 0x7f);
    if (!(bytes[i] & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join(".");
}

function text(tag: number, bytes: Uint8Array): string {
  if (tag === 0x1e) {
    let s = "";
    for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] * 256 + bytes[i + 1]);
    return s;
  }
  return new TextDecoder(tag === 0x0c ? "utf-8" : "latin1").decode(bytes);
}

function base64Bytes(b64: string): Uint8Array {
  const binary = atob(b64);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** "C=DE, O=Acme, CN=swarm-ca" from base64 DER (in the certificate's order); null when it is not a readable name. */
export function distinguishedName(b64: string | null | undefined): string | null {
  if (!b64) return null;
  try {
    const bytes = base64Bytes(b64);
    const name = readTlv(bytes, 0);
    if (name.tag !== 0x30) return null;
    const parts: string[] = [];
    for (const set of children(bytes, name)) {
      for (const pair of children(bytes, set)) {
        const [type, value] = children(bytes, pair);
        if (!type || !value || type.tag !== 0x06) return null;
        const id = oid(bytes.subarray(type.start, type.end));
        parts.push(`${NAMES[id] ?? id}=${text(value.tag, bytes.subarray(value.start, value.end))}`);
      }
    }
    return parts.length ? parts.join(", ") : null;
  } catch {
    return null;
  }
}
