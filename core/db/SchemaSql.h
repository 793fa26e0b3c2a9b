#pragma once

// SQL fragments several migrations repeat (db/Migrations.cpp only includes this file, and
// undefines each macro after its list).

// Columns every synced record carries.
#define SYNCED_COLUMNS                                                                                       \
    "id TEXT PRIMARY KEY NOT NULL, origin_site TEXT NOT NULL, version INTEGER NOT NULL, "                    \
    "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 "                \
    "CHECK (deleted IN (0, 1)), "

// What a resident is found by: names in both scripts, father's name, identifiers.
#define RESIDENT_SEARCH_KEY                                                                                  \
    "riaya_fold(new.first_name, new.last_name, new.first_name_latin, new.last_name_latin, "                  \
    "new.father_name, new.national_id, new.massar_code), "                                                   \
    "riaya_skeletons(new.first_name, new.last_name, new.first_name_latin, new.last_name_latin, "             \
    "new.father_name)"

// What a family is found by: its names in both scripts, its members' names and phone.
#define FAMILY_SEARCH_KEY                                                                                    \
    "riaya_fold(new.family_name, new.family_name_latin, new.member_names, new.phone), "                      \
    "riaya_skeletons(new.family_name, new.family_name_latin, new.member_names)"

// The birth year as one token ("b2013"), for the duplicate check.
#define BIRTH_YEAR_KEY "'b' || substr(new.birth_date, 1, 4)"

// Marks an institution's figures from a month on as to be computed again (MonthAggregates).
#define MARK_FIGURES(INSTITUTION, MONTH)                                                                     \
    "INSERT OR IGNORE INTO figures_stale (institution_id, from_month) VALUES (" INSTITUTION ", " MONTH ");"
// The same three triggers on a table whose rows count in an institution's figures.
#define FIGURES_TRIGGERS(TABLE, INSTITUTION_NEW, INSTITUTION_OLD, MONTH_NEW, MONTH_OLD)                      \
    QStringLiteral("CREATE TRIGGER " TABLE "_figures_insert AFTER INSERT ON " TABLE                          \
                   " BEGIN " MARK_FIGURES(INSTITUTION_NEW, MONTH_NEW) " END"),                               \
        QStringLiteral("CREATE TRIGGER " TABLE "_figures_update AFTER UPDATE ON " TABLE                      \
                       " BEGIN " MARK_FIGURES(INSTITUTION_OLD, MONTH_OLD)                                    \
                           MARK_FIGURES(INSTITUTION_NEW, MONTH_NEW) " END"),                                 \
        QStringLiteral("CREATE TRIGGER " TABLE "_figures_delete AFTER DELETE ON " TABLE                      \
                       " BEGIN " MARK_FIGURES(INSTITUTION_OLD, MONTH_OLD) " END")
