// Unknown address in this part of the portal.
export { NotFoundState as default } from "@/components/page-states";
