// Shown while this page's data loads.
export { LoadingState as default } from "@/components/page-states";
