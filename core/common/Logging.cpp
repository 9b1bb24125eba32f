#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "dsar.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServices, "dsar.services", QtWarningMsg)
