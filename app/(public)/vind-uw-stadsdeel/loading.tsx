// Shown while the address is looked up.
export { LoadingState as default } from "@/components/page-states";
