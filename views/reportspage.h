// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportpreviewjob.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;

namespace Spendscope {

class Navigator;
class Workspace;

// The Reports page: the chargeback report of a period (ChargebackReport, ReportRenderer) with its
// settings on the left (period, grouping, which teams get a section, which sections) and the
// pages as they will print on the right. Any change re-computes the report and repaints the
// previews on the thread pool (ReportPreviewJob) after a short pause; a stale result is dropped.
// Export writes the report shown, as PDF or CSV, through a QSaveFile.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)
public:
    ReportsPage(Workspace *workspace, Navigator *navigator, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // Re-computes the report after the usual pause.
    void refresh();
    // A re-computation is waiting or running.
    [[nodiscard]] bool isBusy() const;
    // The report the previews show; nullopt before the first one and while the settings are
    // invalid (message() says why).
    [[nodiscard]] const std::optional<ChargebackReport> &report() const { return m_result.report; }
    [[nodiscard]] int pageCount() const { return m_pageCount; }
    [[nodiscard]] QString message() const;

    // Write the report shown; false with `error` set when there is none or the file cannot be
    // written. The export buttons ask for a path and call these.
    bool exportPdf(const QString &path, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr);
    // "spendscope-chargeback-2026-10.pdf" for `suffix` "pdf".
    [[nodiscard]] QString defaultFileName(const QString &suffix) const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // A report (or an error or the empty state) replaced the previews.
    void previewsUpdated();

private:
    void startJob();
    void showResult(const ReportPreviewJob::Result &result);
    void showMessage(const QString &text);
    void updatePeriods(const QList<QDate> &months, const ChargebackReport::Period &period);
    void updateTeams(const QList<ChargebackReport::Entry> &teams);
    void updatePreviews();
    void updateZoom();
    void updateDesk();
    void updateExports();
    void periodChosen();
    void exportAs(const QString &suffix);
    // Why nothing can be exported now; empty when the report shown can be.
    [[nodiscard]] QString exportProblem() const;
    // Writes `bytes` through QSaveFile and shows `saved` in the status line.
    bool writeExport(const QString &path, const QByteArray &bytes, const QString &saved, QString *error);
    [[nodiscard]] ReportRenderer::Sections sections() const;

    Workspace *m_workspace;
    Navigator *m_navigator;
    QComboBox *m_period = nullptr;
    QWidget *m_customRange = nullptr;
    QDateEdit *m_customStart = nullptr;
    QDateEdit *m_customEnd = nullptr;
    QComboBox *m_groupBy = nullptr;
    QListWidget *m_teams = nullptr;
    QPushButton *m_allTeams = nullptr;
    QPushButton *m_noTeams = nullptr;
    QList<std::pair<ReportRenderer::Section, QCheckBox *>> m_sections;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_total = nullptr;
    QSlider *m_zoom = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_previews = nullptr;

    QTimer m_debounce;
    QPointer<ReportPreviewJob> m_job;
    ReportPreviewJob::Result m_result; // its page images move into the preview list
    int m_pageCount = 0;
    // The period the user chose; invalid start: the job's default (the last whole month).
    ChargebackReport::Period m_chosen;
    bool m_custom = false; // "Custom range…" is chosen
    QSet<QString> m_excludedTeams;
};

} // namespace Spendscope
