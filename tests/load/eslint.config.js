import config, { tests } from "@threatscape/eslint-config";
export default config(tests);
