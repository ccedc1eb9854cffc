"use client";
// Signs the staff member out (next-auth needs its CSRF-protected POST).
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" className="cursor-pointer underline" onClick={() => signOut({ callbackUrl: "/" })}>
      Uitloggen
    </button>
  );
}
