/**
 * The header's lesson and scenario controls, loaded right after the page is ready rather than
 * before it: the terminal must be usable within the initial JavaScript budget, and these elements
 * upgrade in place when they arrive (the errors panel first, so it hears the drop zone's events).
 */

import '../authoring/sim-scenario-errors';
import '../authoring/sim-scenario-drop';
import '../lesson/lesson-picker';
