// Password hashing for staff accounts (bcrypt, pure JavaScript).
import bcrypt from "bcryptjs";

const COST = 12;

export function hashPassword(plain: string, cost = COST): Promise<string> {
  return bcrypt.hash(plain, cost);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
