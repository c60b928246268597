import { XMLParser } from 'fast-xml-parser';

/** An element of a parsed SVG: its tag, attributes and children. */
export interface Element {
  tag: string;
  attributes: Record<string, string>;
  children: Element[];
}

type Ordered = Record<string, unknown>;

/** Parses an SVG (XML) document into a tree of elements. */
export function parseSvg(text: string): Element {
  const parsed = new XMLParser({ ignoreAttributes: false, preserveOrder: true, attributeNamePrefix: '' }).parse(text) as Ordered[];
  const convert = (node: Ordered): Element | undefined => {
    const tag = Object.keys(node).find((key) => key !== ':@');
    if (tag === undefined || tag === '#text') return undefined;
    const children = (node[tag] as Ordered[]).map(convert).filter((child): child is Element => child !== undefined);
    return { tag, attributes: (node[':@'] ?? {}) as Record<string, string>, children };
  };
  const root = parsed.map(convert).find((element) => element?.tag === 'svg');
  if (root === undefined) throw new Error('no <svg> element');
  return root;
}

/** Every element of the tree, depth first. */
export function allElements(root: Element): Element[] {
  const out: Element[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    out.push(element);
    stack.push(...[...element.children].reverse());
  }
  return out;
}

/** Elements whose class list holds `name`. */
export function byClass(root: Element, name: string): Element[] {
  return allElements(root).filter((element) => (element.attributes.class ?? '').split(' ').includes(name));
}
