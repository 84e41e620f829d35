-- The audit trail (issue 6, part 3): append-only, one row per recorded change, written in the transaction of the
-- change. Each row's hash is the SHA-256 of the previous row's hash and its own seq, recorded_at, actor, kind and
-- payload (Audit/AuditChain.cs), so an edited, deleted or reordered row breaks the chain.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    recorded_at {timestamp} NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_time ON audit_log (recorded_at);
