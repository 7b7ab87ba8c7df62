// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxlogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "spendscope.sandbox", QtInfoMsg)
