// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrenderer.h"
#include "domain/percent.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

constexpr qreal Dpi = 300;
constexpr qreal Logical = 96; // layout units: 1/96 inch
const QColor Ink(0x20, 0x24, 0x2a);
const QColor Muted(0x5f, 0x66, 0x70);
const QColor Rule(0xc8, 0xcd, 0xd3);
const QColor Band(0xee, 0xf1, 0xf4);
const QColor Bar(0x2f, 0x6f, 0xb3);

QFont font(qreal points, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(qRound(points * Logical / 72.0));
    f.setBold(bold);
    return f;
}

struct Column {
    QString title;
    qreal width; // fraction of the content width
    bool right = false;
};

// Where the layout paints: a painter on the current page, in layout units with the origin at the
// top left of the printable area, and a way to start the next page.
class PageSink
{
public:
    virtual ~PageSink() = default;
    [[nodiscard]] virtual QPainter *painter() = 0;
    virtual void newPage() = 0;
};

// The pages of a PDF writer; the painter is scaled from the writer's dots to layout units.
class PdfSink final : public PageSink
{
public:
    explicit PdfSink(QPdfWriter *writer) : m_writer(writer) {}
    bool begin()
    {
        if (!m_painter.begin(m_writer))
            return false;
        m_painter.scale(Dpi / Logical, Dpi / Logical);
        m_painter.setRenderHint(QPainter::Antialiasing);
        return true;
    }
    void end() { m_painter.end(); }
    QPainter *painter() override { return &m_painter; }
    void newPage() override { m_writer->newPage(); }

private:
    QPdfWriter *m_writer;
    QPainter m_painter;
};

// The whole sheet: A4 with the PDF's margins, in layout units.
QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
}

// The printable area in layout units, as the PDF writer gives it at Dpi.
QSizeF printableSize()
{
    return QSizeF(pageLayout().paintRectPixels(int(Dpi)).size()) / (Dpi / Logical);
}

// One white image per page, the sheet scaled to `width` pixels.
class ImageSink final : public PageSink
{
public:
    explicit ImageSink(int width)
    {
        const QPageLayout layout = pageLayout();
        const QRectF sheet = layout.fullRectPixels(int(Logical));
        m_scale = width / sheet.width();
        m_size = QSize(width, qRound(sheet.height() * m_scale));
        m_origin = QPointF(layout.paintRectPixels(int(Logical)).topLeft());
        startImage();
    }
    ~ImageSink() override
    {
        if (m_painter.isActive())
            m_painter.end();
    }
    QPainter *painter() override { return &m_painter; }
    void newPage() override
    {
        m_painter.end();
        startImage();
    }
    QList<QImage> take()
    {
        if (m_painter.isActive())
            m_painter.end();
        return std::move(m_images);
    }

private:
    void startImage()
    {
        m_images.append(QImage(m_size, QImage::Format_RGB32));
        m_images.last().fill(Qt::white);
        m_painter.begin(&m_images.last());
        m_painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        m_painter.scale(m_scale, m_scale);
        m_painter.translate(m_origin);
    }

    qreal m_scale = 1;
    QSize m_size;
    QPointF m_origin;
    QList<QImage> m_images;
    QPainter m_painter;
};

// Lays the report out on pages; without a sink it only counts them.
class Layout final
{
public:
    Layout(PageSink *sink, QSizeF page, int totalPages, QString header, QString footer)
        : m_sink(sink), m_p(sink ? sink->painter() : nullptr), m_page(page), m_total(totalPages),
          m_header(std::move(header)), m_footer(std::move(footer))
    {
        startPage();
    }

    [[nodiscard]] int pages() const { return m_number; }
    [[nodiscard]] qreal width() const { return m_page.width(); }

    void newPage()
    {
        if (m_sink) {
            m_sink->newPage();
            m_p = m_sink->painter();
        }
        startPage();
    }

    // Ensures `height` fits below the cursor, else starts a new page.
    void need(qreal height)
    {
        if (m_y + height > bottom())
            newPage();
    }

    void space(qreal height) { m_y += height; }

