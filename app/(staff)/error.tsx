"use client";
// Unexpected failures in this part of the portal.
export { ErrorState as default } from "@/components/error-state";
