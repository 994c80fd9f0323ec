"""The journal's schema as the migrations leave it: how a journal made from nothing gets it.

``db.migrations`` is how the schema changes, and the only way a journal that exists is updated.
A journal made from nothing does not replay them: it gets ``STATEMENTS``, which are what
``sqlite_master`` holds after every migration of ``MIGRATIONS`` (the tables, indexes and
triggers, in the order they were made; the full-text index makes its own tables), and those
names in ``_sqlite_migrations``, as if sqlite-utils had applied them. Loading sqlite-utils and
replaying the migrations took a seventh of a second of the first command on a new machine, and
of every reading command before there is a journal.

Only the schema travels this way: a migration that also writes rows or sets a pragma must do
the same in :func:`create`. ``tests/test_schema.py`` builds a journal both ways and compares
the schema, the pragmas and every row; after a new migration it fails and prints the text that
replaces everything from "Generated" to the end of this file. Until it does, ``MIGRATIONS`` is
not ``KNOWN_MIGRATIONS`` and a new journal is made by the migrations, as before.
"""

from __future__ import annotations

import sqlite3

from veerkracht.clock import real_utc


def create(conn: sqlite3.Connection, migration_set: str) -> None:
    """Inside the caller's transaction, on a journal with no schema: every statement, and the
    migrations recorded as sqlite-utils records them (the real moment in UTC, as text)."""
    for statement in STATEMENTS:
        conn.execute(statement)
    applied_at = str(real_utc())
    conn.executemany(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [(migration_set, name, applied_at) for name in MIGRATIONS],
    )


