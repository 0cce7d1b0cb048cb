/**
 * Pure layout of the relationship diagram: the entity in the middle, each affiliated entity on a
 * ring around it, one link per target (several affiliations to one target are merged, the
 * strongest kind drawn). No DOM here, so the layout is unit-tested.
 */
import type { AffiliationType, EntityId, EntitySource, PartialDate } from "../../dataset/types";

/** Families of affiliation, each drawn with its own line style. */
export type LinkKind = "command" | "member" | "support" | "opposition" | "other";

export const LINK_KIND: Record<AffiliationType, LinkKind> = {
  leads: "command",
  led: "command",
  founded: "command",
  commands: "command",
  "member-of": "member",
  "part-of": "member",
  "works-for": "member",
  "worked-for": "member",
  "backed-by": "support",
  backs: "support",
  "allied-with": "support",
  advises: "support",
  advised: "support",
  "opposed-to": "opposition",
  succeeded: "other",
  preceded: "other",
  "related-to": "other",
};

export const LINK_LABEL: Record<LinkKind, string> = {
  command: "leads or commands",
  member: "member or part of",
  support: "backs, allied or advises",
  opposition: "opposed to",
  other: "succession or other link",
};

/** Which kind wins when one target has several affiliations. */
const KIND_ORDER: LinkKind[] = ["opposition", "command", "member", "support", "other"];

export interface GraphNode {
  id: EntityId;
  name: string;
  type: EntitySource["type"];
  x: number;
  y: number;
  /** Where the label goes relative to the node. */
  anchor: "start" | "middle" | "end";
  labelX: number;
  labelY: number;
}

/** One affiliation as the diagram needs it (a CardAffiliation from lib/dataset/card-model fits). */
export interface GraphEdge {
  type: AffiliationType;
  /** Phrased from the middle entity's side: "Leads", "Backed by", "Includes". */
  label: string;
  target: EntityId;
  targetName: string;
  targetType: EntitySource["type"];
  to?: PartialDate;
}

export interface GraphLink {
  target: EntityId;
  kind: LinkKind;
  /** Every label for this target, in order ("Leads", "Member of"). */
  labels: string[];
  /** True when every affiliation to this target has ended (has a `to` date). */
  past: boolean;
}

export interface GraphLayout {
  width: number;
  height: number;
  center: GraphNode;
  nodes: GraphNode[];
  links: GraphLink[];
  /** Affiliated entities not drawn because the ring was full. */
  hidden: number;
}

export interface LayoutOptions {
  width?: number;
  height?: number;
  /** Most targets drawn around the entity. */
  max?: number;
}

export function layoutGraph(
  entity: { id: EntityId; name: string; type: EntitySource["type"] },
  edges: readonly GraphEdge[],
  opts: LayoutOptions = {},
): GraphLayout {
  const width = opts.width ?? 328;
  const height = opts.height ?? 220;
  const max = opts.max ?? 10;

  const grouped = new Map<EntityId, GraphLink & { name: string; type: EntitySource["type"] }>();
  for (const a of edges) {
    if (a.target === entity.id) continue;
    const link = grouped.get(a.target);
    const kind = LINK_KIND[a.type] ?? "other";
    if (!link) {
      grouped.set(a.target, {
        target: a.target,
        name: a.targetName,
        type: a.targetType,
        kind,
        labels: [a.label],
        past: a.to !== undefined,
      });
    } else {
      if (!link.labels.includes(a.label)) link.labels.push(a.label);
      if (KIND_ORDER.indexOf(kind) < KIND_ORDER.indexOf(link.kind)) link.kind = kind;
      link.past = link.past && a.to !== undefined;
    }
  }
  const all = [...grouped.values()];
  const drawn = all.slice(0, max);

  const cx = width / 2;
  const cy = height / 2;
  const rx = width / 2 - 70;
  const ry = height / 2 - 34;
  const center: GraphNode = {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    x: cx,
    y: cy,
    anchor: "middle",
    labelX: cx,
    labelY: cy + 27,
  };
  const nodes = drawn.map((link, i): GraphNode => {
    // Start at the top and go clockwise; a single target sits to the right.
    const angle = drawn.length === 1 ? 0 : -Math.PI / 2 + (2 * Math.PI * i) / drawn.length;
    const x = cx + rx * Math.cos(angle);
    const y = cy + ry * Math.sin(angle);
    const cos = Math.cos(angle);
    const anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
    const labelX = anchor === "start" ? x + 12 : anchor === "end" ? x - 12 : x;
    const labelY = anchor === "middle" ? (Math.sin(angle) < 0 ? y - 13 : y + 21) : y + 4;
    return { id: link.target, name: link.name, type: link.type, x, y, anchor, labelX, labelY };
  });
  const links = drawn.map(({ target, kind, labels, past }) => ({ target, kind, labels, past }));
  return { width, height, center, nodes, links, hidden: all.length - drawn.length };
}

/** Splits a name into at most two lines of about `width` characters, with an ellipsis if cut. */
export function labelLines(name: string, width = 15): string[] {
  const words = name.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length <= 2) return lines.map((l) => (l.length > width + 2 ? `${l.slice(0, width)}…` : l));
  const second = lines.slice(1).join(" ");
  return [lines[0] as string, `${second.slice(0, width - 1).trimEnd()}…`];
}
