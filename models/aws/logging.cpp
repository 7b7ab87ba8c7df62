// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcNetwork, "spendscope.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "spendscope.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "spendscope.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "spendscope.api", QtInfoMsg)
