#include "Logging.h"

Q_LOGGING_CATEGORY(lcDb, "riaya.db")
Q_LOGGING_CATEGORY(lcDomain, "riaya.domain")
Q_LOGGING_CATEGORY(lcSearch, "riaya.search")
Q_LOGGING_CATEGORY(lcSecurity, "riaya.security")
Q_LOGGING_CATEGORY(lcDemo, "riaya.demo")
