// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Spendscope::Test {

// Path of a file under tests/data.
[[nodiscard]] QString testDataPath(const QString &relative);
// Contents of a file under tests/data; fails the current test (QFAIL-like warning) when missing.
[[nodiscard]] QByteArray readTestData(const QString &relative);

} // namespace Spendscope::Test
