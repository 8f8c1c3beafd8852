import config, { server } from "@threatscape/eslint-config";
export default config(server);
