"""Schema of cases, their legs (the timeline) and their documents (component "cases").

Amounts are whole paise; times are UTC ISO-8601 text. The admission itself is kept as its JSON
(the store is encrypted as a whole; the full Aadhaar is never part of it).
"""

from offline.migrations import Migration

MIGRATIONS: tuple[Migration, ...] = (
    Migration("cases", 1, "cases, legs and case documents", """
        CREATE TABLE cases (
            id                TEXT PRIMARY KEY,
            seq               INTEGER NOT NULL UNIQUE,
            status            TEXT NOT NULL,
            status_at         TEXT NOT NULL,
            payer             TEXT NOT NULL,
            emergency         INTEGER NOT NULL,
            admission         TEXT NOT NULL,
            requested_amount  INTEGER NOT NULL CHECK (requested_amount >= 0),
            approved_amount   INTEGER CHECK (approved_amount >= 0),
            created_at        TEXT NOT NULL,
            created_by        TEXT NOT NULL,
            updated_at        TEXT NOT NULL
        );
        CREATE INDEX cases_status ON cases(status);
        CREATE TABLE case_leg (
            id                  INTEGER PRIMARY KEY,
            case_id             TEXT NOT NULL REFERENCES cases(id),
            seq                 INTEGER NOT NULL,
            kind                TEXT NOT NULL,
            stage               TEXT,
            state               TEXT NOT NULL,
            requested_amount    INTEGER,
            approved_amount     INTEGER,
            decision            TEXT,
            payer_words         TEXT,
            query_text          TEXT,
            documents_requested TEXT,
            reply_text          TEXT,
            api_call_id         TEXT,
            correlation_id      TEXT,
            payer_reference     TEXT,
            utr                 TEXT,
            paid_amount         INTEGER,
            deductions          TEXT,
            last_error          TEXT,
            queued_at           TEXT NOT NULL,
            sent_at             TEXT,
            acknowledged_at     TEXT,
            answered_at         TEXT,
            actor               TEXT NOT NULL,
            UNIQUE (case_id, seq)
        );
        CREATE INDEX case_leg_api_call ON case_leg(api_call_id);
        CREATE INDEX case_leg_correlation ON case_leg(correlation_id);
        CREATE TABLE case_document (
            id          TEXT PRIMARY KEY,
            seq         INTEGER NOT NULL UNIQUE,
            case_id     TEXT NOT NULL REFERENCES cases(id),
            blob_id     TEXT NOT NULL REFERENCES blob(id),
            category    TEXT NOT NULL,
            stage       TEXT NOT NULL,
            filename    TEXT NOT NULL,
            mime        TEXT NOT NULL,
            pages       INTEGER NOT NULL CHECK (pages >= 1),
            size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
            sha256      TEXT NOT NULL,
            added_at    TEXT NOT NULL,
            added_by    TEXT NOT NULL,
            UNIQUE (case_id, sha256)
        );
        CREATE INDEX case_document_case ON case_document(case_id);
        CREATE TABLE document_sent (
            document_id  TEXT NOT NULL REFERENCES case_document(id),
            payer        TEXT NOT NULL,
            message_id   TEXT NOT NULL,
            sent_at      TEXT NOT NULL,
            PRIMARY KEY (document_id, message_id)
        );
    """),
    Migration("cases", 2, "document capture time (proof of presence)", """
        ALTER TABLE case_document ADD COLUMN captured_at TEXT;
    """),
    Migration("cases", 3, "documents each outgoing message carries", """
        CREATE TABLE message_document (
            message_id   TEXT NOT NULL,
            document_id  TEXT NOT NULL REFERENCES case_document(id),
            PRIMARY KEY (message_id, document_id)
        );
    """),
    Migration("cases", 4, "searchable text of documents; where a photo's capture time came from",
              """
        ALTER TABLE case_document ADD COLUMN capture_source TEXT;
        CREATE TABLE document_text (
            document_id        TEXT PRIMARY KEY REFERENCES case_document(id),
            text               TEXT NOT NULL,
            source             TEXT NOT NULL,
            proposed_category  TEXT,
            made_at            TEXT NOT NULL
        );
    """),
)
