// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportspage.h"

#include "navigator.h"
#include "theme.h"

#include "analytics/chargebackcsv.h"
#include "workspace/workspace.h"
#include "domain/percent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSlider>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

using Section = ReportRenderer::Section;
using GroupBy = ChargebackReport::GroupBy;

// Previews are painted this wide; the zoom only scales them down.
constexpr int PageWidth = 640;
constexpr int DefaultZoom = 400;
constexpr int NameRole = Qt::UserRole + 1;

} // namespace

ReportsPage::ReportsPage(Workspace *workspace, Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_navigator(navigator)
{
    // Settings.
    m_period = new QComboBox(this);
    m_period->setObjectName(u"periodCombo"_s);
    m_period->setToolTip(tr("The months with spend, newest first, or a range of days"));
    m_customStart = new QDateEdit(this);
    m_customStart->setObjectName(u"customStartEdit"_s);
    m_customEnd = new QDateEdit(this);
    m_customEnd->setObjectName(u"customEndEdit"_s);
    for (QDateEdit *edit : {m_customStart, m_customEnd}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_customRange = new QWidget(this);
    auto *customLayout = new QFormLayout(m_customRange);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addRow(tr("&From:"), m_customStart);
    customLayout->addRow(tr("&To (included):"), m_customEnd);
    m_customRange->hide();
    auto *periodBox = new QGroupBox(tr("Period"), this);
    auto *periodLayout = new QVBoxLayout(periodBox);
    periodLayout->addWidget(m_period);
    periodLayout->addWidget(m_customRange);

    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(u"groupByCombo"_s);
    m_groupBy->addItem(tr("Team"), int(GroupBy::Team));
    m_groupBy->addItem(tr("Project"), int(GroupBy::Project));
    m_groupBy->addItem(tr("Model"), int(GroupBy::Model));
    m_groupBy->setToolTip(tr("How the spend by group section and the CSV group the period's spend"));
    auto *groupBox = new QGroupBox(tr("Group by"), this);
    auto *groupLayout = new QVBoxLayout(groupBox);
    groupLayout->addWidget(m_groupBy);

    m_teams = new QListWidget(this);
    m_teams->setObjectName(u"teamList"_s);
    m_teams->setToolTip(tr("The teams billed in the period that get a section of their own"));
    m_teams->setMinimumHeight(120);
    m_allTeams = new QPushButton(tr("&All"), this);
    m_allTeams->setObjectName(u"allTeamsButton"_s);
    m_noTeams = new QPushButton(tr("&None"), this);
    m_noTeams->setObjectName(u"noTeamsButton"_s);
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_allTeams);
    teamButtons->addWidget(m_noTeams);
    teamButtons->addStretch(1);
    auto *teamsBox = new QGroupBox(tr("Team sections"), this);
    auto *teamsLayout = new QVBoxLayout(teamsBox);
    teamsLayout->addWidget(m_teams, 1);
    teamsLayout->addLayout(teamButtons);

    auto *sectionsBox = new QGroupBox(tr("Sections"), this);
    auto *sectionsLayout = new QVBoxLayout(sectionsBox);
    sectionsLayout->setSpacing(2);
    for (const auto &[section, name, text] : {
             std::tuple{Section::Summary, u"sectionSummary"_s, tr("Executive summary")},
             std::tuple{Section::SpendByGroup, u"sectionGroups"_s, tr("Spend by group")},
             std::tuple{Section::TeamSections, u"sectionTeams"_s, tr("Team sections")},
             std::tuple{Section::ModelComparison, u"sectionComparison"_s, tr("Model comparison")},
             std::tuple{Section::UnattributedSpend, u"sectionUnattributed"_s, tr("Unattributed spend")},
             std::tuple{Section::Appendix, u"sectionAppendix"_s, tr("Appendix")},
         }) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(name);
        box->setChecked(true);
        sectionsLayout->addWidget(box);
        m_sections.append({section, box});
    }
    auto *coverNote = new QLabel(tr("The cover page is always included."), this);
    coverNote->setForegroundRole(QPalette::PlaceholderText);
    coverNote->setWordWrap(true);
    sectionsLayout->addWidget(coverNote);

    m_exportPdf = new QPushButton(tr("Export &PDF…"), this);
    m_exportPdf->setObjectName(u"exportPdfButton"_s);
    m_exportPdf->setToolTip(tr("Save the report as shown as a PDF"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(u"exportCsvButton"_s);
    m_exportCsv->setToolTip(tr("Save the period's spend by group with exact amounts"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide(); // until the first export
    auto *exportButtons = new QHBoxLayout;
    exportButtons->addWidget(m_exportPdf);
    exportButtons->addWidget(m_exportCsv);

    auto *settings = new QWidget(this);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 8, 0);
    settingsLayout->addWidget(periodBox);
    settingsLayout->addWidget(groupBox);
    settingsLayout->addWidget(teamsBox, 1);
    settingsLayout->addWidget(sectionsBox);
    settingsLayout->addLayout(exportButtons);
    auto *settingsScroll = new QScrollArea(this);
    settingsScroll->setObjectName(u"reportSettings"_s);
    settingsScroll->setWidget(settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    settingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    settingsScroll->setFixedWidth(300);

    // Previews.
    m_total = new QLabel(this);
    m_total->setObjectName(u"totalLabel"_s);
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.15);
    m_total->setFont(totalFont);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_zoom = new QSlider(Qt::Horizontal, this);
    m_zoom->setObjectName(u"zoomSlider"_s);
    m_zoom->setRange(160, PageWidth);
    m_zoom->setSingleStep(20);
    m_zoom->setPageStep(80);
    m_zoom->setValue(DefaultZoom);
    m_zoom->setFixedWidth(160);
    m_zoom->setToolTip(tr("Preview size"));
    auto *zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_total, 1);
    bar->addWidget(zoomLabel);
    bar->addWidget(m_zoom);

    m_message = new QLabel(this);
    m_message->setObjectName(u"reportMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_previews = new QListWidget(this);
    m_previews->setObjectName(u"previewList"_s);
    m_previews->setViewMode(QListView::IconMode);
    m_previews->setMovement(QListView::Static);
    m_previews->setResizeMode(QListView::Adjust);
    m_previews->setWrapping(true);
    m_previews->setSpacing(12);
    m_previews->setUniformItemSizes(true);
    m_previews->setSelectionMode(QAbstractItemView::NoSelection);
    m_previews->setFocusPolicy(Qt::NoFocus);
    // Always there, so that laying the pages out never toggles it and resizes the view again.
    m_previews->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_previews->viewport()->installEventFilter(this);
    updateDesk();

    auto *previewSide = new QVBoxLayout;
    previewSide->addLayout(bar);
    previewSide->addWidget(m_message);
    previewSide->addWidget(m_previews, 1);
    previewSide->addWidget(m_status);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(settingsScroll);
    layout->addLayout(previewSide, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ReportsPage::startJob);
    connect(m_period, &QComboBox::activated, this, &ReportsPage::periodChosen);
    connect(m_customStart, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_customEnd, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_teams, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString name = item->data(NameRole).toString();
        if (item->checkState() == Qt::Checked)
            m_excludedTeams.remove(name);
        else
            m_excludedTeams.insert(name);
        refresh();
    });
    connect(m_allTeams, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_teams->count(); ++row)
            m_teams->item(row)->setCheckState(Qt::Checked);
        m_excludedTeams.clear();
        refresh();
    });
    connect(m_noTeams, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_teams->count(); ++row)
            m_teams->item(row)->setCheckState(Qt::Unchecked);
        refresh();
    });
    for (const auto &section : std::as_const(m_sections))
        connect(section.second, &QCheckBox::toggled, this, &ReportsPage::refresh);
    connect(m_zoom, &QSlider::valueChanged, this, &ReportsPage::updateZoom);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportAs(u"pdf"_s); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportAs(u"csv"_s); });
    connect(m_workspace, &Workspace::costDataChanged, this, &ReportsPage::refresh);
    connect(m_workspace, &Workspace::priceCatalogChanged, this, &ReportsPage::refresh);
    updateZoom();
    updateExports();
    refresh();
}

