import config, { db } from "@threatscape/eslint-config";
export default config(db);
