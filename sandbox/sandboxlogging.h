// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The sandbox's logging category ("spendscope.sandbox"). Nothing logged here may contain the
// account's secret key, its API key, a signature or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