// A running job reports with this page as context, so Qt drops its connection with the page.
ReportsPage::~ReportsPage() = default;

void ReportsPage::refresh()
{
    m_debounce.start();
    updateExports();
}

bool ReportsPage::isBusy() const
{
    return m_debounce.isActive() || m_job;
}

QString ReportsPage::message() const
{
    return m_message->text();
}

ReportRenderer::Sections ReportsPage::sections() const
{
    ReportRenderer::Sections sections;
    for (const auto &[section, box] : m_sections)
        sections.setFlag(section, box->isChecked());
    return sections;
}

void ReportsPage::startJob()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    const CostData &data = m_workspace->costData();
    if (!data.lastDay.isValid()) {
        m_result = {};
        updatePeriods({}, {});
        updateTeams({});
        updatePreviews();
        m_total->setText(tr("No report yet"));
        showMessage(tr("There is no cost data yet. Sync the account to build a chargeback report."));
        updateExports();
        Q_EMIT previewsUpdated();
        return;
    }

    ReportPreviewJob::Request request;
    request.period = m_chosen;
    if (m_custom) {
        // A range of days: the command line's syntax, so that the message for a bad one is the same.
        QString error;
        const std::optional<ChargebackReport::Period> period = ChargebackReport::Period::parse(
            u"%1..%2"_s.arg(m_customStart->date().toString(Qt::ISODate), m_customEnd->date().toString(Qt::ISODate)), &error);
        if (!period) {
            m_result.report.reset();
            m_result.pages.clear();
            m_result.error = error;
            updatePreviews();
            m_total->setText(tr("No report for this period"));
            showMessage(tr("The report cannot be made: %1.").arg(error));
            updateExports();
            Q_EMIT previewsUpdated();
            return;
        }
        request.period = *period;
    }
    request.groupBy = GroupBy(m_groupBy->currentData().toInt());
    request.excludedTeams = m_excludedTeams;
    request.render.account = m_workspace->profile().name;
    request.render.sections = sections();
    request.lastSync = m_workspace->lastSyncTime();
    request.pageWidth = PageWidth;
    // Copies: the task must not read the workspace's catalog, which price overrides replace.
    auto *job = new ReportPreviewJob(data, m_workspace->priceCatalog(), request, this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] {
        m_job = nullptr;
        if (job->hasError()) {
            showMessage(tr("The report could not be prepared: %1").arg(job->errorString()));
            updateExports();
            return;
        }
        showResult(job->result());
    });
    job->start();
    updateExports();
}

