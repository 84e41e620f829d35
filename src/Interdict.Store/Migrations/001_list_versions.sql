-- List versions (issue 6, part 1). One set of scripts serves SQLite and PostgreSQL: {identity}, {timestamp} and
-- {date} are replaced by each database's column types (Sql/SqlDialect.cs).

-- Each imported version of a source; added/removed/changed count the difference from previous_id.
CREATE TABLE list_versions (
    id {identity},
    source_id TEXT NOT NULL,
    format TEXT NOT NULL,
    kind TEXT NOT NULL,
    published {date} NULL,
    hash TEXT NOT NULL,
    entity_count INTEGER NOT NULL,
    imported_at {timestamp} NOT NULL,
    previous_id BIGINT NULL REFERENCES list_versions (id),
    added INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    changed INTEGER NOT NULL,
    UNIQUE (source_id, hash)
);

-- The files a version was read from, in the order the reader lists them.
CREATE TABLE list_version_files (
    version_id BIGINT NOT NULL REFERENCES list_versions (id),
    position INTEGER NOT NULL,
    path TEXT NOT NULL,
    role TEXT NOT NULL,
    length BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (version_id, position)
);

-- An entity's content, once however many versions carry it unchanged: keyed by the SHA-256 of its JSON body, with
-- a short fingerprint per field (a JSON object) so that a diff names the fields that changed without reading bodies.
CREATE TABLE entity_contents (
    fingerprint TEXT PRIMARY KEY,
    schema TEXT NOT NULL,
    caption TEXT NOT NULL,
    field_fingerprints TEXT NOT NULL,
    body TEXT NOT NULL
);

-- Which entities a version holds, and in what content.
CREATE TABLE list_version_entities (
    version_id BIGINT NOT NULL REFERENCES list_versions (id),
    entity_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL REFERENCES entity_contents (fingerprint),
    PRIMARY KEY (version_id, entity_id)
);