# Generated from a journal the migrations made (tests/test_schema.py prints it): edit nothing by hand.
MIGRATIONS = (
    "m001_initial",
    "m002_review_stop_kind",
    "m003_local_stamps",
    "m004_speed_at_scale",
    "m005_briefs",
    "m006_entry_tag_list",
)
STATEMENTS = (
    """CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
)""",
    """CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name")""",
    """CREATE TABLE entries (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        day TEXT NOT NULL,
        logged_at TEXT NOT NULL,
        energy INTEGER CHECK (energy IS NULL OR energy BETWEEN 0 AND 10),
        reflection TEXT,
        win TEXT,
        private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
        source TEXT NOT NULL DEFAULT 'cli',
        updated_at TEXT
    , tag_list TEXT NOT NULL DEFAULT '[]')""",
    """CREATE INDEX entries_day ON entries(day, energy)""",
    """CREATE TABLE entry_tags (
        entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE ON UPDATE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (entry_id, tag)
    ) WITHOUT ROWID""",
    """CREATE INDEX entry_tags_tag ON entry_tags(tag)""",
    """CREATE TABLE "values" (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        scope TEXT NOT NULL DEFAULT 'personal' CHECK (scope IN ('personal', 'organisation')),
        why TEXT,
        created_at TEXT NOT NULL,
        retired_at TEXT
    )""",
    """CREATE UNIQUE INDEX values_name ON "values"(name COLLATE NOCASE)""",
    """CREATE TABLE cycles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        started_at TEXT NOT NULL,
        completed_at TEXT,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'complete')),
        lang TEXT NOT NULL DEFAULT 'en',
        plan TEXT
    )""",
    """CREATE TABLE cycle_answers (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        cycle_id TEXT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        phase TEXT NOT NULL CHECK (phase IN ('vertragen', 'verdiepen', 'versnellen')),
        pillar TEXT NOT NULL CHECK (pillar IN ('values', 'connect', 'stamina')),
        prompt_id TEXT NOT NULL,
        text TEXT,
        score INTEGER,
        answered_at TEXT NOT NULL,
        UNIQUE (cycle_id, prompt_id)
    )""",
    """CREATE TABLE value_checks (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        value_id TEXT NOT NULL REFERENCES "values"(id) ON DELETE CASCADE,
        cycle_id TEXT REFERENCES cycles(id) ON DELETE CASCADE,
        review_id TEXT REFERENCES reviews(id) ON DELETE CASCADE,
        alignment INTEGER NOT NULL CHECK (alignment BETWEEN 1 AND 5),
        note TEXT,
        checked_at TEXT NOT NULL
    )""",
    """CREATE INDEX value_checks_value ON value_checks(value_id, checked_at)""",
    """CREATE TABLE actions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        due TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
        origin TEXT NOT NULL DEFAULT 'manual',
        origin_id TEXT,
        created_at TEXT NOT NULL,
        closed_at TEXT,
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('done', 'partly', 'not')),
        outcome_note TEXT
    )""",
    """CREATE INDEX actions_status ON actions(status, due)""",
    """CREATE TABLE connections (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        day TEXT NOT NULL,
        who TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'checkin'
            CHECK (kind IN ('checkin', 'one-on-one', 'peer', 'team')),
        care INTEGER NOT NULL DEFAULT 0 CHECK (care IN (0, 1)),
        challenge INTEGER NOT NULL DEFAULT 0 CHECK (challenge IN (0, 1)),
        note TEXT,
        logged_at TEXT NOT NULL
    )""",
    """CREATE INDEX connections_day ON connections(day)""",
    """CREATE TABLE reviews (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        iso_week TEXT NOT NULL UNIQUE,
        started_at TEXT NOT NULL,
        completed_at TEXT,
        share_do INTEGER CHECK (share_do BETWEEN 0 AND 100),
        share_schedule INTEGER CHECK (share_schedule BETWEEN 0 AND 100),
        share_delegate INTEGER CHECK (share_delegate BETWEEN 0 AND 100),
        share_drop INTEGER CHECK (share_drop BETWEEN 0 AND 100),
        headline TEXT,
        reflection TEXT,
        coach_question TEXT,
        recovery_habit TEXT,
        win TEXT,
        care_challenge INTEGER CHECK (care_challenge BETWEEN -2 AND 2),
        lang TEXT NOT NULL DEFAULT 'en',
        steps_done TEXT NOT NULL DEFAULT '[]'
    )""",
    """CREATE TABLE review_items (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        urgent INTEGER CHECK (urgent IN (0, 1)),
        important INTEGER CHECK (important IN (0, 1)),
        decision TEXT CHECK (decision IS NULL OR decision IN ('do', 'schedule', 'delegate', 'drop')),
        delegate_to TEXT,
        note TEXT,
        carried_from TEXT REFERENCES review_items(id) ON DELETE SET NULL,
        stop INTEGER NOT NULL DEFAULT 0 CHECK (stop IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
        created_at TEXT NOT NULL
    , stop_kind TEXT CHECK (stop_kind IS NULL OR stop_kind IN ('stop', 'pause', 'shrink', 'sprint')))""",
    """CREATE INDEX review_items_review ON review_items(review_id)""",
    """CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE VIRTUAL TABLE search_index USING fts5(
        body, kind UNINDEXED, ref UNINDEXED, field UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER entries_reflection_ai AFTER INSERT ON entries BEGIN INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 1, new.reflection, 'entry', new.id, 'reflection' WHERE coalesce(new.reflection, '') != ''; END""",
    """CREATE TRIGGER entries_reflection_ad AFTER DELETE ON entries BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 1; END""",
    """CREATE TRIGGER entries_reflection_au AFTER UPDATE OF reflection ON entries BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 1; INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 1, new.reflection, 'entry', new.id, 'reflection' WHERE coalesce(new.reflection, '') != ''; END""",
    """CREATE TRIGGER entries_win_ai AFTER INSERT ON entries BEGIN INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 2, new.win, 'entry', new.id, 'win' WHERE coalesce(new.win, '') != ''; END""",
    """CREATE TRIGGER entries_win_ad AFTER DELETE ON entries BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 2; END""",
    """CREATE TRIGGER entries_win_au AFTER UPDATE OF win ON entries BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 2; INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 2, new.win, 'entry', new.id, 'win' WHERE coalesce(new.win, '') != ''; END""",
    """CREATE TRIGGER cycle_answers_text_ai AFTER INSERT ON cycle_answers BEGIN INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 3, new.text, 'cycle_answer', new.id, 'text' WHERE coalesce(new.text, '') != ''; END""",
    """CREATE TRIGGER cycle_answers_text_ad AFTER DELETE ON cycle_answers BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 3; END""",
    """CREATE TRIGGER cycle_answers_text_au AFTER UPDATE OF text ON cycle_answers BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 3; INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 3, new.text, 'cycle_answer', new.id, 'text' WHERE coalesce(new.text, '') != ''; END""",
    """CREATE TRIGGER reviews_headline_ai AFTER INSERT ON reviews BEGIN INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 4, new.headline, 'review', new.id, 'headline' WHERE coalesce(new.headline, '') != ''; END""",
    """CREATE TRIGGER reviews_headline_ad AFTER DELETE ON reviews BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 4; END""",
    """CREATE TRIGGER reviews_headline_au AFTER UPDATE OF headline ON reviews BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 4; INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 4, new.headline, 'review', new.id, 'headline' WHERE coalesce(new.headline, '') != ''; END""",
    """CREATE TRIGGER reviews_reflection_ai AFTER INSERT ON reviews BEGIN INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 5, new.reflection, 'review', new.id, 'reflection' WHERE coalesce(new.reflection, '') != ''; END""",
    """CREATE TRIGGER reviews_reflection_ad AFTER DELETE ON reviews BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 5; END""",
    """CREATE TRIGGER reviews_reflection_au AFTER UPDATE OF reflection ON reviews BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 5; INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 5, new.reflection, 'review', new.id, 'reflection' WHERE coalesce(new.reflection, '') != ''; END""",
    """CREATE TRIGGER reviews_coach_question_ai AFTER INSERT ON reviews BEGIN INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 6, new.coach_question, 'review', new.id, 'coach_question' WHERE coalesce(new.coach_question, '') != ''; END""",
    """CREATE TRIGGER reviews_coach_question_ad AFTER DELETE ON reviews BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 6; END""",
    """CREATE TRIGGER reviews_coach_question_au AFTER UPDATE OF coach_question ON reviews BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 6; INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 6, new.coach_question, 'review', new.id, 'coach_question' WHERE coalesce(new.coach_question, '') != ''; END""",
    """CREATE TRIGGER review_items_title_ai AFTER INSERT ON review_items BEGIN INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 7, new.title, 'review_item', new.id, 'title' WHERE coalesce(new.title, '') != ''; END""",
    """CREATE TRIGGER review_items_title_ad AFTER DELETE ON review_items BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 7; END""",
    """CREATE TRIGGER review_items_title_au AFTER UPDATE OF title ON review_items BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 7; INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 7, new.title, 'review_item', new.id, 'title' WHERE coalesce(new.title, '') != ''; END""",
    """CREATE TRIGGER review_items_note_ai AFTER INSERT ON review_items BEGIN INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 8, new.note, 'review_item', new.id, 'note' WHERE coalesce(new.note, '') != ''; END""",
    """CREATE TRIGGER review_items_note_ad AFTER DELETE ON review_items BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 8; END""",
    """CREATE TRIGGER review_items_note_au AFTER UPDATE OF note ON review_items BEGIN DELETE FROM search_index WHERE rowid = old.seq * 16 + 8; INSERT INTO search_index(rowid, body, kind, ref, field) SELECT new.seq * 16 + 8, new.note, 'review_item', new.id, 'note' WHERE coalesce(new.note, '') != ''; END""",
    """CREATE INDEX value_checks_cycle ON value_checks(cycle_id)""",
    """CREATE INDEX value_checks_review ON value_checks(review_id)""",
    """CREATE INDEX actions_origin ON actions(origin, origin_id)""",
    """CREATE TABLE entry_days (
        day TEXT PRIMARY KEY,
        entries INTEGER NOT NULL,
        private INTEGER NOT NULL,
        scored INTEGER NOT NULL,
        total REAL NOT NULL,
        public_scored INTEGER NOT NULL,
        public_total REAL NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TRIGGER entries_entry_days_ai AFTER INSERT ON entries BEGIN INSERT INTO entry_days (day, entries, private, scored, total, public_scored, public_total)
        VALUES (new.day, 1, new.private = 1, new.energy IS NOT NULL, coalesce(new.energy, 0),
                new.energy IS NOT NULL AND new.private = 0,
                CASE WHEN new.private = 0 THEN coalesce(new.energy, 0) ELSE 0 END)
        ON CONFLICT (day) DO UPDATE SET entries = entries + 1, private = private + excluded.private,
            scored = scored + excluded.scored, total = total + excluded.total,
            public_scored = public_scored + excluded.public_scored,
            public_total = public_total + excluded.public_total; END""",
    """CREATE TRIGGER entries_entry_days_ad AFTER DELETE ON entries BEGIN UPDATE entry_days SET entries = entries - 1, private = private - (old.private = 1),
            scored = scored - (old.energy IS NOT NULL), total = total - coalesce(old.energy, 0),
            public_scored = public_scored - (old.energy IS NOT NULL AND old.private = 0),
            public_total = public_total - CASE WHEN old.private = 0 THEN coalesce(old.energy, 0) ELSE 0 END
        WHERE day = old.day;
        DELETE FROM entry_days WHERE day = old.day AND entries <= 0; END""",
    """CREATE TRIGGER entries_entry_days_au AFTER UPDATE OF day, energy, private ON entries
    BEGIN UPDATE entry_days SET entries = entries - 1, private = private - (old.private = 1),
            scored = scored - (old.energy IS NOT NULL), total = total - coalesce(old.energy, 0),
            public_scored = public_scored - (old.energy IS NOT NULL AND old.private = 0),
            public_total = public_total - CASE WHEN old.private = 0 THEN coalesce(old.energy, 0) ELSE 0 END
        WHERE day = old.day;
        DELETE FROM entry_days WHERE day = old.day AND entries <= 0; INSERT INTO entry_days (day, entries, private, scored, total, public_scored, public_total)
        VALUES (new.day, 1, new.private = 1, new.energy IS NOT NULL, coalesce(new.energy, 0),
                new.energy IS NOT NULL AND new.private = 0,
                CASE WHEN new.private = 0 THEN coalesce(new.energy, 0) ELSE 0 END)
        ON CONFLICT (day) DO UPDATE SET entries = entries + 1, private = private + excluded.private,
            scored = scored + excluded.scored, total = total + excluded.total,
            public_scored = public_scored + excluded.public_scored,
            public_total = public_total + excluded.public_total; END""",
    """CREATE TABLE tag_days (
        day TEXT NOT NULL,
        tag TEXT NOT NULL,
        entries INTEGER NOT NULL,
        public INTEGER NOT NULL,
        PRIMARY KEY (day, tag)
    ) WITHOUT ROWID""",
    """CREATE TRIGGER entry_tags_tag_days_ai AFTER INSERT ON entry_tags BEGIN INSERT INTO tag_days (day, tag, entries, public)
            SELECT e.day, new.tag, 1, e.private = 0 FROM entries e
            WHERE e.id = new.entry_id AND e.energy IS NOT NULL
            ON CONFLICT (day, tag) DO UPDATE SET entries = entries + 1,
                public = public + excluded.public; END""",
    """CREATE TRIGGER entry_tags_tag_days_ad AFTER DELETE ON entry_tags BEGIN UPDATE tag_days SET entries = entries - 1,
                public = public - (SELECT private = 0 FROM entries WHERE id = old.entry_id)
            WHERE tag = old.tag AND day = (SELECT day FROM entries
                                           WHERE id = old.entry_id AND energy IS NOT NULL);
        DELETE FROM tag_days WHERE tag = old.tag AND entries <= 0
            AND day = (SELECT day FROM entries WHERE id = old.entry_id); END""",
    """CREATE TRIGGER entry_tags_tag_days_au AFTER UPDATE OF entry_id, tag ON entry_tags
    BEGIN UPDATE tag_days SET entries = entries - 1,
                public = public - (SELECT private = 0 FROM entries WHERE id = old.entry_id)
            WHERE tag = old.tag AND day = (SELECT day FROM entries
                                           WHERE id = old.entry_id AND energy IS NOT NULL);
        DELETE FROM tag_days WHERE tag = old.tag AND entries <= 0
            AND day = (SELECT day FROM entries WHERE id = old.entry_id); INSERT INTO tag_days (day, tag, entries, public)
            SELECT e.day, new.tag, 1, e.private = 0 FROM entries e
            WHERE e.id = new.entry_id AND e.energy IS NOT NULL
            ON CONFLICT (day, tag) DO UPDATE SET entries = entries + 1,
                public = public + excluded.public; END""",
    """CREATE TRIGGER entries_tag_days_au AFTER UPDATE OF day, energy, private ON entries
    WHEN old.day IS NOT new.day OR (old.energy IS NULL) != (new.energy IS NULL)
         OR old.private IS NOT new.private
    BEGIN
        UPDATE tag_days SET entries = entries - 1, public = public - (old.private = 0)
            WHERE old.energy IS NOT NULL AND day = old.day
              AND tag IN (SELECT tag FROM entry_tags WHERE entry_id = new.id);
        DELETE FROM tag_days WHERE day = old.day AND entries <= 0;
        INSERT INTO tag_days (day, tag, entries, public)
            SELECT new.day, tag, 1, new.private = 0 FROM entry_tags
            WHERE entry_id = new.id AND new.energy IS NOT NULL
            ON CONFLICT (day, tag) DO UPDATE SET entries = entries + 1,
                public = public + excluded.public;
    END""",
    """CREATE TABLE briefs (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            made_at TEXT NOT NULL,
            since TEXT NOT NULL,
            until TEXT NOT NULL CHECK (until >= since)
        )""",
    """CREATE INDEX briefs_made ON briefs(made_at)""",
    """CREATE TRIGGER entry_tags_tag_list_ai AFTER INSERT ON entry_tags BEGIN UPDATE entries SET tag_list = (
        SELECT json_group_array(CASE typeof(tag) WHEN 'blob' THEN CAST(tag AS TEXT) ELSE tag END)
        FROM (SELECT tag FROM entry_tags WHERE entry_id = new.entry_id ORDER BY tag))
    WHERE id = new.entry_id; END""",
    """CREATE TRIGGER entry_tags_tag_list_ad AFTER DELETE ON entry_tags BEGIN UPDATE entries SET tag_list = (
        SELECT json_group_array(CASE typeof(tag) WHEN 'blob' THEN CAST(tag AS TEXT) ELSE tag END)
        FROM (SELECT tag FROM entry_tags WHERE entry_id = old.entry_id ORDER BY tag))
    WHERE id = old.entry_id; END""",
    """CREATE TRIGGER entry_tags_tag_list_au AFTER UPDATE ON entry_tags BEGIN UPDATE entries SET tag_list = (
        SELECT json_group_array(CASE typeof(tag) WHEN 'blob' THEN CAST(tag AS TEXT) ELSE tag END)
        FROM (SELECT tag FROM entry_tags WHERE entry_id = old.entry_id ORDER BY tag))
    WHERE id = old.entry_id; UPDATE entries SET tag_list = (
        SELECT json_group_array(CASE typeof(tag) WHEN 'blob' THEN CAST(tag AS TEXT) ELSE tag END)
        FROM (SELECT tag FROM entry_tags WHERE entry_id = new.entry_id ORDER BY tag))
    WHERE id = new.entry_id; END""",
    """CREATE TRIGGER entries_tag_days_bd BEFORE DELETE ON entries BEGIN
            UPDATE tag_days SET entries = entries - 1, public = public - (old.private = 0)
                WHERE old.energy IS NOT NULL AND day = old.day
                  AND tag IN (SELECT tag FROM entry_tags WHERE entry_id = old.id);
            DELETE FROM tag_days WHERE day = old.day AND entries <= 0;
        END""",
    """CREATE TRIGGER entries_tags_ad AFTER DELETE ON entries BEGIN
            DELETE FROM entry_tags WHERE entry_id = old.id;
        END""",
)
