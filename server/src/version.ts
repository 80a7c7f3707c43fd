/** The product's version, from package.json alone: the CLI, SARIF and the server's `serverInfo` all say this one. */
import { version } from '../../package.json';

export const VERSION: string = version;
