/**
 * Run before every test file (vite.config.ts `setupFiles`): the model as Node's tools use it, with
 * the compose plugin plugged into the client (the page loads it after the first command).
 */
import '../src/model/compose';
