-- Monitored parties, alerts and decisions (issue 6, part 2). Same token rules as 001.

-- A party the firm monitors, under the caller's own id; version_id is its current data in party_versions.
CREATE TABLE parties (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    version_id BIGINT NOT NULL,
    created_at {timestamp} NOT NULL,
    updated_at {timestamp} NOT NULL
);

-- Every state of a party's data as imported: body is its fields as JSON, hash the SHA-256 of body, so a re-import
-- of unchanged data is recognised by one comparison and costs nothing.
CREATE TABLE party_versions (
    id {identity},
    party_id TEXT NOT NULL REFERENCES parties (id) DEFERRABLE INITIALLY DEFERRED,
    hash TEXT NOT NULL,
    body TEXT NOT NULL,
    imported_at {timestamp} NOT NULL
);
CREATE INDEX party_versions_party ON party_versions (party_id, id);

-- A party matched to a listed entity, as the match stood when it was raised: the party's data (party_version_id),
-- the entity's content (entity_fingerprint) in the list version that raised it, the score, best name and evidence.
-- changes says what differs from the pair's previous alert; resolution why the alert was closed by the system.
CREATE TABLE alerts (
    id {identity},
    party_id TEXT NOT NULL REFERENCES parties (id),
    party_version_id BIGINT NOT NULL REFERENCES party_versions (id),
    entity_id TEXT NOT NULL,
    source_id TEXT NOT NULL,
    entity_caption TEXT NOT NULL,
    entity_fingerprint TEXT NOT NULL REFERENCES entity_contents (fingerprint),
    list_version_id BIGINT NOT NULL REFERENCES list_versions (id),
    score DOUBLE PRECISION NOT NULL,
    matched_name TEXT NOT NULL,
    evidence TEXT NOT NULL,
    explanation TEXT NOT NULL,
    status TEXT NOT NULL,
    previous_alert_id BIGINT NULL REFERENCES alerts (id),
    changes TEXT NULL,
    resolution TEXT NULL,
    created_at {timestamp} NOT NULL,
    updated_at {timestamp} NOT NULL
);
CREATE INDEX alerts_pair ON alerts (party_id, entity_id, id);
CREATE INDEX alerts_entity ON alerts (entity_id, status);
CREATE INDEX alerts_status ON alerts (status, id);

-- What an analyst decided about an alert, who, when and why.
CREATE TABLE alert_decisions (
    id {identity},
    alert_id BIGINT NOT NULL REFERENCES alerts (id),
    decision TEXT NOT NULL,
    actor TEXT NOT NULL,
    comment TEXT NOT NULL,
    decided_at {timestamp} NOT NULL
);
CREATE INDEX alert_decisions_alert ON alert_decisions (alert_id, id);

-- The list versions whose changes have been screened against the parties: a version without a row here is screened
-- when the monitor next runs, so an interrupted run is caught up rather than lost.
CREATE TABLE monitored_versions (
    list_version_id BIGINT PRIMARY KEY REFERENCES list_versions (id),
    parties_screened INTEGER NOT NULL,
    entities_screened INTEGER NOT NULL,
    alerts_raised INTEGER NOT NULL,
    alerts_closed INTEGER NOT NULL,
    screened_at {timestamp} NOT NULL
);
