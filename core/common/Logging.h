#pragma once

#include <QLoggingCategory>

// One category per module of core, named after its folder (riaya.<folder>), so a log can be
// narrowed to one part with QT_LOGGING_RULES. Exceptions: common/Translations logs as
// riaya.i18n, text/ (the folding and the SQL functions of the search) as riaya.search.
Q_DECLARE_LOGGING_CATEGORY(lcBackup)
Q_DECLARE_LOGGING_CATEGORY(lcDaily)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcFamilies)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
Q_DECLARE_LOGGING_CATEGORY(lcInspections)
Q_DECLARE_LOGGING_CATEGORY(lcReports)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
