import config, { web } from "@threatscape/eslint-config";
export default config(web);
