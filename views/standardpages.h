// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Spendscope {

class MainWindow;
class Workspace;

// The app's pages in navigation order, under the keys Navigator names, each built on the
// window's navigator. main() composes the window with it, and so do the GUI tests, so that what is
// tested is what ships.
void addStandardPages(MainWindow *window, Workspace *workspace);

// A page's translated title in the navigation ("Costs" for "costs"); the key itself when unknown.
[[nodiscard]] QString standardPageTitle(QStringView key);

} // namespace Spendscope
