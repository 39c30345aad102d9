// Next.js configuration: the app is served by server/index.ts (custom server with socket.io).
/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
};
