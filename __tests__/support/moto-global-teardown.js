export default async function globalTeardown() {
  globalThis.__OFFBOARD_MOTO__?.kill()
}
