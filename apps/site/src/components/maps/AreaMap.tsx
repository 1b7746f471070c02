import { type CSSProperties, useId } from "react";
import { type AreaMapData, boundariesCredit } from "../../plugins/maps/types";
import { countLabel, legendSteps, mapColours, shadeStep } from "./shading";
import styles from "./maps.module.css";

interface Props {
  /** The map's accessible name, e.g. "Exempel per län". */
  title: string;
  map: Pick<AreaMapData, "viewBox" | "areas">;
  /** Number of practices per area id; a missing id counts as none. */
  counts: Readonly<Record<string, number>>;
  /** Where an area leads, e.g. the county's page. */
  hrefOf: (id: string) => string;
  credit?: string;
}

/**
 * A map drawn at build time: every area a link named "Skåne län: 3 exempel" and shaded by
 * its count, with a legend and the boundaries' credit. Plain SVG and links, so it works
 * without JavaScript; the same numbers belong in an AreaTable next to it.
 */
export default function AreaMap({ title, map, counts, hrefOf, credit = boundariesCredit }: Props) {
  const titleId = useId();
  const max = Math.max(0, ...map.areas.map((area) => counts[area.id] ?? 0));
  const colours = { "--kb-map-border": mapColours.border, "--kb-map-focus": mapColours.focus } as CSSProperties;
  return (
    <div className={styles.map}>
      <svg viewBox={map.viewBox} className={styles.svg} aria-labelledby={titleId} style={colours}>
        <title id={titleId}>{title}</title>
        {map.areas.map((area) => {
          const count = counts[area.id] ?? 0;
          const name = `${area.name}: ${countLabel(count)}`;
          return (
            <a key={area.id} href={hrefOf(area.id)} aria-label={name} className={styles.link}>
              <title>{name}</title>
              <path d={area.path} fill={mapColours.steps[shadeStep(count, max)]} className={styles.area} />
            </a>
          );
        })}
      </svg>
      <div className={styles.legend}>
        <span className={styles.legendTitle}>Antal exempel:</span>
        <ul className={styles.legendSteps}>
          {legendSteps(max).map((step) => (
            <li key={step.step}>
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className={styles.swatch}>
                <rect x="0.5" y="0.5" width="15" height="15" fill={step.colour} stroke={mapColours.border} />
              </svg>
              {step.label}
            </li>
          ))}
        </ul>
      </div>
      <p className={styles.credit}>{credit}</p>
    </div>
  );
}
