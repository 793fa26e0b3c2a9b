#include "Migrations.h"

#include "SchemaSql.h"

#include <vector>

namespace riaya {
namespace {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list {
        { 1,
          "institutions, residents, stays, presence, school results, incidents, users, audit, sync journal",
          {
              QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
              QStringLiteral("CREATE TABLE site ("
                             " id TEXT PRIMARY KEY NOT NULL,"
                             " name TEXT NOT NULL,"
                             " kind TEXT NOT NULL CHECK (kind IN ('site', 'ministry')),"
                             " institution_id TEXT,"
                             " created_at TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE institutions (" SYNCED_COLUMNS " name TEXT NOT NULL,"
                             " name_latin TEXT,"
                             " kind TEXT NOT NULL,"
                             " capacity INTEGER NOT NULL CHECK (capacity > 0),"
                             " region TEXT,"
                             " province TEXT,"
                             " licence_number TEXT,"
                             " licence_expires_on TEXT)"),
              QStringLiteral("CREATE TABLE residents (" SYNCED_COLUMNS " first_name TEXT NOT NULL,"
                             " last_name TEXT NOT NULL,"
                             " first_name_latin TEXT,"
                             " last_name_latin TEXT,"
                             " father_name TEXT,"
                             " mother_name TEXT,"
                             " sex TEXT NOT NULL CHECK (sex IN ('F', 'M')),"
                             " birth_date TEXT NOT NULL,"
                             " birth_place TEXT,"
                             " national_id TEXT,"
                             " massar_code TEXT,"
                             " guardian_name TEXT,"
                             " guardian_relation TEXT,"
                             " guardian_phone TEXT,"
                             " origin TEXT,"
                             " school_name TEXT,"
                             " school_level TEXT,"
                             " health_notes TEXT,"
                             " status TEXT NOT NULL DEFAULT 'registered',"
                             " institution_id TEXT REFERENCES institutions(id))"),
              QStringLiteral("CREATE INDEX residents_by_name ON residents (last_name, first_name, id)"),
              QStringLiteral("CREATE INDEX residents_by_institution ON residents (institution_id, status)"),
              QStringLiteral("CREATE INDEX residents_by_birth_date ON residents (birth_date, id)"),
              QStringLiteral("CREATE INDEX residents_by_massar ON residents (massar_code)"),
              QStringLiteral("CREATE TABLE stays (" SYNCED_COLUMNS
                             " resident_id TEXT NOT NULL REFERENCES residents(id),"
                             " institution_id TEXT NOT NULL REFERENCES institutions(id),"
                             " admitted_on TEXT NOT NULL,"
                             " admission_reason TEXT,"
                             " exited_on TEXT,"
                             " exit_kind TEXT CHECK (exit_kind IN ('left', 'transferred', 'placed')),"
                             " exit_reason TEXT,"
                             " CHECK (exited_on IS NULL OR exited_on >= admitted_on))"),
              QStringLiteral("CREATE INDEX stays_by_resident ON stays (resident_id, admitted_on)"),
              QStringLiteral("CREATE INDEX stays_by_institution ON stays (institution_id, exited_on)"),
              QStringLiteral("CREATE TABLE presence (" SYNCED_COLUMNS
                             " resident_id TEXT NOT NULL REFERENCES residents(id),"
                             " institution_id TEXT NOT NULL REFERENCES institutions(id),"
                             " day TEXT NOT NULL,"
                             " state TEXT NOT NULL CHECK (state IN ('present', 'absent', 'leave', 'sick')),"
                             " note TEXT,"
                             " UNIQUE (resident_id, day))"),
              QStringLiteral("CREATE INDEX presence_by_institution ON presence (institution_id, day)"),
              QStringLiteral("CREATE TABLE school_results (" SYNCED_COLUMNS
                             " resident_id TEXT NOT NULL REFERENCES residents(id),"
                             " school_year TEXT NOT NULL,"
                             " term INTEGER NOT NULL CHECK (term BETWEEN 1 AND 3),"
                             " average REAL CHECK (average BETWEEN 0 AND 20),"
                             " decision TEXT CHECK (decision IN ('passed', 'repeated', 'dropped_out')),"
                             " UNIQUE (resident_id, school_year, term))"),
              QStringLiteral("CREATE TABLE incidents (" SYNCED_COLUMNS
                             " institution_id TEXT NOT NULL REFERENCES institutions(id),"
                             " occurred_on TEXT NOT NULL,"
                             " kind TEXT NOT NULL,"
                             " description TEXT NOT NULL,"
                             " action_taken TEXT,"
                             " reported_to TEXT,"
                             " resident_ids TEXT NOT NULL DEFAULT '[]')"),
              QStringLiteral(
                  "CREATE INDEX incidents_by_institution ON incidents (institution_id, occurred_on)"),
              QStringLiteral("CREATE TABLE users (" SYNCED_COLUMNS " username TEXT NOT NULL UNIQUE,"
                             " full_name TEXT NOT NULL,"
                             " roles TEXT NOT NULL,"
                             " password_hash TEXT,"
                             " disabled INTEGER NOT NULL DEFAULT 0)"),
              // Local history, never synced: hash-chained so an edited or deleted entry shows.
              QStringLiteral("CREATE TABLE audit_log ("
                             " seq INTEGER PRIMARY KEY NOT NULL,"
                             " at TEXT NOT NULL,"
                             " actor TEXT NOT NULL,"
                             " site_id TEXT NOT NULL,"
                             " action TEXT NOT NULL,"
                             " entity TEXT NOT NULL,"
                             " record_id TEXT NOT NULL,"
                             " before TEXT,"
                             " after TEXT,"
                             " hash TEXT NOT NULL)"), // covers the previous entry's hash too
              // What changed, in order, so an export can carry everything not yet acknowledged.
              // Rows are never deleted (a pruning must keep the newest), so seq only grows.
              QStringLiteral("CREATE TABLE change_log ("
                             " seq INTEGER PRIMARY KEY,"
                             " entity TEXT NOT NULL,"
                             " record_id TEXT NOT NULL,"
                             " version INTEGER NOT NULL,"
                             " imported INTEGER NOT NULL DEFAULT 0)"), // 0: written here, 1: from a bundle
              QStringLiteral("CREATE INDEX change_log_by_record ON change_log (record_id, version)"),
              // Per resident rowid: folded names and identifiers (search/TextFolding) and the
              // names' consonant skeletons (search/NameSkeleton) for cross-script matches.
              QStringLiteral(
                  "CREATE VIRTUAL TABLE resident_search USING fts5("
                  "tokens, skeletons, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"),
              QStringLiteral("CREATE TRIGGER residents_search_insert AFTER INSERT ON residents BEGIN"
                             " INSERT INTO resident_search (rowid, tokens, skeletons) SELECT "
                             "new.rowid, " RESIDENT_SEARCH_KEY " WHERE new.deleted = 0; END"),
              QStringLiteral("CREATE TRIGGER residents_search_update AFTER UPDATE ON residents BEGIN"
                             " DELETE FROM resident_search WHERE rowid = old.rowid;"
                             " INSERT INTO resident_search (rowid, tokens, skeletons) SELECT "
                             "new.rowid, " RESIDENT_SEARCH_KEY " WHERE new.deleted = 0; END"),
          } },
        { 2,
          "keys, trusted sites, bundle log, conflicts",
          {
              // This site's key pairs; the private halves sealed under the passphrase (Argon2id).
              QStringLiteral("CREATE TABLE site_keys ("
                             " purpose TEXT PRIMARY KEY NOT NULL CHECK (purpose IN ('sign', 'box')),"
                             " public_key BLOB NOT NULL,"
                             " sealed_private BLOB NOT NULL,"
                             " salt BLOB NOT NULL,"
                             " opslimit INTEGER NOT NULL,"
                             " memlimit INTEGER NOT NULL,"
                             " created_at TEXT NOT NULL)"),
              // Who this database trusts: the ministry (from its profile) or enrolled sites.
              QStringLiteral("CREATE TABLE trusted_sites ("
                             " site_id TEXT PRIMARY KEY NOT NULL,"
                             " name TEXT NOT NULL,"
                             " role TEXT NOT NULL CHECK (role IN ('ministry', 'site')),"
                             " sign_key BLOB NOT NULL,"
                             " box_key BLOB NOT NULL,"
                             " enrolled_at TEXT NOT NULL,"
                             " revoked_at TEXT)"),
              // Every bundle written or applied, so a second import is recognised.
              QStringLiteral("CREATE TABLE bundle_log ("
                             " bundle_id TEXT PRIMARY KEY NOT NULL,"
                             " direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),"
                             " sender_site TEXT NOT NULL,"
                             " recipient_site TEXT NOT NULL,"
                             " sequence INTEGER NOT NULL,"
                             " file_hash TEXT NOT NULL,"
                             " last_change INTEGER NOT NULL,"
                             " records INTEGER NOT NULL,"
                             " at TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX bundle_log_by_sender ON bundle_log (sender_site, sequence)"),
              // A losing version kept for a clerk to review.
              QStringLiteral("CREATE TABLE conflicts ("
                             " id INTEGER PRIMARY KEY,"
                             " entity TEXT NOT NULL,"
                             " record_id TEXT NOT NULL,"
                             " kept TEXT NOT NULL,"
                             " lost TEXT NOT NULL,"
                             " bundle_id TEXT NOT NULL,"
                             " reason TEXT NOT NULL,"
                             " resolved_at TEXT)"),
              // The same child registered at two sites, found at import, for a clerk to merge.
              QStringLiteral("CREATE TABLE duplicate_candidates ("
                             " id INTEGER PRIMARY KEY,"
                             " resident_id TEXT NOT NULL,"
                             " other_id TEXT NOT NULL,"
                             " score REAL NOT NULL,"
                             " bundle_id TEXT NOT NULL,"
                             " found_at TEXT NOT NULL,"
                             " resolved_at TEXT,"
                             " UNIQUE (resident_id, other_id))"),
          } },
        { 3,
          "key revocations, month reports, merged residents",
          {
              // Sent by the ministry to every site: a revoked key is refused everywhere.
              QStringLiteral("CREATE TABLE revocations (" SYNCED_COLUMNS " site_id TEXT NOT NULL,"
                             " sign_key TEXT NOT NULL," // base64, so a later key of the site stays trusted
                             " reason TEXT NOT NULL,"
                             " revoked_at TEXT NOT NULL)"),
              // A house's figures for a month as its supervisor approved them before export.
              QStringLiteral("CREATE TABLE month_reports (" SYNCED_COLUMNS
                             " institution_id TEXT NOT NULL REFERENCES institutions(id),"
                             " month TEXT NOT NULL," // YYYY-MM
                             " figures TEXT NOT NULL," // canonical JSON
                             " approved_by TEXT NOT NULL,"
                             " approved_at TEXT NOT NULL)"),
              QStringLiteral(
                  "CREATE INDEX month_reports_by_institution ON month_reports (institution_id, month)"),
              // The file a duplicate was merged into; the merged file is then a tombstone.
              QStringLiteral("ALTER TABLE residents ADD COLUMN merged_into TEXT"),
              QStringLiteral("ALTER TABLE duplicate_candidates ADD COLUMN decision TEXT"),
          } },
        { 4,
          "birth years in the resident search index",
          {
              // The duplicate check asks for a name AND a birth year: with the year in the
              // index, the full-text engine narrows to it before any row is read (an import
              // into a national database was spending its time on namesakes of other ages).
              QStringLiteral("DROP TRIGGER residents_search_insert"),
              QStringLiteral("DROP TRIGGER residents_search_update"),
              QStringLiteral("DROP TABLE resident_search"),
              QStringLiteral(
                  "CREATE VIRTUAL TABLE resident_search USING fts5("
                  "tokens, skeletons, born, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"),
              QStringLiteral("CREATE TRIGGER residents_search_insert AFTER INSERT ON residents BEGIN"
                             " INSERT INTO resident_search (rowid, tokens, skeletons, born) SELECT "
                             "new.rowid, " RESIDENT_SEARCH_KEY ", " BIRTH_YEAR_KEY
                             " WHERE new.deleted = 0; END"),
              QStringLiteral("CREATE TRIGGER residents_search_update AFTER UPDATE ON residents BEGIN"
                             " DELETE FROM resident_search WHERE rowid = old.rowid;"
                             " INSERT INTO resident_search (rowid, tokens, skeletons, born) SELECT "
                             "new.rowid, " RESIDENT_SEARCH_KEY ", " BIRTH_YEAR_KEY
                             " WHERE new.deleted = 0; END"),
              QStringLiteral("INSERT INTO resident_search (rowid, tokens, skeletons, born) SELECT "
                             "new.rowid, " RESIDENT_SEARCH_KEY ", " BIRTH_YEAR_KEY
                             " FROM residents AS new WHERE new.deleted = 0"),
          } },
        { 5,
          "failed sign-in attempts",
          {
              // Local, never synced: who failed to sign in, and until when they must wait.
              QStringLiteral("CREATE TABLE sign_in_attempts (username TEXT PRIMARY KEY NOT NULL,"
                             " failures INTEGER NOT NULL, locked_until TEXT)"),
          } },
        { 6,
          "inspection templates, inspections, corrective actions",
          {
              // A standards document in one edition, as the ministry publishes it (reference data).
              QStringLiteral("CREATE TABLE inspection_templates (" SYNCED_COLUMNS " code TEXT NOT NULL,"
                             " edition INTEGER NOT NULL CHECK (edition > 0),"
                             " title TEXT NOT NULL," // JSON: ar, fr, en
                             " content TEXT NOT NULL," // the template file (docs/inspection-templates.md)
                             " UNIQUE (code, edition))"),
              // Answers and findings live in the record: a finalized inspection never changes.
              QStringLiteral("CREATE TABLE inspections (" SYNCED_COLUMNS " root_id TEXT NOT NULL,"
                             " institution_id TEXT NOT NULL REFERENCES institutions(id),"
                             " template_id TEXT NOT NULL,"
                             " visited_on TEXT NOT NULL,"
                             " inspector TEXT NOT NULL,"
                             " state TEXT NOT NULL CHECK (state IN ('draft', 'final')),"
                             " answers TEXT NOT NULL DEFAULT '{}',"
                             " findings TEXT NOT NULL DEFAULT '[]',"
                             " follows_up TEXT,"
                             " supersedes TEXT,"
                             " correction_reason TEXT,"
                             " finalized_at TEXT,"
                             " score REAL CHECK (score BETWEEN 0 AND 100))"),
              QStringLiteral(
                  "CREATE INDEX inspections_by_institution ON inspections (institution_id, visited_on)"),
              QStringLiteral(
                  "CREATE TABLE corrective_actions (" SYNCED_COLUMNS " inspection_id TEXT NOT NULL,"
                  " institution_id TEXT NOT NULL REFERENCES institutions(id),"
                  " finding_id TEXT NOT NULL,"
                  " description TEXT NOT NULL,"
                  " responsible TEXT NOT NULL,"
                  " due_on TEXT NOT NULL,"
                  " state TEXT NOT NULL CHECK (state IN ('open', 'in_progress', 'done', 'verified')),"
                  " state_note TEXT,"
                  " state_changed_on TEXT,"
                  " verified_in TEXT)"),
              QStringLiteral("CREATE INDEX corrective_actions_by_institution"
                             " ON corrective_actions (institution_id, state, due_on)"),
          } },
        { 7,
          "foster families, home studies, placements, follow-up visits",
          {
              QStringLiteral(
                  "CREATE TABLE families (" SYNCED_COLUMNS " family_name TEXT NOT NULL,"
                  " family_name_latin TEXT,"
                  " members TEXT NOT NULL DEFAULT '[]'," // JSON: name, relationship, birth year, head
                  " member_names TEXT," // the members' names, for search
                  " address TEXT,"
                  " region TEXT,"
                  " province TEXT,"
                  " phone TEXT,"
                  " occupation TEXT,"
                  " income_band TEXT CHECK (income_band IN ('none', 'low', 'middle', 'high')),"
                  " documents TEXT NOT NULL DEFAULT '[]'," // JSON: the documents received
                  " state TEXT NOT NULL CHECK (state IN ('enquiry', 'application', 'home_study',"
                  " 'approved', 'suspended', 'closed')),"
                  " state_since TEXT NOT NULL,"
                  " approval_number TEXT,"
                  " approval_renewal_on TEXT,"
                  " capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 10),"
                  " preferred_age_min INTEGER,"
                  " preferred_age_max INTEGER,"
                  " preferred_sex TEXT CHECK (preferred_sex IN ('F', 'M')))"),
              // Every change of a family's state, with who decided and why.
              QStringLiteral("CREATE TABLE family_events (" SYNCED_COLUMNS
                             " family_id TEXT NOT NULL REFERENCES families(id),"
                             " state TEXT NOT NULL,"
                             " on_date TEXT NOT NULL,"
                             " decided_by TEXT NOT NULL,"
                             " reason TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX family_events_by_family ON family_events (family_id, on_date)"),
              QStringLiteral("CREATE TABLE home_studies (" SYNCED_COLUMNS
                             " family_id TEXT NOT NULL REFERENCES families(id),"
                             " done_on TEXT NOT NULL,"
                             " social_worker TEXT NOT NULL,"
                             " assessment TEXT NOT NULL,"
                             " recommendation TEXT NOT NULL CHECK (recommendation IN ('approve', "
                             "'approve_with_conditions',"
                             " 'further_study', 'reject')))"),
              QStringLiteral("CREATE INDEX home_studies_by_family ON home_studies (family_id, done_on)"),
              QStringLiteral(
                  "CREATE TABLE placements (" SYNCED_COLUMNS
                  " resident_id TEXT NOT NULL REFERENCES residents(id),"
                  " family_id TEXT NOT NULL REFERENCES families(id),"
                  " started_on TEXT NOT NULL,"
                  " legal_basis TEXT NOT NULL CHECK (legal_basis IN ('kafala', 'placement_order')),"
                  " legal_reference TEXT NOT NULL,"
                  " review_on TEXT,"
                  " visit_plan TEXT NOT NULL," // JSON: first months, their interval, then the interval
                  " from_institution_id TEXT,"
                  " ended_on TEXT,"
                  " outcome TEXT CHECK (outcome IN ('returned_to_origin_family', 'made_permanent',"
                  " 'returned_to_institution', 'aged_out', 'other')),"
                  " end_reason TEXT,"
                  " CHECK (ended_on IS NULL OR ended_on >= started_on))"),
              QStringLiteral("CREATE INDEX placements_by_resident ON placements (resident_id, started_on)"),
              QStringLiteral("CREATE INDEX placements_by_family ON placements (family_id, ended_on)"),
              QStringLiteral("CREATE TABLE placement_visits (" SYNCED_COLUMNS
                             " placement_id TEXT NOT NULL REFERENCES placements(id),"
                             " visited_on TEXT NOT NULL,"
                             " social_worker TEXT NOT NULL,"
                             " wellbeing TEXT NOT NULL CHECK (wellbeing IN ('good', 'fair', 'poor')),"
                             " school TEXT,"
                             " health TEXT,"
                             " concerns TEXT,"
                             " next_steps TEXT)"),
              QStringLiteral("CREATE INDEX placement_visits_by_placement ON placement_visits (placement_id, "
                             "visited_on)"),
              // Families are found like residents: folded names and consonant skeletons.
              QStringLiteral(
                  "CREATE VIRTUAL TABLE family_search USING fts5("
                  "tokens, skeletons, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"),
              QStringLiteral(
                  "CREATE TRIGGER families_search_insert AFTER INSERT ON families BEGIN"
                  " INSERT INTO family_search (rowid, tokens, skeletons) SELECT new.rowid, " FAMILY_SEARCH_KEY
                  " WHERE new.deleted = 0; END"),
              QStringLiteral(
                  "CREATE TRIGGER families_search_update AFTER UPDATE ON families BEGIN"
                  " DELETE FROM family_search WHERE rowid = old.rowid;"
                  " INSERT INTO family_search (rowid, tokens, skeletons) SELECT new.rowid, " FAMILY_SEARCH_KEY
                  " WHERE new.deleted = 0; END"),
          } },
        { 8,
          "bundle forks, audit anchors, conflicts by bundle",
          {
              // Bundles of a sender's history that a clerk set aside when accepting a fork (a
              // site restored from an old backup numbers its bundles again).
              QStringLiteral("ALTER TABLE bundle_log ADD COLUMN abandoned INTEGER NOT NULL DEFAULT 0"),
              QStringLiteral("CREATE INDEX conflicts_by_bundle ON conflicts (bundle_id)"),
              // Signed heads of an audit log: this site's own (kind 'own'), a site's as the
              // ministry received them ('received'), and this site's as the ministry holds them
              // and sent back ('confirmed'). Never synced as records; they travel in manifests.
              QStringLiteral("CREATE TABLE audit_anchors ("
                             " site_id TEXT NOT NULL,"
                             " kind TEXT NOT NULL CHECK (kind IN ('own', 'received', 'confirmed')),"
                             " seq INTEGER NOT NULL,"
                             " hash TEXT NOT NULL,"
                             " signed_at TEXT NOT NULL,"
                             " signature BLOB NOT NULL,"
                             " PRIMARY KEY (site_id, kind, seq))"),
          } },
        { 9,
          "voided incidents",
          {
              // A mistaken incident is voided, never deleted: when, by whom and why. The three
              // are set together (validateIncident), once.
              QStringLiteral("ALTER TABLE incidents ADD COLUMN voided_at TEXT"),
              QStringLiteral("ALTER TABLE incidents ADD COLUMN voided_by TEXT"),
              QStringLiteral("ALTER TABLE incidents ADD COLUMN void_reason TEXT"),
          } },
        { 10,
          "merges that can be undone, resident skeletons indexed again",
          {
              // What the kept file took from the other at a merge ({column: value}), so undoing the
              // merge can give it back; NULL for merges made before.
              QStringLiteral("ALTER TABLE duplicate_candidates ADD COLUMN merge_filled TEXT"),
              // Skeletons now read a final haa as a possible taa marbuta (آيه ~ آية) and a doubled
              // letter after a digraph once (Oudghhiri): the stored keys are made again.
              QStringLiteral("DELETE FROM resident_search"),
              QStringLiteral("INSERT INTO resident_search (rowid, tokens, skeletons, born) SELECT "
                             "new.rowid, " RESIDENT_SEARCH_KEY ", " BIRTH_YEAR_KEY
                             " FROM residents AS new WHERE new.deleted = 0"),
          } },
        { 11,
          "whom an institution receives",
          {
              // 'F' a house for girls, 'M' for boys, NULL both or not said: registering a child
              // of the other sex then asks for confirmation.
              QStringLiteral("ALTER TABLE institutions ADD COLUMN residents_sex TEXT"
                             " CHECK (residents_sex IN ('F', 'M'))"),
          } },
        { 12,
          "monthly figures kept for the home pages and reports",
          {
              // Derived from the records, never synced nor audited: MonthAggregates computes them
              // again for what the triggers below marked, and can rebuild them from nothing.
              QStringLiteral("CREATE TABLE month_figures ("
                             " institution_id TEXT NOT NULL,"
                             " month TEXT NOT NULL," // YYYY-MM
                             " residents_at_start INTEGER NOT NULL, admissions INTEGER NOT NULL,"
                             " exits_left INTEGER NOT NULL, exits_transferred INTEGER NOT NULL,"
                             " exits_placed INTEGER NOT NULL, residents_at_end INTEGER NOT NULL,"
                             " girls_at_end INTEGER NOT NULL, boys_at_end INTEGER NOT NULL,"
                             " presence_present INTEGER NOT NULL, presence_absent INTEGER NOT NULL,"
                             " presence_leave INTEGER NOT NULL, presence_sick INTEGER NOT NULL,"
                             " days_marked INTEGER NOT NULL, incidents INTEGER NOT NULL,"
                             " PRIMARY KEY (institution_id, month)) WITHOUT ROWID"),
              QStringLiteral(
                  "CREATE TABLE month_incidents (institution_id TEXT NOT NULL, month TEXT NOT NULL,"
                  " kind TEXT NOT NULL, count INTEGER NOT NULL,"
                  " PRIMARY KEY (institution_id, month, kind)) WITHOUT ROWID"),
              QStringLiteral(
                  "CREATE TABLE year_results (institution_id TEXT NOT NULL, school_year TEXT NOT NULL,"
                  " passed INTEGER NOT NULL, repeated INTEGER NOT NULL, dropped_out INTEGER NOT NULL,"
                  " PRIMARY KEY (institution_id, school_year)) WITHOUT ROWID"),
              // Residents as they are now, by sex, school level and status.
              QStringLiteral("CREATE TABLE resident_counts (institution_id TEXT NOT NULL, sex TEXT NOT NULL,"
                             " school_level TEXT NOT NULL, status TEXT NOT NULL, count INTEGER NOT NULL,"
                             " PRIMARY KEY (institution_id, sex, school_level, status)) WITHOUT ROWID"),
              // What to compute again: an institution from a month on ('9999-12': only the figures
              // of now, residents and school years).
              QStringLiteral(
                  "CREATE TABLE figures_stale (institution_id TEXT NOT NULL, from_month TEXT NOT NULL,"
                  " PRIMARY KEY (institution_id, from_month)) WITHOUT ROWID"),
              FIGURES_TRIGGERS("stays", "new.institution_id", "old.institution_id",
                               "substr(new.admitted_on, 1, 7)", "substr(old.admitted_on, 1, 7)"),
              FIGURES_TRIGGERS("presence", "new.institution_id", "old.institution_id",
                               "substr(new.day, 1, 7)", "substr(old.day, 1, 7)"),
              FIGURES_TRIGGERS("incidents", "new.institution_id", "old.institution_id",
                               "substr(new.occurred_on, 1, 7)", "substr(old.occurred_on, 1, 7)"),
              FIGURES_TRIGGERS("residents", "new.institution_id", "old.institution_id", "'9999-12'",
                               "'9999-12'"),
              FIGURES_TRIGGERS("school_results",
                               "(SELECT institution_id FROM residents WHERE id = new.resident_id)",
                               "(SELECT institution_id FROM residents WHERE id = old.resident_id)",
                               "'9999-12'", "'9999-12'"),
              // Everything there already is.
              QStringLiteral("INSERT OR IGNORE INTO figures_stale SELECT id, '0000-00' FROM institutions"),
          } },
        { 13, "owners, grants, requests and relays between sites", sharingMigration() },
    };
    return list;
}

#undef MARK_FIGURES
#undef FIGURES_TRIGGERS
#undef SYNCED_COLUMNS
#undef RESIDENT_SEARCH_KEY
#undef BIRTH_YEAR_KEY
#undef FAMILY_SEARCH_KEY

} // namespace

std::span<const Migration> allMigrations()
{
    return migrations();
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace riaya