    void title(const QString &text, qreal points = 22)
    {
        text_(text, font(points, true), Ink, 10);
    }

    void heading(const QString &text)
    {
        need(80);
        space(8);
        text_(text, font(14, true), Ink, 4);
        if (m_p) {
            m_p->setPen(QPen(Rule, 1));
            m_p->drawLine(QPointF(0, m_y), QPointF(width(), m_y));
        }
        space(8);
    }

    void subheading(const QString &text)
    {
        need(60);
        space(4);
        text_(text, font(11, true), Ink, 4);
    }

    void paragraph(const QString &text, const QColor &color = Ink, qreal points = 9.5)
    {
        text_(text, font(points), color, 6);
    }

    // Label and value pairs, two columns.
    void facts(const QList<std::pair<QString, QString>> &facts)
    {
        const QFont labelFont = font(9.5, true);
        const QFont valueFont = font(9.5);
        const qreal line = QFontMetricsF(valueFont).height() + 3;
        for (const auto &[label, value] : facts) {
            need(line);
            if (m_p) {
                m_p->setPen(Muted);
                m_p->setFont(labelFont);
                m_p->drawText(QRectF(0, m_y, width() * 0.35, line), Qt::AlignLeft | Qt::AlignVCenter, label);
                m_p->setPen(Ink);
                m_p->setFont(valueFont);
                m_p->drawText(QRectF(width() * 0.35, m_y, width() * 0.65, line), Qt::AlignLeft | Qt::AlignVCenter, value);
            }
            m_y += line;
        }
        space(6);
    }

    // A table whose header row repeats on every page it continues on.
    void table(const QList<Column> &columns, const QList<QStringList> &rows, bool lastRowIsTotal = false)
    {
        const QFont bodyFont = font(9);
        const QFont headFont = font(9, true);
        const qreal rowHeight = QFontMetricsF(bodyFont).height() + 6;
        need(rowHeight * std::min<qsizetype>(3, rows.size() + 1));
        tableHeader(columns, headFont, rowHeight);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (m_y + rowHeight > bottom()) {
                newPage();
                tableHeader(columns, headFont, rowHeight);
            }
            const bool total = lastRowIsTotal && r == rows.size() - 1;
            if (m_p) {
                if (r % 2 == 1 && !total)
                    m_p->fillRect(QRectF(0, m_y, width(), rowHeight), Band);
                if (total) {
                    m_p->setPen(QPen(Ink, 1));
                    m_p->drawLine(QPointF(0, m_y), QPointF(width(), m_y));
                }
                m_p->setFont(total ? headFont : bodyFont);
                m_p->setPen(Ink);
                qreal x = 0;
                for (qsizetype c = 0; c < columns.size(); ++c) {
                    const qreal w = columns.at(c).width * width();
                    const QRectF cell(x + 4, m_y, w - 8, rowHeight);
                    const QString text = QFontMetricsF(m_p->font()).elidedText(rows.at(r).value(c), Qt::ElideMiddle, cell.width());
                    m_p->drawText(cell, (columns.at(c).right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
                    x += w;
                }
            }
            m_y += rowHeight;
        }
        space(10);
    }

    // Horizontal bars, one per entry, labelled with the exact amount.
    void barChart(const QList<std::pair<QString, Money>> &bars, const std::function<QString(Money)> &format)
    {
        const QFont labelFont = font(8.5);
        const qreal barHeight = QFontMetricsF(labelFont).height() + 6;
        Money largest;
        for (const auto &bar : bars)
            largest = std::max(largest, bar.second);
        const qreal labelWidth = width() * 0.28;
        const qreal amountWidth = width() * 0.18;
        const qreal plotWidth = width() - labelWidth - amountWidth;
        need(barHeight * std::min<qsizetype>(bars.size(), 6));
        for (const auto &[label, amount] : bars) {
            need(barHeight);
            if (m_p) {
                m_p->setFont(labelFont);
                m_p->setPen(Ink);
                const QRectF labelRect(0, m_y, labelWidth - 6, barHeight);
                m_p->drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                              QFontMetricsF(labelFont).elidedText(label, Qt::ElideMiddle, labelRect.width()));
                const qreal ratio = largest.isZero() || amount.isNegative() ? 0 : amount.toDouble() / largest.toDouble();
                m_p->fillRect(QRectF(labelWidth, m_y + 3, std::max(1.0, plotWidth * ratio), barHeight - 6), Bar);
                m_p->drawText(QRectF(labelWidth + plotWidth, m_y, amountWidth, barHeight), Qt::AlignRight | Qt::AlignVCenter,
                              format(amount));
            }
            m_y += barHeight;
        }
        space(10);
    }

private:
    [[nodiscard]] qreal bottom() const { return m_page.height() - 36; }

