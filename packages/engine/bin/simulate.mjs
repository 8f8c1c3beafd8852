#!/usr/bin/env node
// `pnpm simulate ...` from the repository root runs this bin directly (not as a package
// script), so stdout carries only the simulation's output: JSON stays parseable.
import { register } from "tsx/esm/api";

register();
await import("../cli/simulate.ts");
