// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace Spendscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Spendscope"));
    auto *welcome = new QLabel(tr("Spendscope: who spends what on generative AI, on which model, and is it worth it."), this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    setCentralWidget(welcome);
    createActions();
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Spendscope"), this, [this] {
        QMessageBox::about(this, tr("About Spendscope"),
                           tr("<h3>Spendscope %1</h3><p>Cost explorer and project manager for Amazon Bedrock.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
}

} // namespace Spendscope