    void text_(const QString &text, const QFont &f, const QColor &color, qreal after)
    {
        const QFontMetricsF metrics(f);
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width(), 1e6), Qt::TextWordWrap, text);
        need(bounds.height());
        if (m_p) {
            m_p->setFont(f);
            m_p->setPen(color);
            m_p->drawText(QRectF(0, m_y, width(), bounds.height()), Qt::TextWordWrap | Qt::AlignLeft, text);
        }
        m_y += bounds.height() + after;
    }

    void tableHeader(const QList<Column> &columns, const QFont &f, qreal rowHeight)
    {
        if (m_p) {
            m_p->fillRect(QRectF(0, m_y, width(), rowHeight), Band.darker(108));
            m_p->setFont(f);
            m_p->setPen(Ink);
            qreal x = 0;
            for (const Column &column : columns) {
                const qreal w = column.width * width();
                m_p->drawText(QRectF(x + 4, m_y, w - 8, rowHeight),
                              (column.right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, column.title);
                x += w;
            }
        }
        m_y += rowHeight;
    }

    void startPage()
    {
        ++m_number;
        m_y = 40;
        if (!m_p)
            return;
        const QFont small = font(8);
        m_p->setFont(small);
        m_p->setPen(Muted);
        m_p->drawText(QRectF(0, 0, width(), 20), Qt::AlignLeft | Qt::AlignVCenter, m_header);
        m_p->setPen(QPen(Rule, 0.8));
        m_p->drawLine(QPointF(0, 22), QPointF(width(), 22));
        const QRectF footer(0, m_page.height() - 20, width(), 20);
        m_p->drawLine(QPointF(0, footer.top() - 2), QPointF(width(), footer.top() - 2));
        m_p->setPen(Muted);
        m_p->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                      ReportRenderer::tr("Page %1 of %2").arg(m_number).arg(m_total));
    }

    PageSink *m_sink;
    QPainter *m_p;
    QSizeF m_page;
    int m_total;
    QString m_header;
    QString m_footer;
    int m_number = 0;
    qreal m_y = 0;
};

QString percent(const QLocale &locale, double share)
{
    return Percent::fromShare(share, locale);
}

QString healthText(const BudgetStatus &status)
{
    return BudgetStatus::healthText(status.health);
}

void summaryOf(Layout &l, const ChargebackReport &r, const QLocale &locale);
void groupsOf(Layout &l, const ChargebackReport &r, const QLocale &locale, const QString &groupTitle);
void teamsOf(Layout &l, const ChargebackReport &r, const QLocale &locale);
void comparisonOf(Layout &l, const ChargebackReport &r, const QLocale &locale);
void unattributedOf(Layout &l, const ChargebackReport &r, const QLocale &locale);
void appendixOf(Layout &l, const ChargebackReport &r);

