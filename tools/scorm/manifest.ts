/**
 * The imsmanifest.xml of a SCORM 1.2 package: one organization whose items are the chosen lessons,
 * each item's identifierref naming a `sco` resource that launches the static page on that lesson,
 * and one `asset` resource listing every file of the page, on which each SCO depends.
 *
 * Followed (looked up with the project's search tool): ADL SCORM 1.2 Content Aggregation Model,
 * the package's namespaces `http://www.imsproject.org/xsd/imscp_rootv1p1p2` and
 * `http://www.adlnet.org/xsd/adlcp_rootv1p2`; `adlcp_rootv1p2.xsd` (scormtype is `sco` or `asset`,
 * schema `ADL SCORM`, schemaversion `1.2`); Rustici's single- and multi-SCO SCORM 1.2 examples (the
 * ones Moodle's own tests upload: mod/scorm/tests/packages/readme_moodle.txt). The XSD files are
 * not shipped in the zip (LMSs such as Moodle do not need them; a strict validator may ask for them).
 */

/** One SCO of the package. */
export interface ScoLesson {
  /** The lesson's id (`?lesson=`); also the SCO's identifiers, so it must be an XML NCName. */
  id: string;
  /** Its title, in English. */
  title: string;
}

/** What the manifest describes. */
export interface ManifestInput {
  /** The manifest's identifier and the organization's title. */
  identifier: string;
  title: string;
  lessons: readonly ScoLesson[];
  /** Every file of the static page, relative to the package root (index.html among them). */
  files: readonly string[];
}

/** The launch URL of a lesson's SCO, relative to the package root. */
export function launchUrl(lessonId: string): string {
  return `index.html?lesson=${encodeURIComponent(lessonId)}&lms=scorm`;
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** The manifest's XML text. Throws when an identifier is not a valid XML ID or a lesson is twice. */
export function scormManifest(input: ManifestInput): string {
  if (!NCNAME.test(input.identifier)) throw new Error(`not an XML identifier: ${input.identifier}`);
  if (input.lessons.length === 0) throw new Error('a package needs at least one lesson');
  const ids = new Set<string>();
  for (const lesson of input.lessons) {
    if (!NCNAME.test(lesson.id)) throw new Error(`lesson id is not an XML identifier: ${lesson.id}`);
    if (ids.has(lesson.id)) throw new Error(`lesson twice: ${lesson.id}`);
    ids.add(lesson.id);
  }
  if (!input.files.includes('index.html')) throw new Error('the page has no index.html');
  const items = input.lessons.map(
    (l) =>
      `      <item identifier="item-${l.id}" identifierref="sco-${l.id}" isvisible="true">\n` +
      `        <title>${xml(l.title)}</title>\n` +
      `      </item>`,
  );
  const scos = input.lessons.map(
    (l) =>
      `    <resource identifier="sco-${l.id}" type="webcontent" adlcp:scormtype="sco" ` +
      `href="${xml(launchUrl(l.id))}">\n` +
      `      <file href="index.html"/>\n` +
      `      <dependency identifierref="page"/>\n` +
      `    </resource>`,
  );
  const files = [...input.files].sort().map((f) => `      <file href="${xml(f)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${input.identifier}" version="1.0"`,
    '    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
    '      http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd',
    '      http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="course">`,
    `    <organization identifier="course">`,
    `      <title>${xml(input.title)}</title>`,
    ...items,
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...scos,
    '    <resource identifier="page" type="webcontent" adlcp:scormtype="asset">',
    ...files,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** Text or an attribute value escaped for XML. */
function xml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}