void ReportsPage::showResult(const ReportPreviewJob::Result &result)
{
    m_result = result;
    if (!m_chosen.start.isValid() && !m_custom)
        m_chosen = result.period; // stays put when new data completes another month
    updatePeriods(result.months, result.period);
    updateTeams(result.teams);
    updatePreviews();
    const QLocale locale;
    if (result.report) {
        const ChargebackReport &report = *result.report;
        m_total->setText(tr("%1 · Period total %2 · Pages: %3")
                             .arg(report.period.label(), report.total.format(locale, report.currency), locale.toString(pageCount())));
        if (report.partial)
            showMessage(tr("The period runs past the last day with data (%1): figures are to date.")
                            .arg(locale.toString(report.dataLastDay, QLocale::ShortFormat)));
        else
            showMessage(QString());
    } else {
        m_total->setText(tr("No report for this period"));
        showMessage(result.error.isEmpty() ? tr("There is no spend to report yet.")
                                           : tr("The report cannot be made: %1.").arg(result.error));
    }
    updateExports();
    Q_EMIT previewsUpdated();
}

void ReportsPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ReportsPage::updatePeriods(const QList<QDate> &months, const ChargebackReport::Period &period)
{
    const QSignalBlocker blocker(m_period);
    const bool custom = m_custom;
    m_period->clear();
    const QLocale locale;
    for (const QDate &month : months)
        m_period->addItem(locale.toString(month, u"MMMM yyyy"_s), month);
    if (months.isEmpty())
        return;
    m_period->addItem(tr("Custom range…"));
    const bool wholeMonth = period.start.isValid() && period.start.day() == 1 && period.end == period.start.addMonths(1);
    const int index = wholeMonth && !custom ? m_period->findData(period.start) : -1;
    if (index >= 0) {
        m_period->setCurrentIndex(index);
    } else {
        m_period->setCurrentIndex(m_period->count() - 1);
        m_custom = true;
        m_customRange->show();
    }
    if (period.start.isValid() && !custom) {
        const QSignalBlocker startBlocker(m_customStart);
        const QSignalBlocker endBlocker(m_customEnd);
        m_customStart->setDate(period.start);
        m_customEnd->setDate(period.lastDay());
    }
}

void ReportsPage::periodChosen()
{
    const QDate month = m_period->currentData().toDate();
    m_custom = !month.isValid();
    // The range starts as the period shown, so it only needs a tweak.
    m_customRange->setVisible(m_custom);
    if (!m_custom)
        m_chosen = {month, month.addMonths(1)};
    refresh();
}

void ReportsPage::updateTeams(const QList<ChargebackReport::Entry> &teams)
{
    const QSignalBlocker blocker(m_teams);
    m_teams->clear();
    const QLocale locale;
    const QString currency = m_result.report ? m_result.report->currency : u"USD"_s;
    for (const ChargebackReport::Entry &team : teams) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(ChargebackReport::displayName(team.name), team.amount.format(locale, currency)), m_teams);
        item->setData(NameRole, team.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_excludedTeams.contains(team.name) ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(tr("%1 of the period total").arg(Percent::fromShare(team.share, locale)));
    }
}

