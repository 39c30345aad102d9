// Next.js configuration: the app is served by server/index.ts (custom server with socket.io).
/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two builds live side by side (e.g. parallel work on one machine); default .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};
