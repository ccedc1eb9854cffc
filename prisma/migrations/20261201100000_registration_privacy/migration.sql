-- Residents' data on registration (AVG): a registration with an address
-- that is already known never changes that person's name, buurt, postcode,
-- age band or pool membership; joining the pool needs a confirmation
-- through the mailed link (the consent is written then, by the application);
-- the mails' links are opaque tokens stored hashed in "ResidentToken";
-- rate-limit keys hold a hash of the IP or e-mail address, never the
-- address itself; one item's unexpected error is reported for that item
-- only; a repeat registration answers as a new one would and tells the address's
-- owner by mail; mails to a known address greet "bewoner" (the typed name
-- may not be its owner's) and carry a "dit was ik niet" link for the registration.
DROP FUNCTION "register_participants"(text, jsonb, jsonb, text, text, int, bigint, int, bigint);
CREATE FUNCTION "register_participants"(
  p_bijeenkomst text, p_items jsonb, p_mails jsonb, p_privacy_version text, p_pool_version text,
  p_ip_points int, p_ip_window_ms bigint, p_email_points int, p_email_window_ms bigint,
  p_manage_days int, p_unsub_days int
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
  v_in_pool boolean;
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
      IF "rate_limit_hit"('registrationPerIp:' || encode(sha256(convert_to(it->>'ip', 'UTF8')), 'hex'), p_ip_window_ms, now_ms) > p_ip_points THEN
        RETURN QUERY SELECT i, NULL::text, NULL::text, NULL::text, false, 'RATE_IP'::text;
        i := i + 1;
        CONTINUE;
      END IF;
      IF "rate_limit_hit"('registrationPerEmail:' || encode(sha256(convert_to(lower(v_email), 'UTF8')), 'hex'), p_email_window_ms, now_ms) > p_email_points THEN
        RETURN QUERY SELECT i, NULL::text, NULL::text, NULL::text, false, 'RATE_EMAIL'::text;
        i := i + 1;
        CONTINUE;
      END IF;
      IF v_buurt IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Buurt" WHERE id = v_buurt) THEN
        RETURN QUERY SELECT i, NULL::text, NULL::text, NULL::text, false, 'BAD_BUURT'::text;
        i := i + 1;
        CONTINUE;
      END IF;
      -- A known address keeps its own name, buurt, postcode, age band and
      -- pool membership: a public form never changes an existing person.
      INSERT INTO "Participant" (id, email, name, "buurtId", postcode, "ageBand", "inPool", "poolJoinedAt", "lastActiveAt", "createdAt", "updatedAt")
      VALUES (it->'ids'->>0, v_email, it->>'name', v_buurt, NULLIF(it->>'postcode', ''), NULLIF(it->>'ageBand', '')::"AgeBand", false, NULL, ts, ts, ts)
      ON CONFLICT (email) DO UPDATE SET "lastActiveAt" = ts, "updatedAt" = ts
      RETURNING id, "inPool" INTO pid, v_in_pool;

      -- the links in this item's mails: random tokens made by the caller, stored as hashes
      INSERT INTO "ResidentToken" (id, "tokenHash", purpose, "participantId", "expiresAt", "createdAt")
      VALUES (it->'ids'->>6, it->>'manageHash', 'manage', pid, ts + make_interval(days => p_manage_days), ts),
             (it->'ids'->>7, it->>'unsubHash', 'unsubscribe', pid, ts + make_interval(days => p_unsub_days), ts);

      existing_id := NULL;
      SELECT r.id, r.status INTO existing_id, existing_status FROM "Registration" r WHERE r."participantId" = pid AND r."bijeenkomstId" = b.id;
      IF existing_id IS NOT NULL AND existing_status <> 'CANCELLED' THEN
        -- Nothing changes; the address's owner is told by mail. The caller
        -- answers as for a new registration (the status a new one would get),
        -- so the response does not tell whether the address was known.
        INSERT INTO "OutboxMessage" (id, kind, "toEmail", subject, text, html, status, attempts, "sendAfter", "relatedType", "relatedId", "createdAt")
        VALUES (it->'ids'->>4, 'registration.duplicate', v_email, p_mails->'duplicate'->>'subject',
          replace(replace(replace(p_mails->'duplicate'->>'text', '{{NAME}}', 'bewoner'), '{{MANAGE}}', it->>'manage'), '{{UNSUB}}', it->>'unsub'),
          replace(replace(replace(p_mails->'duplicate'->>'html', '{{NAME}}', 'bewoner'), '{{MANAGE}}', it->>'manage'), '{{UNSUB}}', it->>'unsub'),
          'PENDING', 0, ts, 'Registration', existing_id, ts);
        RETURN QUERY SELECT i, existing_id, pid, (CASE WHEN taken + v_party <= b.capacity THEN 'CONFIRMED' ELSE 'WAITLISTED' END)::text, true, NULL::text;
        i := i + 1;
        CONTINUE;
      END IF;

      INSERT INTO "Consent" (id, "participantId", purpose, "textVersion", "givenAt") VALUES (it->'ids'->>2, pid, 'REGISTRATION', p_privacy_version, ts);
      -- Joining the pool takes a confirmation through the mailed link (double
      -- opt-in); the consent is recorded then, not here.
      IF (it->>'pool')::boolean AND NOT v_in_pool THEN
        INSERT INTO "OutboxMessage" (id, kind, "toEmail", subject, text, html, status, attempts, "sendAfter", "relatedType", "relatedId", "createdAt")
        VALUES (it->'ids'->>3, 'pool.confirm', v_email, p_mails->'pool'->>'subject',
          replace(replace(replace(p_mails->'pool'->>'text', '{{NAME}}', 'bewoner'), '{{MANAGE}}', it->>'manage'), '{{UNSUB}}', it->>'unsub'),
          replace(replace(replace(p_mails->'pool'->>'html', '{{NAME}}', 'bewoner'), '{{MANAGE}}', it->>'manage'), '{{UNSUB}}', it->>'unsub'),
          'PENDING', 0, ts, 'Participant', pid, ts);
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
        replace(replace(replace(replace(replace(tpl->>'text', '{{NAME}}', CASE WHEN pid = it->'ids'->>0 THEN it->>'name' ELSE 'bewoner' END), '{{MANAGE}}', it->>'manage'), '{{UNSUB}}', it->>'unsub'), '{{PARTY}}', it->>'party'), '{{NOTME}}', (it->>'manage') || '/niet-ik?registratie=' || rid),
        replace(replace(replace(replace(replace(tpl->>'html', '{{NAME}}', CASE WHEN pid = it->'ids'->>0 THEN it->>'nameHtml' ELSE 'bewoner' END), '{{MANAGE}}', it->>'manage'), '{{UNSUB}}', it->>'unsub'), '{{PARTY}}', it->>'partyHtml'), '{{NOTME}}', (it->>'manage') || '/niet-ik?registratie=' || rid),
        CASE WHEN st = 'CONFIRMED' THEN p_mails->'attachments' END,
        'PENDING', 0, ts, 'Registration', rid, ts);
      INSERT INTO "AuditEvent" (id, "actorKind", action, "entityType", "entityId", details, "createdAt")
      VALUES (it->'ids'->>5, 'resident', 'registration.create', 'Registration', rid, jsonb_build_object('bijeenkomstId', b.id, 'status', st, 'partySize', v_party), ts);

      RETURN QUERY SELECT i, rid, pid, st::text, false, NULL::text;
    EXCEPTION
      WHEN unique_violation THEN
        -- e.g. the same e-mail twice in one batch under a race: that item is retried alone
        RETURN QUERY SELECT i, NULL::text, NULL::text, NULL::text, false, 'RETRY'::text;
      WHEN OTHERS THEN
        -- one bad item (its changes rolled back with this block) never fails the batch
        RETURN QUERY SELECT i, NULL::text, NULL::text, NULL::text, false, 'FAILED'::text;
    END;
    i := i + 1;
  END LOOP;
END;
$$;