void layOut(Layout &l, const ChargebackReport &r, const ReportRenderer::Options &options)
{
    const QLocale &locale = options.locale;
    auto money = [&](Money m) { return m.format(locale, r.currency); };
    const QString groupTitle = r.groupBy == ChargebackReport::GroupBy::Team
        ? ReportRenderer::tr("Team")
        : r.groupBy == ChargebackReport::GroupBy::Project ? ReportRenderer::tr("Project") : ReportRenderer::tr("Model");
    auto name = [](const QString &n) { return ChargebackReport::displayName(n); };
    const ReportRenderer::Sections sections = options.sections;

    // Cover.
    l.space(120);
    l.title(ReportRenderer::tr("Chargeback report"), 26);
    l.title(r.period.label(), 16);
    l.space(20);
    l.facts({
        {ReportRenderer::tr("Period"), ReportRenderer::tr("%1 to %2 (both included)")
                                           .arg(r.period.start.toString(Qt::ISODate), r.period.lastDay().toString(Qt::ISODate))},
        {ReportRenderer::tr("Account"), options.account.isEmpty() ? ReportRenderer::tr("(not recorded)") : options.account},
        {ReportRenderer::tr("Generated"), r.generated.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)},
        {ReportRenderer::tr("Data through"), r.dataLastDay.isValid() ? r.dataLastDay.toString(Qt::ISODate) : ReportRenderer::tr("no data")},
        {ReportRenderer::tr("Last sync"), r.lastSync.isValid() ? r.lastSync.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)
                                                               : ReportRenderer::tr("unknown")},
        {ReportRenderer::tr("Grouped by"), groupTitle},
        {ReportRenderer::tr("Period total"), money(r.total)},
    });
    if (!r.selectedTeams.isEmpty() && sections.testFlag(ReportRenderer::Section::TeamSections)) {
        QStringList teams;
        for (const QString &team : r.selectedTeams)
            teams.append(name(team));
        l.paragraph(ReportRenderer::tr("Team sections are included for these teams only: %1. The period total and the "
                                       "other sections cover all teams.")
                        .arg(locale.createSeparatedList(teams)),
                    Muted);
    }
    if (r.partial)
        l.paragraph(ReportRenderer::tr("The period runs past the last day with data: figures are to date."), Muted);

    if (sections & (ReportRenderer::Section::Summary | ReportRenderer::Section::SpendByGroup))
        l.newPage();
    if (sections.testFlag(ReportRenderer::Section::Summary))
        summaryOf(l, r, locale);
    if (sections.testFlag(ReportRenderer::Section::SpendByGroup))
        groupsOf(l, r, locale, groupTitle);
    if (sections.testFlag(ReportRenderer::Section::TeamSections))
        teamsOf(l, r, locale);
    if (sections & (ReportRenderer::Section::ModelComparison | ReportRenderer::Section::UnattributedSpend | ReportRenderer::Section::Appendix))
        l.newPage();
    if (sections.testFlag(ReportRenderer::Section::ModelComparison))
        comparisonOf(l, r, locale);
    if (sections.testFlag(ReportRenderer::Section::UnattributedSpend))
        unattributedOf(l, r, locale);
    if (sections.testFlag(ReportRenderer::Section::Appendix))
        appendixOf(l, r);
}

void summaryOf(Layout &l, const ChargebackReport &r, const QLocale &locale)
{
    auto money = [&](Money m) { return m.format(locale, r.currency); };
    auto name = [](const QString &n) { return ChargebackReport::displayName(n); };
    l.heading(ReportRenderer::tr("Executive summary"));
    QList<std::pair<QString, QString>> summary = {
        {ReportRenderer::tr("Period total"), money(r.total)},
        {ReportRenderer::tr("Groups"), locale.toString(r.groups.size())},
    };
    if (!r.groups.isEmpty())
        summary.append({ReportRenderer::tr("Largest group"),
                        ReportRenderer::tr("%1: %2 (%3)").arg(name(r.groups.constFirst().name), money(r.groups.constFirst().amount),
                                                              percent(locale, r.groups.constFirst().share))});
    summary.append({ReportRenderer::tr("Unattributed spend"), ReportRenderer::tr("%1 (%2)").arg(money(r.unattributedSpend()),
                                                                                               percent(locale, r.unattributedSpend().ratioTo(r.total)))});
    summary.append({ReportRenderer::tr("Findings"), locale.toString(r.findings.size())});
    summary.append({ReportRenderer::tr("Estimated savings a month"), money(r.findingsMonthlySavings)});
    l.facts(summary);
}

