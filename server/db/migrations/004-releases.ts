import type { Migration } from '../migrate.ts';

/**
 * Releases: frozen versions of a standard's text. Once a row exists its content (model
 * JSON, Yjs state, hash, metadata) never changes and rows are never deleted; only the
 * status fields move, along the lifecycle below. Triggers enforce this even against code
 * that bypasses the releases module. Times are epoch milliseconds.
 *
 *   candidate → approved → published → superseded
 *   candidate | approved | published | superseded → withdrawn
 */
export const releasesMigration: Migration = {
  version: 4,
  name: 'releases',
  up(db) {
    db.exec(`
      CREATE TABLE releases (
        id TEXT PRIMARY KEY,
        standard_id TEXT NOT NULL REFERENCES standards(id),
        version TEXT NOT NULL CHECK (version GLOB '[0-9]*.[0-9]*'),
        major INTEGER NOT NULL,
        minor INTEGER NOT NULL,
        slug TEXT NOT NULL,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        summary TEXT NOT NULL,
        change_note TEXT NOT NULL CHECK (length(change_note) > 0),
        effective_date TEXT NOT NULL,
        agencies TEXT NOT NULL,
        model_json TEXT NOT NULL,
        ydoc_state BLOB NOT NULL,
        content_hash TEXT NOT NULL CHECK (content_hash GLOB 'sha256:*'),
        created_at INTEGER NOT NULL,
        created_by TEXT,
        status TEXT NOT NULL CHECK (status IN ('candidate', 'approved', 'published', 'superseded', 'withdrawn')),
        approved_at INTEGER,
        approved_by TEXT,
        approved_by_names TEXT,
        published_at INTEGER,
        published_by TEXT,
        previous_version TEXT,
        superseded_by TEXT,
        superseded_at INTEGER,
        withdrawn_at INTEGER,
        withdrawn_by TEXT,
        withdrawn_reason TEXT,
        UNIQUE (standard_id, version),
        UNIQUE (standard_id, major, minor)
      );
      CREATE INDEX releases_by_standard ON releases (standard_id, major, minor);

      CREATE TRIGGER releases_no_delete BEFORE DELETE ON releases
        BEGIN SELECT RAISE(ABORT, 'releases are never deleted'); END;

      -- The frozen content and its metadata never change.
      CREATE TRIGGER releases_frozen BEFORE UPDATE OF
        id, standard_id, version, major, minor, slug, title, language, summary, change_note,
        effective_date, agencies, model_json, ydoc_state, content_hash, created_at, created_by
        ON releases
        BEGIN SELECT RAISE(ABORT, 'release content is frozen'); END;

      -- Lifecycle facts are written once: a set value never changes afterwards.
      CREATE TRIGGER releases_write_once BEFORE UPDATE ON releases
        WHEN (OLD.approved_at IS NOT NULL AND NEW.approved_at IS NOT OLD.approved_at)
          OR (OLD.approved_by IS NOT NULL AND NEW.approved_by IS NOT OLD.approved_by)
          OR (OLD.approved_by_names IS NOT NULL AND NEW.approved_by_names IS NOT OLD.approved_by_names)
          OR (OLD.published_at IS NOT NULL AND NEW.published_at IS NOT OLD.published_at)
          OR (OLD.published_by IS NOT NULL AND NEW.published_by IS NOT OLD.published_by)
          OR (OLD.previous_version IS NOT NULL AND NEW.previous_version IS NOT OLD.previous_version)
          OR (OLD.superseded_by IS NOT NULL AND NEW.superseded_by IS NOT OLD.superseded_by)
          OR (OLD.superseded_at IS NOT NULL AND NEW.superseded_at IS NOT OLD.superseded_at)
          OR (OLD.withdrawn_at IS NOT NULL AND NEW.withdrawn_at IS NOT OLD.withdrawn_at)
          OR (OLD.withdrawn_by IS NOT NULL AND NEW.withdrawn_by IS NOT OLD.withdrawn_by)
          OR (OLD.withdrawn_reason IS NOT NULL AND NEW.withdrawn_reason IS NOT OLD.withdrawn_reason)
        BEGIN SELECT RAISE(ABORT, 'release lifecycle facts are written once'); END;

      -- Status moves only forward along the lifecycle.
      CREATE TRIGGER releases_status_flow BEFORE UPDATE OF status ON releases
        WHEN NEW.status IS NOT OLD.status AND NOT (
             (OLD.status = 'candidate' AND NEW.status IN ('approved', 'withdrawn'))
          OR (OLD.status = 'approved' AND NEW.status IN ('published', 'withdrawn'))
          OR (OLD.status = 'published' AND NEW.status IN ('superseded', 'withdrawn'))
          OR (OLD.status = 'superseded' AND NEW.status = 'withdrawn'))
        BEGIN SELECT RAISE(ABORT, 'release status cannot move that way'); END;

      -- Facts must match the status they belong to.
      CREATE TRIGGER releases_status_facts BEFORE UPDATE ON releases
        WHEN (NEW.status IN ('approved', 'published', 'superseded') AND NEW.approved_at IS NULL)
          OR (NEW.status IN ('published', 'superseded') AND NEW.published_at IS NULL)
          OR (NEW.status = 'superseded' AND NEW.superseded_at IS NULL)
          OR (NEW.status = 'withdrawn' AND (NEW.withdrawn_at IS NULL OR NEW.withdrawn_reason IS NULL))
        BEGIN SELECT RAISE(ABORT, 'release status facts are missing'); END;
    `);
  },
};
