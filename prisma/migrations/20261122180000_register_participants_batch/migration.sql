-- Registering residents for one bijeenkomst in one transaction: the
-- participant (by e-mail), consent records, the seat decision under the
-- bijeenkomst's row lock, the registration, its mail in the outbox and the
-- audit event. The application collects the registrations that arrive
-- together (a burst) and hands them over as one JSON array, with the two possible mails as templates
-- once per batch ({{NAME}}, {{MANAGE}}, {{UNSUB}}, {{PARTY}} filled per item). In
-- arrival order, with one row lock and one commit for the whole batch, so a
-- flash crowd is served at many hundreds per second without ever overbooking.
-- Each item's own problem (rate limit, unknown buurt, a unique clash) is
-- reported per item and does not stop the others. The rate limits (per IP
-- address and per e-mail address, fixed windows in "rate_limits") are
-- counted in the same statement; a refused attempt still counts.
-- One hit on a fixed-window counter in "rate_limits": starts a new window
-- when the old one has expired, and returns the hits in the current window.
-- Used for registrations (below) and staff logins (lib/auth/login-throttle.ts).
CREATE FUNCTION "rate_limit_hit"(p_key text, p_window_ms bigint, p_now_ms bigint) RETURNS int
LANGUAGE sql AS $$
  INSERT INTO "rate_limits" (key, points, expire) VALUES (p_key, 1, p_now_ms + p_window_ms)
  ON CONFLICT (key) DO UPDATE SET
    points = CASE WHEN "rate_limits".expire <= p_now_ms THEN 1 ELSE "rate_limits".points + 1 END,
    expire = CASE WHEN "rate_limits".expire <= p_now_ms THEN p_now_ms + p_window_ms ELSE "rate_limits".expire END
  RETURNING points;
$$;

CREATE FUNCTION "register_participants"(
  p_bijeenkomst text, p_items jsonb, p_mails jsonb, p_privacy_version text, p_pool_version text,
  p_ip_points int, p_ip_window_ms bigint, p_email_points int, p_email_window_ms bigint
)
RETURNS TABLE (idx int, registration_id text, participant_id text, status text, duplicate boolean, error text)
LANGUAGE plpgsql AS $$
DECLARE
  b "Bijeenkomst"%ROWTYPE;
  ts timestamp(3) := now();
  taken int;
  it jsonb;
  i int := 0;
  pid text;
  existing_id text;
  existing_status "RegistrationStatus";
  rid text;
  st "RegistrationStatus";
  v_party int;
  v_email text;
  v_buurt text;
  refusal text;
  now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
  tpl jsonb;
