// Bench part "stadsdeeltafels": 100,000 dossiers and 1,000,000 acties added
// to the demo database (INSERT … SELECT from generate_series, then VACUUM
// ANALYZE as autovacuum would), then "my acties" and the dossiers list
// through HTTP with a real session for the roles that use them, against the
// pages' own queries in raw SQL on the same database.
import pg from "pg";
import { percentile } from "./http.ts";

export async function seedTafels(dbUrl: string, dossiers: number, acties: number): Promise<{ seconds: number; dossiers: number; acties: number }> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const t = performance.now();
    // each regisseur's own stadsdeel; dossiers spread over them and over two years, every status
    await client.query(
      `
      WITH r AS (SELECT array_agg(us."stadsdeelId" ORDER BY u.email) AS sd, array_agg(u.id ORDER BY u.email) AS owner
                 FROM "UserStadsdeel" us JOIN "User" u ON u.id = us."userId" WHERE u.role = 'STADSDEELREGISSEUR')
      INSERT INTO "Dossier" (id, title, description, "stadsdeelId", "ownerId", status, "aangemeldAt", "createdAt", "updatedAt")
      SELECT 'bench-d' || g, 'Benchdossier ' || g, '', r.sd[1 + g % cardinality(r.sd)], r.owner[1 + g % cardinality(r.owner)],
             (ARRAY['AANGEMELD','IN_BESPREKING','DUIDELIJKHEID','IN_UITVOERING','AFGESLOTEN'])[1 + g % 5]::"DossierStatus",
             now() - (g % 730) * interval '1 day', now(), now()
      FROM generate_series(1, $1::int) g, r`,
      [dossiers],
    );
    // owners: every active colleague and partner organisation; a third open, due dates two months either side of today
    await client.query(
      `
      WITH o AS (SELECT array_agg(id ORDER BY email) AS users FROM "User" WHERE active AND role IN ('STADSDEELREGISSEUR','AFDELINGSMEDEWERKER','BEHEERDER')),
           g2 AS (SELECT array_agg(id ORDER BY name) AS orgs FROM "Organisation" WHERE active)
      INSERT INTO "Actie" (id, "dossierId", description, "ownerUserId", "ownerOrganisationId", "dueOn", status, "createdAt", "updatedAt")
      SELECT 'bench-a' || g, 'bench-d' || (1 + g % $2::int), 'Benchactie ' || g,
             CASE WHEN g % 5 = 0 THEN NULL ELSE o.users[1 + g % cardinality(o.users)] END,
             CASE WHEN g % 5 = 0 THEN g2.orgs[1 + g % cardinality(g2.orgs)] END,
             current_date + (g % 120 - 60), (CASE WHEN g % 3 = 0 THEN 'OPEN' ELSE 'GEREED' END)::"ActieStatus", now(), now()
      FROM generate_series(1, $1::int) g, o, g2`,
      [acties, dossiers],
    );
    // as autovacuum leaves a live table: statistics and the visibility map (counts read the owner indexes only)
    await client.query(`VACUUM ANALYZE "Dossier"`);
    await client.query(`VACUUM ANALYZE "Actie"`);
    const counts = await client.query<{ d: number; a: number }>(`SELECT (SELECT count(*) FROM "Dossier")::int AS d, (SELECT count(*) FROM "Actie")::int AS a`);
    return { seconds: (performance.now() - t) / 1000, dossiers: counts.rows[0].d, acties: counts.rows[0].a };
  } finally {
    await client.end();
  }
}

/** The pages' main queries in raw SQL, for one user: [label, queries run together]. */
export async function rawTafelQueries(dbUrl: string, email: string): Promise<{ acties: [string, unknown[]][]; dossiers: [string, unknown[]][] }> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const u = (
      await client.query<{ id: string; role: string; departmentId: string | null; organisationId: string | null; sd: string[] }>(
        `SELECT u.id, u.role, u."departmentId", u."organisationId", coalesce(array_agg(us."stadsdeelId") FILTER (WHERE us."stadsdeelId" IS NOT NULL), '{}') AS sd
       FROM "User" u LEFT JOIN "UserStadsdeel" us ON us."userId" = u.id WHERE u.email = $1 GROUP BY u.id`,
        [email],
      )
    ).rows[0];
    const acties = `SELECT a.id, a.description, a."dueOn", a.status, ou.name, d.id AS did, d.title, s.name AS sname FROM "Actie" a
      LEFT JOIN "User" ou ON ou.id = a."ownerUserId" LEFT JOIN "Dossier" d ON d.id = a."dossierId" LEFT JOIN "Stadsdeel" s ON s.id = d."stadsdeelId"
      WHERE a.status = 'OPEN' AND `;
    // one page of 50 with the total and the overdue count, as the page reads them
    const paged = (where: string, params: unknown[]): [string, unknown[]][] => [
      [`${acties} ${where} ORDER BY a."dueOn", a.id LIMIT 50`, params],
      [`SELECT count(*) FROM "Actie" a WHERE a.status = 'OPEN' AND ${where}`, params],
      [`SELECT count(*) FROM "Actie" a WHERE a.status = 'OPEN' AND ${where} AND a."dueOn" < current_date`, params],
    ];
    const mine = u.role === "PARTNER" ? paged(`a."ownerOrganisationId" = $1`, [u.organisationId]) : paged(`a."ownerUserId" = $1`, [u.id]);
    // the colleagues' ids first, as the page does
    const colleagues =
      u.role === "AFDELINGSMEDEWERKER"
        ? (await client.query<{ id: string }>(`SELECT id FROM "User" WHERE "departmentId" = $1 AND id <> $2`, [u.departmentId, u.id])).rows.map((r) => r.id)
        : [];
    const department = u.role === "AFDELINGSMEDEWERKER" ? paged(`a."ownerUserId" = ANY($1)`, [colleagues]) : [];
    const scope = u.role === "BEHEERDER" ? "true" : `d."stadsdeelId" = ANY($1)`;
    const params = u.role === "BEHEERDER" ? [] : [u.sd];
    const page = `SELECT d.id, d.title, d.status, d."aangemeldAt", s.name, o.name AS owner,
        (SELECT array_agg(a."dueOn") FROM "Actie" a WHERE a."dossierId" = d.id AND a.status = 'OPEN') AS due
      FROM "Dossier" d JOIN "Stadsdeel" s ON s.id = d."stadsdeelId" JOIN "User" o ON o.id = d."ownerId"
      WHERE ${scope} AND d.status <> 'AFGESLOTEN' ORDER BY d."aangemeldAt" DESC, d.id LIMIT 50`;
    const count = `SELECT count(*) FROM "Dossier" d WHERE ${scope} AND d.status <> 'AFGESLOTEN'`;
    return {
      acties: [...mine, ...department],
      dossiers: [
        [page, params],
        [count, params],
      ],
    };
  } finally {
    await client.end();
  }
}

export async function measureRaw(dbUrl: string, queries: [string, unknown[]][], runs: number): Promise<{ p50: number; p95: number }> {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 4 });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const t = performance.now();
      await Promise.all(queries.map(([sql, params]) => pool.query(sql, params)));
      if (i >= 3) times.push(performance.now() - t); // three warm-up runs
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    await pool.end();
  }
}