void groupsOf(Layout &l, const ChargebackReport &r, const QLocale &locale, const QString &groupTitle)
{
    auto money = [&](Money m) { return m.format(locale, r.currency); };
    auto name = [](const QString &n) { return ChargebackReport::displayName(n); };
    // Whole headings, not "Spend by %1": languages inflect or capitalise the group's name.
    switch (r.groupBy) {
    case ChargebackReport::GroupBy::Team:
        l.heading(ReportRenderer::tr("Spend by team"));
        break;
    case ChargebackReport::GroupBy::Project:
        l.heading(ReportRenderer::tr("Spend by project"));
        break;
    case ChargebackReport::GroupBy::Model:
        l.heading(ReportRenderer::tr("Spend by model"));
        break;
    }
    QList<std::pair<QString, Money>> bars;
    for (const auto &g : r.groups.mid(0, 15))
        bars.append({name(g.name), g.amount});
    l.barChart(bars, money);
    QList<QStringList> rows;
    for (const auto &g : r.groups)
        rows.append({name(g.name), money(g.amount), percent(locale, g.share)});
    rows.append({ReportRenderer::tr("Total"), money(r.total), percent(locale, r.total.isZero() ? 0 : 1)});
    l.table({{groupTitle, 0.6}, {ReportRenderer::tr("Amount"), 0.25, true}, {ReportRenderer::tr("Share"), 0.15, true}}, rows, true);
}

void teamsOf(Layout &l, const ChargebackReport &r, const QLocale &locale)
{
    auto money = [&](Money m) { return m.format(locale, r.currency); };
    auto name = [](const QString &n) { return ChargebackReport::displayName(n); };
    for (const ChargebackReport::TeamSection &team : r.teams) {
        l.newPage();
        l.heading(ReportRenderer::tr("Team: %1").arg(name(team.team)));
        l.facts({{ReportRenderer::tr("Billed to the team tag"), ReportRenderer::tr("%1 (%2 of the total)").arg(money(team.billed), percent(locale, team.share))},
                 {ReportRenderer::tr("Projects the team owns now"), money(team.ownedTotal)}});
        if (!team.projects.isEmpty()) {
            l.subheading(ReportRenderer::tr("Projects owned now"));
            QList<QStringList> projectRows;
            for (const auto &p : team.projects)
                projectRows.append({name(p.name), money(p.amount), percent(locale, p.share)});
            l.table({{ReportRenderer::tr("Project"), 0.6}, {ReportRenderer::tr("Amount"), 0.25, true}, {ReportRenderer::tr("Share"), 0.15, true}}, projectRows);
            l.subheading(ReportRenderer::tr("Models of these projects"));
            QList<QStringList> modelRows;
            for (const auto &m : team.models)
                modelRows.append({m.name, money(m.amount), percent(locale, m.share)});
            l.table({{ReportRenderer::tr("Model"), 0.6}, {ReportRenderer::tr("Amount"), 0.25, true}, {ReportRenderer::tr("Share"), 0.15, true}}, modelRows);
        }
        if (!team.budgets.isEmpty()) {
            l.subheading(ReportRenderer::tr("Budgets"));
            QList<QStringList> budgetRows;
            for (const BudgetStatus &b : team.budgets)
                budgetRows.append({b.name, b.hasLimit() ? money(b.limit) : QString(), money(b.actual), healthText(b)});
            l.table({{ReportRenderer::tr("Budget"), 0.4}, {ReportRenderer::tr("Limit"), 0.2, true}, {ReportRenderer::tr("Actual"), 0.2, true},
                     {ReportRenderer::tr("Status"), 0.2}}, budgetRows);
        }
        if (!team.findings.isEmpty()) {
            l.subheading(ReportRenderer::tr("Findings"));
            for (const WasteFinding &f : team.findings) {
                l.paragraph(f.title, Ink, 9.5);
                l.paragraph(f.evidence, Muted, 8.5);
            }
        }
    }
}

void comparisonOf(Layout &l, const ChargebackReport &r, const QLocale &locale)
{
    auto money = [&](Money m) { return m.format(locale, r.currency); };
    l.heading(ReportRenderer::tr("Model comparison"));
    l.paragraph(ReportRenderer::tr("The period's token mix (%1 as billed) priced on the cheapest catalog models.").arg(money(r.mixActualCost)));
    QList<QStringList> quoteRows;
    for (const Repricer::Quote &q : r.comparison)
        quoteRows.append({q.name.isEmpty() ? q.modelId : q.name, q.provider, money(q.cost), money(q.difference)});
    l.table({{ReportRenderer::tr("Model"), 0.4}, {ReportRenderer::tr("Provider"), 0.2}, {ReportRenderer::tr("Cost"), 0.2, true},
             {ReportRenderer::tr("Difference"), 0.2, true}}, quoteRows);
}