BEGIN
  SELECT * INTO b FROM "Bijeenkomst" WHERE id = p_bijeenkomst FOR UPDATE;
  refusal := CASE
    WHEN b.id IS NULL THEN 'NOT_FOUND'
    WHEN b.status = 'CANCELLED' THEN 'CANCELLED'
    WHEN b.status = 'HELD' OR ts > b."startsAt" THEN 'CLOSED'
    WHEN b."registrationOpensAt" IS NOT NULL AND ts < b."registrationOpensAt" THEN 'NOT_OPEN'
    WHEN b."registrationClosesAt" IS NOT NULL AND ts > b."registrationClosesAt" THEN 'CLOSED'
  END;
  IF refusal IS NOT NULL THEN
    RETURN QUERY SELECT (g.n - 1)::int, NULL::text, NULL::text, NULL::text, false, refusal
      FROM jsonb_array_elements(p_items) WITH ORDINALITY AS g(item, n);
    RETURN;
  END IF;
  SELECT COALESCE(sum(r."partySize"), 0) INTO taken FROM "Registration" r
    WHERE r."bijeenkomstId" = b.id AND r.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW');

  FOR it IN SELECT * FROM jsonb_array_elements(p_items) LOOP
    BEGIN
      v_email := it->>'email';
      v_buurt := NULLIF(it->>'buurtId', '');
      v_party := (it->>'partySize')::int;
      IF "rate_limit_hit"('registrationPerIp:' || (it->>'ip'), p_ip_window_ms, now_ms) > p_ip_points THEN
        RETURN QUERY SELECT i, NULL::text, NULL::text, NULL::text, false, 'RATE_IP'::text;
        i := i + 1;
        CONTINUE;
      END IF;
      IF "rate_limit_hit"('registrationPerEmail:' || v_email, p_email_window_ms, now_ms) > p_email_points THEN
        RETURN QUERY SELECT i, NULL::text, NULL::text, NULL::text, false, 'RATE_EMAIL'::text;
        i := i + 1;
        CONTINUE;
      END IF;
      IF v_buurt IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Buurt" WHERE id = v_buurt) THEN
        RETURN QUERY SELECT i, NULL::text, NULL::text, NULL::text, false, 'BAD_BUURT'::text;
        i := i + 1;
        CONTINUE;
      END IF;
      INSERT INTO "Participant" (id, email, name, "buurtId", postcode, "ageBand", "inPool", "poolJoinedAt", "lastActiveAt", "createdAt", "updatedAt")
      VALUES (it->'ids'->>0, v_email, it->>'name', v_buurt, NULLIF(it->>'postcode', ''), NULLIF(it->>'ageBand', '')::"AgeBand",
              (it->>'pool')::boolean, CASE WHEN (it->>'pool')::boolean THEN ts END, ts, ts, ts)
      ON CONFLICT (email) DO UPDATE SET
        name = EXCLUDED.name, "lastActiveAt" = ts, "updatedAt" = ts,
        "buurtId" = COALESCE(EXCLUDED."buurtId", "Participant"."buurtId"),
        postcode = COALESCE(EXCLUDED.postcode, "Participant".postcode),
        "ageBand" = COALESCE(EXCLUDED."ageBand", "Participant"."ageBand"),
        "inPool" = "Participant"."inPool" OR EXCLUDED."inPool",
        "poolJoinedAt" = COALESCE("Participant"."poolJoinedAt", EXCLUDED."poolJoinedAt")
      RETURNING id INTO pid;

      existing_id := NULL;
      SELECT r.id, r.status INTO existing_id, existing_status FROM "Registration" r WHERE r."participantId" = pid AND r."bijeenkomstId" = b.id;
      IF existing_id IS NOT NULL AND existing_status <> 'CANCELLED' THEN
        RETURN QUERY SELECT i, existing_id, pid, existing_status::text, true, NULL::text;
        i := i + 1;
        CONTINUE;
      END IF;

      INSERT INTO "Consent" (id, "participantId", purpose, "textVersion", "givenAt") VALUES (it->'ids'->>2, pid, 'REGISTRATION', p_privacy_version, ts);
      IF (it->>'pool')::boolean AND NOT EXISTS (SELECT 1 FROM "Consent" c WHERE c."participantId" = pid AND c.purpose = 'PARTICIPATION_POOL' AND c."withdrawnAt" IS NULL) THEN
        INSERT INTO "Consent" (id, "participantId", purpose, "textVersion", "givenAt") VALUES (it->'ids'->>3, pid, 'PARTICIPATION_POOL', p_pool_version, ts);
      END IF;

      IF taken + v_party <= b.capacity THEN
        st := 'CONFIRMED';
        taken := taken + v_party;
      ELSE
        st := 'WAITLISTED';
      END IF;

      IF existing_id IS NOT NULL THEN
        UPDATE "Registration" SET status = st, "partySize" = v_party, needs = ARRAY(SELECT jsonb_array_elements_text(it->'needs'))::"Facility"[],
          "needsOther" = NULLIF(it->>'needsOther', ''), "cancelledAt" = NULL, "createdAt" = ts, "updatedAt" = ts
          WHERE id = existing_id RETURNING id INTO rid;
      ELSE
        INSERT INTO "Registration" (id, "participantId", "bijeenkomstId", status, "partySize", needs, "needsOther", "createdAt", "updatedAt")
          VALUES (it->'ids'->>1, pid, b.id, st, v_party, ARRAY(SELECT jsonb_array_elements_text(it->'needs'))::"Facility"[], NULLIF(it->>'needsOther', ''), ts, ts)
          RETURNING id INTO rid;
      END IF;

      tpl := CASE WHEN st = 'CONFIRMED' THEN p_mails->'confirm' ELSE p_mails->'wait' END;
      INSERT INTO "OutboxMessage" (id, kind, "toEmail", subject, text, html, attachments, status, attempts, "sendAfter", "relatedType", "relatedId", "createdAt")
      VALUES (
        it->'ids'->>4,
        CASE WHEN st = 'CONFIRMED' THEN 'registration.confirmed' ELSE 'registration.waitlisted' END,
        v_email,
        tpl->>'subject',
        replace(replace(replace(replace(tpl->>'text', '{{NAME}}', it->>'name'), '{{MANAGE}}', it->>'manage'), '{{UNSUB}}', it->>'unsub'), '{{PARTY}}', it->>'party'),
        replace(replace(replace(replace(tpl->>'html', '{{NAME}}', it->>'nameHtml'), '{{MANAGE}}', it->>'manage'), '{{UNSUB}}', it->>'unsub'), '{{PARTY}}', it->>'partyHtml'),
        CASE WHEN st = 'CONFIRMED' THEN p_mails->'attachments' END,
        'PENDING', 0, ts, 'Registration', rid, ts);
      INSERT INTO "AuditEvent" (id, "actorKind", action, "entityType", "entityId", details, "createdAt")
      VALUES (it->'ids'->>5, 'resident', 'registration.create', 'Registration', rid, jsonb_build_object('bijeenkomstId', b.id, 'status', st, 'partySize', v_party), ts);

      RETURN QUERY SELECT i, rid, pid, st::text, false, NULL::text;
    EXCEPTION WHEN unique_violation THEN
      -- e.g. the same e-mail twice in one batch under a race: that item is retried alone
      RETURN QUERY SELECT i, NULL::text, NULL::text, NULL::text, false, 'RETRY'::text;
    END;
    i := i + 1;
  END LOOP;
END;
$$;
