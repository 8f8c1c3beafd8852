import config, { library } from "@threatscape/eslint-config";
export default config(library);
