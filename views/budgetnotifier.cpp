// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetnotifier.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {
constexpr int NoticeMilliseconds = 30000;
constexpr int NoticeWidth = 420;
} // namespace

BudgetNotifier::BudgetNotifier(QWidget *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_hideTimer(new QTimer(this))
{
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(NoticeMilliseconds);
    connect(m_hideTimer, &QTimer::timeout, this, [this] {
        if (m_notice)
            m_notice->deleteLater();
        if (m_tray)
            m_tray->hide(); // the icon is there for the message only
    });
}

BudgetNotifier::~BudgetNotifier()
{
    if (m_notice)
        delete m_notice.data();
}

QFrame *BudgetNotifier::notice() const
{
    return m_notice.data();
}

void BudgetNotifier::notify(const QList<ThresholdCrossing> &crossings)
{
    if (crossings.isEmpty())
        return;
    QStringList lines;
    for (const ThresholdCrossing &c : crossings)
        lines.append(BudgetAlerts::describe(c));
    const QString title = crossings.size() == 1 ? tr("Budget alert") : tr("Budget alerts: %1").arg(crossings.size());
    const QString message = lines.join(u'\n');
    m_lastTitle = title;
    m_lastMessage = message;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            QIcon icon = QApplication::windowIcon();
            if (icon.isNull() && m_host)
                icon = m_host->style()->standardIcon(QStyle::SP_MessageBoxWarning);
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &BudgetNotifier::activated);
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning, NoticeMilliseconds);
        m_hideTimer->start();
    } else {
        showNotice(title, message);
    }
    Q_EMIT notified(title, message);
}

void BudgetNotifier::showNotice(const QString &title, const QString &message)
{
    QWidget *window = m_host ? m_host->window() : nullptr;
    if (!window)
        return;
    if (!m_notice) {
        m_notice = new QFrame(window);
        m_notice->setObjectName(u"budgetAlertNotice"_s);
        m_notice->setFrameShape(QFrame::StyledPanel);
        m_notice->setAutoFillBackground(true);
        QPalette pal = m_notice->palette();
        pal.setColor(QPalette::Window, pal.color(QPalette::ToolTipBase));
        pal.setColor(QPalette::WindowText, pal.color(QPalette::ToolTipText));
        m_notice->setPalette(pal);
        auto *icon = new QLabel(m_notice);
        icon->setPixmap(window->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
        icon->setAlignment(Qt::AlignTop);
        m_noticeTitle = new QLabel(m_notice);
        m_noticeTitle->setObjectName(u"budgetAlertNoticeTitle"_s);
        QFont bold = m_noticeTitle->font();
        bold.setBold(true);
        m_noticeTitle->setFont(bold);
        m_noticeText = new QLabel(m_notice);
        m_noticeText->setObjectName(u"budgetAlertNoticeText"_s);
        m_noticeText->setWordWrap(true);
        m_noticeText->setTextFormat(Qt::PlainText);
        auto *close = new QToolButton(m_notice);
        close->setObjectName(u"closeBudgetAlertNotice"_s);
        close->setAutoRaise(true);
        close->setIcon(window->style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        close->setToolTip(tr("Close"));
        QFrame *notice = m_notice;
        connect(close, &QToolButton::clicked, notice, &QObject::deleteLater);
        auto *layout = new QHBoxLayout(m_notice);
        layout->setContentsMargins(12, 10, 6, 10);
        layout->addWidget(icon, 0, Qt::AlignTop);
        auto *show = new QToolButton(m_notice);
        show->setObjectName(u"showBudgetsFromNotice"_s);
        show->setText(tr("Show Budgets"));
        connect(show, &QToolButton::clicked, this, &BudgetNotifier::activated);
        connect(show, &QToolButton::clicked, notice, &QObject::deleteLater);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(4);
        texts->addWidget(m_noticeTitle);
        texts->addWidget(m_noticeText);
        texts->addWidget(show, 0, Qt::AlignLeft);
        layout->addLayout(texts, 1);
        layout->addWidget(close, 0, Qt::AlignTop);
        window->installEventFilter(this);
    }
    m_noticeTitle->setText(title);
    m_noticeText->setText(message);
    m_notice->setAccessibleName(title);
    placeNotice();
    m_notice->show();
    m_notice->raise();
    m_hideTimer->start();
}

void BudgetNotifier::placeNotice()
{
    if (!m_notice || !m_notice->parentWidget())
        return;
    const QWidget *window = m_notice->parentWidget();
    const int width = std::min(NoticeWidth, window->width() - 32);
    m_notice->setFixedWidth(width);
    m_notice->adjustSize();
    m_notice->move(window->width() - width - 16, window->height() - m_notice->height() - 40);
}

bool BudgetNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_notice && watched == m_notice->parentWidget())
        placeNotice();
    return QObject::eventFilter(watched, event);
}

} // namespace Spendscope
