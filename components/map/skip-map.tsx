"use client";
// "Kaart overslaan": a link, visible when it has the keyboard focus, that
// jumps past a map (its container, zoom buttons and markers are all tab
// stops) to what follows it. Wrap a map with it.
import { type ReactNode, useId } from "react";

export function SkipMap({ children }: { children: ReactNode }) {
  const id = `na-kaart-${useId().replace(/:/g, "")}`;
  return (
    <>
      <a href={`#${id}`} className="sr-only focus:not-sr-only focus:inline-block focus:mb-1 focus:rounded focus:bg-white focus:px-2 focus:py-1">
        Kaart overslaan
      </a>
      {children}
      <span id={id} tabIndex={-1} />
    </>
  );
}
