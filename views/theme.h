// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>

namespace Spendscope {

// Light and dark palettes for the Fusion style. "System" follows the desktop's palette: Qt 6.4
// has no colour-scheme hint yet (QStyleHints::colorScheme() is 6.5), so dark is recognised by the
// system window colour being dark.
class Theme final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Theme)
public:
    enum class Mode { System, Light, Dark };

    [[nodiscard]] static QString modeName(Mode mode);
    [[nodiscard]] static std::optional<Mode> modeFromName(QStringView name);
    [[nodiscard]] static QString displayName(Mode mode);

    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();
    [[nodiscard]] static bool isDark(const QPalette &palette);

    // Applies `mode` to the application; `systemPalette` is the palette the platform gave.
    static void apply(Mode mode, const QPalette &systemPalette);
};

} // namespace Spendscope
