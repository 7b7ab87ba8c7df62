// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace Spendscope {

// One card of the Overview: a heading, a large figure, a caption and an optional body (a list or
// a small chart). The whole card is a button: a click, Enter, Return or Space emits activated().
// It takes keyboard focus (Tab) and shows it with a highlighted border.
class OverviewTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTile)
public:
    explicit OverviewTile(const QString &heading, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setCaption(const QString &caption);
    // The tile takes ownership of `body`, shown below the caption.
    void setBody(QWidget *body);
    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString value() const;
    [[nodiscard]] QString caption() const;

Q_SIGNALS:
    void activated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_heading;
    QLabel *m_value;
    QLabel *m_caption;
    QVBoxLayout *m_layout;
    QWidget *m_body = nullptr;
    bool m_hovered = false;
};

} // namespace Spendscope
