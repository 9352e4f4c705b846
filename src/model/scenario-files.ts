/**
 * The model's face for scenario files as text: the reader (JSON or YAML, errors with line and
 * column) and the writer. It brings the YAML parser, so the page loads it only when a file is
 * opened or exported (`loadScenarioFiles` in ./index).
 */

export { parseScenario } from './lesson/scenario-parse';
export { formatScenario } from './lesson/scenario-format';
