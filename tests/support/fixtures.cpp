// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QtDebug>

namespace Spendscope::Test {

QString testDataPath(const QString &relative)
{
    return QDir(QStringLiteral(SPENDSCOPE_TEST_DATA)).filePath(relative);
}

QByteArray readTestData(const QString &relative)
{
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing test data: %s", qPrintable(relative));
        return {};
    }
    return file.readAll();
}

} // namespace Spendscope::Test
