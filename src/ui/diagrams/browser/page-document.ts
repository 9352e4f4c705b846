/**
 * A page a container served, made safe to show in a sandboxed `<iframe srcdoc>`: the HTML can hold
 * whatever a user wrote into a container, so it is parsed in an inert document (DOMParser runs no
 * script and loads nothing), stripped of everything that could run, load or navigate, and given a
 * Content-Security-Policy that forbids every request. The frame gets no `allow-*` token either.
 */

/** The policy the shown page runs under: no request of any kind; its own inline styles only. */
export const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

// Elements that run code, embed other documents, load resources or change where the frame goes.
const DROPPED = 'script, noscript, iframe, frame, frameset, object, embed, applet, base, link, meta, template, portal';
// Attributes that name something to load or somewhere to go.
const URL_ATTRIBUTES = [
  'src',
  'srcset',
  'href',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'ping',
  'xlink:href',
];

/** The srcdoc of a served page: the policy first (so it is in force before anything else is parsed). */
export function safePageDocument(served: string): string {
  const doc = new DOMParser().parseFromString(served, 'text/html');
  for (const element of [...doc.querySelectorAll(DROPPED)]) element.remove();
  for (const element of [...doc.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) element.removeAttribute(attribute.name);
      else if (URL_ATTRIBUTES.includes(name)) {
        // A link keeps its address as a tooltip; following it would leave the simulated host.
        if (name === 'href' && (element.localName === 'a' || element.localName === 'area'))
          element.setAttribute('title', attribute.value);
        element.removeAttribute(attribute.name);
      }
    }
  }
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  const policy = doc.createElement('meta');
  policy.setAttribute('http-equiv', 'Content-Security-Policy');
  policy.setAttribute('content', PAGE_POLICY);
  const linkStyle = doc.createElement('style');
  linkStyle.textContent = 'a[title]{color:LinkText;text-decoration:underline;cursor:default}';
  doc.head.prepend(policy, linkStyle);
  return doctype + doc.documentElement.outerHTML;
}
