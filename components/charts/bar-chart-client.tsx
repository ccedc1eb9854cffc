"use client";
// Loads the chart drawing in the browser only (next/dynamic with ssr: false
// must be called from a client component).
import dynamic from "next/dynamic";

export const BarChartClient = dynamic(() => import("./bar-chart-canvas"), { ssr: false });