void unattributedOf(Layout &l, const ChargebackReport &r, const QLocale &locale)
{
    auto money = [&](Money m) { return m.format(locale, r.currency); };
    l.heading(ReportRenderer::tr("Unattributed spend"));
    l.facts({{ReportRenderer::tr("Without a project tag"), money(r.untaggedProjectSpend)},
             {ReportRenderer::tr("In the default project"), money(r.defaultProjectSpend)},
             {ReportRenderer::tr("Unattributed to a project"), money(r.unattributedSpend())},
             {ReportRenderer::tr("Without a team tag"), money(r.untaggedTeamSpend)}});
}

void appendixOf(Layout &l, const ChargebackReport &r)
{
    l.heading(ReportRenderer::tr("Appendix"));
    l.subheading(ReportRenderer::tr("Method"));
    l.paragraph(ReportRenderer::tr("Amounts are Cost Explorer's unblended cost of the Bedrock services, summed exactly from the "
                                   "local cache. Team totals group by the team tag (%1) as billed; project and model figures "
                                   "group by the project tag (%2), and team sections list the projects each team owns today.")
                    .arg(r.teamTagKey, r.projectTagKey));
    l.subheading(ReportRenderer::tr("Price catalog"));
    l.paragraph(ReportRenderer::tr("Model comparison and findings use the price catalog as of %1.")
                    .arg(r.catalogAsOf.isValid() ? r.catalogAsOf.toString(Qt::ISODate) : ReportRenderer::tr("an unknown date")));
    l.subheading(ReportRenderer::tr("Cost Explorer notes"));
    l.paragraph(ReportRenderer::tr("Cost Explorer data can change for up to 24 hours after the day and until the month's "
                                   "invoice is final. Older months are stored as monthly totals, so periods reaching them "
                                   "cover whole months. Untagged spend is shown as (untagged)."));
}

QString headerOf(const ChargebackReport &report)
{
    return ReportRenderer::tr("Spendscope chargeback report · %1").arg(report.period.label());
}

QString footerOf(const ChargebackReport &report)
{
    return ReportRenderer::tr("Generated %1").arg(report.generated.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
}

// Lays the report out twice on `sink`: first to count the pages, then to paint them.
int paint(PageSink *sink, const ChargebackReport &report, const ReportRenderer::Options &options)
{
    const QSizeF page = printableSize();
    Layout count(nullptr, page, 0, headerOf(report), footerOf(report));
    layOut(count, report, options);
    Layout painted(sink, page, count.pages(), headerOf(report), footerOf(report));
    layOut(painted, report, options);
    return painted.pages();
}

} // namespace

bool ReportRenderer::renderPdf(const ChargebackReport &report, const Options &options, QIODevice *device, QString *error,
                               int *pages)
{
    QPdfWriter writer(device);
    writer.setResolution(int(Dpi));
    writer.setPageLayout(pageLayout());
    writer.setTitle(tr("Chargeback report %1").arg(report.period.label()));
    writer.setCreator(QCoreApplication::applicationName());
    PdfSink sink(&writer);
    if (!sink.begin()) {
        if (error)
            *error = tr("cannot start the PDF");
        return false;
    }
    const int painted = paint(&sink, report, options);
    sink.end();
    if (pages)
        *pages = painted;
    if (device->pos() == 0) {
        if (error)
            *error = tr("the PDF could not be written");
        return false;
    }
    return true;
}

QList<QImage> ReportRenderer::renderPages(const ChargebackReport &report, const Options &options, int widthPx)
{
    if (widthPx <= 0)
        return {};
    ImageSink sink(widthPx);
    paint(&sink, report, options);
    return sink.take();
}

} // namespace Spendscope
