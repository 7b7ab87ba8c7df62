// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Spendscope {

QString Theme::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return u"system"_s;
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    }
    return {};
}

std::optional<Theme::Mode> Theme::modeFromName(QStringView name)
{
    for (const Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

QString Theme::displayName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return tr("Follow the system");
    case Mode::Light:
        return tr("Light");
    case Mode::Dark:
        return tr("Dark");
    }
    return {};
}

QPalette Theme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x1a, 0x73, 0xe8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x73, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x73, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xa6));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x27, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x30, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Button, QColor(0x2d, 0x30, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x70, 0x76));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x70, 0x76));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x70, 0x76));
    return p;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void Theme::apply(Mode mode, const QPalette &systemPalette)
{
    // Fusion draws both palettes well and looks the same everywhere, which the snapshots rely on.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    switch (mode) {
    case Mode::System:
        QApplication::setPalette(isDark(systemPalette) ? darkPalette() : lightPalette());
        break;
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace Spendscope