void ReportsPage::updatePreviews()
{
    m_previews->clear();
    const QLocale locale;
    // Only the pixmaps are kept: a long report's images are large.
    const QList<QImage> images = std::exchange(m_result.pages, {});
    m_pageCount = int(images.size());
    const int pages = m_pageCount;
    for (int i = 0; i < pages; ++i) {
        // A thin frame, so white pages stand out from each other and the desk.
        QImage page = images.at(i);
        QPainter painter(&page);
        painter.setPen(QColor(0xb0, 0xb6, 0xbe));
        painter.drawRect(page.rect().adjusted(0, 0, -1, -1));
        painter.end();
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(page)),
                                         tr("Page %1 of %2").arg(locale.toString(i + 1), locale.toString(pages)), m_previews);
        item->setTextAlignment(Qt::AlignHCenter);
        item->setFlags(Qt::ItemIsEnabled);
    }
    updateZoom();
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateDesk();
    QWidget::changeEvent(event);
}

void ReportsPage::updateDesk()
{
    // The pages are paper, white in either theme; the desk under them is a shade of the window.
    const QColor window = palette().color(QPalette::Window);
    QPalette desk = m_previews->palette();
    desk.setColor(QPalette::Base, Theme::isDark(palette()) ? window.darker(125) : window.darker(108));
    m_previews->setPalette(desk);
}

bool ReportsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_previews->viewport() && event->type() == QEvent::Resize)
        updateZoom();
    return QWidget::eventFilter(watched, event);
}

void ReportsPage::updateZoom()
{
    const int width = m_zoom->value();
    const QSize icon(width, qRound(width * 297.0 / 210.0)); // A4
    m_previews->setIconSize(icon);
    // As many pages side by side as fit, the row spread over the whole width (a single column
    // sits in the middle, as in a document viewer).
    const int cell = width + 32;
    const int available = m_previews->viewport()->width();
    const int columns = std::max(1, available / cell);
    m_previews->setGridSize(QSize(std::max(cell, available / columns), icon.height() + m_previews->fontMetrics().height() + 28));
}

void ReportsPage::updateExports()
{
    const bool ready = m_result.report.has_value() && !isBusy();
    m_exportPdf->setEnabled(ready);
    m_exportCsv->setEnabled(ready);
    const bool hasTeams = m_teams->count() > 0;
    m_allTeams->setEnabled(hasTeams);
    m_noTeams->setEnabled(hasTeams);
}

QString ReportsPage::defaultFileName(const QString &suffix) const
{
    const ChargebackReport::Period period = m_result.report ? m_result.report->period : m_result.period;
    const bool wholeMonth = period.start.day() == 1 && period.end == period.start.addMonths(1);
    const QString name = wholeMonth ? period.start.toString(u"yyyy-MM"_s)
                                    : u"%1_%2"_s.arg(period.start.toString(Qt::ISODate), period.lastDay().toString(Qt::ISODate));
    return u"spendscope-chargeback-%1.%2"_s.arg(name, suffix);
}

QString ReportsPage::exportProblem() const
{
    if (isBusy())
        return tr("the report is still being prepared; export again when the previews are up to date");
    if (!m_result.report)
        return tr("there is no report to export");
    return QString();
}

bool ReportsPage::writeExport(const QString &path, const QByteArray &bytes, const QString &saved, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_status->setText(saved);
    m_status->show();
    return true;
}

bool ReportsPage::exportPdf(const QString &path, QString *error)
{
    QString problem = exportProblem();
    if (problem.isEmpty() && m_result.pdf.isEmpty())
        problem = m_result.pdfError;
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    // The PDF was rendered with the previews, on the thread pool: only bytes are written here.
    return writeExport(path, m_result.pdf,
                       tr("Saved %1 (pages: %2).").arg(QDir::toNativeSeparators(path), QLocale().toString(m_result.pdfPages)),
                       error);
}

bool ReportsPage::exportCsv(const QString &path, QString *error)
{
    if (const QString problem = exportProblem(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return writeExport(path, ChargebackCsv::write(*m_result.report),
                       tr("Saved %1 (groups: %2).")
                           .arg(QDir::toNativeSeparators(path), QLocale().toString(m_result.report->groups.size())),
                       error);
}

void ReportsPage::exportAs(const QString &suffix)
{
    const bool pdf = suffix == u"pdf";
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"),
                                                      QDir(folder).filePath(defaultFileName(suffix)),
                                                      pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool saved = pdf ? exportPdf(path, &error) : exportCsv(path, &error);
    if (!saved)
        QMessageBox::warning(this, tr("Export failed"), tr("The report could not be saved: %1.").arg(error));
}

} // namespace Spendscope
