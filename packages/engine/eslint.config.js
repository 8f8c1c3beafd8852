import config, { engine } from "@threatscape/eslint-config";
export default config(engine);
