/**
 * The relationship diagram: an entity and its affiliations as a small SVG drawn by us.
 * People are circles, groups rounded squares; each family of links has its own line style and
 * colour (LINK_KIND), ended links are faded. Every node around the middle is a link the keyboard
 * reaches (Tab, Enter or Space) and a screen reader names; a legend explains the symbols.
 */
import type { JSX } from "preact";
import type { EntityId, EntitySource } from "../../dataset/types";
import { type GraphEdge, type GraphNode, LINK_LABEL, type LinkKind, labelLines, layoutGraph } from "./layout";

export interface GraphProps {
  /** The entity in the middle. */
  entity: { id: EntityId; name: string; type: EntitySource["type"] };
  /** Its affiliations, both those it states and those stated about it (CardModel.affiliations). */
  edges: readonly GraphEdge[];
  /** Called when the reader picks an affiliated entity. */
  onNavigate?: (id: EntityId) => void;
  width?: number;
  height?: number;
}

const KINDS: LinkKind[] = ["command", "member", "support", "opposition", "other"];

function Shape({ node, size }: { node: Pick<GraphNode, "type" | "x" | "y">; size: number }) {
  return node.type === "person" ? (
    <circle class={`gr-node gr-${node.type}`} cx={node.x} cy={node.y} r={size} />
  ) : (
    <rect
      class={`gr-node gr-${node.type}`}
      x={node.x - size}
      y={node.y - size}
      width={size * 2}
      height={size * 2}
      rx={3}
    />
  );
}

function Label({ node, center }: { node: GraphNode; center?: boolean }) {
  const lines = labelLines(node.name, center ? 24 : 15);
  // Labels above a node grow upwards so that two lines never cover it.
  const up = !center && node.anchor === "middle" && node.labelY < node.y;
  const first = up ? node.labelY - (lines.length - 1) * 12 : node.labelY;
  return (
    <text class={center ? "gr-label gr-label-center" : "gr-label"} text-anchor={node.anchor}>
      {lines.map((line, i) => (
        <tspan key={line} x={node.labelX} y={first + i * 12}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function Graph({ entity, edges, onNavigate, width, height }: GraphProps) {
  const layout = layoutGraph(entity, edges, { width, height });
  const { center, nodes, links } = layout;
  const titleId = `gr-title-${entity.id}`;
  if (links.length === 0) {
    return <p class="gr-empty">No affiliations recorded for {center.name}.</p>;
  }
  const describe = (i: number) => {
    const link = links[i];
    const node = nodes[i];
    if (!link || !node) return "";
    return `${link.labels.join(", ")}: ${node.name} (${node.type}${link.past ? ", ended" : ""})`;
  };
  const go = (target: EntityId) => (event: JSX.TargetedKeyboardEvent<SVGGElement>) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onNavigate?.(target);
    }
  };
  const typesShown = new Set<EntitySource["type"]>([center.type, ...nodes.map((n) => n.type)]);
  const kindsShown = KINDS.filter((k) => links.some((l) => l.kind === k));

  return (
    <figure class="gr">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height}>
        <title id={titleId}>Relationships of {center.name}</title>
        <g>
          {links.map((link, i) => {
            const node = nodes[i];
            if (!node) return null;
            return (
              <line
                key={link.target}
                class={`gr-link gr-link-${link.kind}${link.past ? " gr-past" : ""}`}
                x1={center.x}
                y1={center.y}
                x2={node.x}
                y2={node.y}
              />
            );
          })}
        </g>
        <g class="gr-center">
          <Shape node={center} size={12} />
          <Label node={center} center />
        </g>
        {nodes.map((node, i) => (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it gets the role and key handling instead
          <g
            key={node.id}
            class="gr-target"
            data-id={node.id}
            role="button"
            tabindex={0}
            aria-label={describe(i)}
            onClick={() => onNavigate?.(node.id)}
            onKeyDown={go(node.id)}
          >
            <title>{describe(i)}</title>
            <Shape node={node} size={8} />
            <Label node={node} />
          </g>
        ))}
      </svg>
      <figcaption class="gr-legend">
        {typesShown.has("person") && (
          <span>
            <svg width="12" height="12" aria-hidden="true">
              <circle class="gr-node gr-person" cx="6" cy="6" r="5" />
            </svg>
            person
          </span>
        )}
        {typesShown.has("group") && (
          <span>
            <svg width="12" height="12" aria-hidden="true">
              <rect class="gr-node gr-group" x="1" y="1" width="10" height="10" rx="2" />
            </svg>
            group
          </span>
        )}
        {kindsShown.map((kind) => (
          <span key={kind}>
            <svg width="22" height="12" aria-hidden="true">
              <line class={`gr-link gr-link-${kind}`} x1="1" y1="6" x2="21" y2="6" />
            </svg>
            {LINK_LABEL[kind]}
          </span>
        ))}
        {links.some((l) => l.past) && (
          <span>
            <svg width="22" height="12" aria-hidden="true">
              <line class="gr-link gr-link-member gr-past" x1="1" y1="6" x2="21" y2="6" />
            </svg>
            ended
          </span>
        )}
        {layout.hidden > 0 && <span>+{layout.hidden} more, listed in the card</span>}
      </figcaption>
    </figure>
  );
}
