#include "Logging.h"

Q_LOGGING_CATEGORY(lcBackup, "riaya.backup")
Q_LOGGING_CATEGORY(lcDaily, "riaya.daily")
Q_LOGGING_CATEGORY(lcDb, "riaya.db")
Q_LOGGING_CATEGORY(lcDemo, "riaya.demo")
Q_LOGGING_CATEGORY(lcFamilies, "riaya.families")
Q_LOGGING_CATEGORY(lcI18n, "riaya.i18n")
Q_LOGGING_CATEGORY(lcInspections, "riaya.inspections")
Q_LOGGING_CATEGORY(lcReports, "riaya.reports")
Q_LOGGING_CATEGORY(lcSearch, "riaya.search")
Q_LOGGING_CATEGORY(lcSecurity, "riaya.security")
Q_LOGGING_CATEGORY(lcSync, "riaya.sync")
