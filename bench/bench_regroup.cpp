// SPDX-License-Identifier: GPL-3.0-or-later
// Regrouping latency on the Costs page as the user sees it: from the key press that changes the
// grouping to the moment the table and the time chart have both repainted with the new result.
// The page runs as in the app (a Workspace loaded from a synced cache, the cube queried on the
// thread pool); bench/run gives it a default-scale and a large-scale cache.
//
// Usage: bench_regroup --cache FILE [--runs N]
// Prints: regroup rows=R runs=N median_ms=M p90_ms=P max_ms=X gui_max_block_ms=B
#include "costspage.h"
#include "navigator.h"

#include "aws/inmemorysecretstore.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGraphicsView>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

// Remembers when one widget last painted, on a shared clock.
class PaintWatch final : public QObject
{
public:
    PaintWatch(QWidget *widget, const QElapsedTimer &clock)
        : m_clock(clock)
    {
        widget->installEventFilter(this);
    }
    [[nodiscard]] qint64 lastPaint() const { return m_lastPaint; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_lastPaint = m_clock.nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    qint64 m_lastPaint = -1;
};

// The longest gap between ticks of a 5 ms timer on the GUI thread: how long it was blocked.
class BlockWatch final : public QObject
{
public:
    BlockWatch()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_maxGap = std::max(m_maxGap, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    [[nodiscard]] double maxBlockMs() const { return m_maxGap > 0 ? (m_maxGap - 5'000'000) / 1e6 : 0.0; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SpendscopeBench"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cacheOption(u"cache"_s, u"The synced cost cache to load."_s, u"FILE"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Regroupings to time."_s, u"N"_s, u"15"_s);
    parser.addOptions({cacheOption, runsOption});
    parser.process(app);
    const QFileInfo cache(parser.value(cacheOption));
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (!cache.isFile()) {
        std::fprintf(stderr, "bench_regroup: no cache at %s\n", qPrintable(cache.filePath()));
        return 1;
    }

    QNetworkAccessManager network;
    InMemorySecretStore secrets;
    Workspace workspace(&network, &secrets);
    workspace.setCacheDirectory(cache.absolutePath());
    Profile profile;
    profile.id = cache.completeBaseName();
    profile.name = profile.id;
    profile.kind = Profile::Kind::Sandbox;
    EndpointConfig config;
    config.endpointUrl = QUrl(u"http://127.0.0.1:9"_s); // never contacted: the page reads the cache
    Navigator navigator;
    CostsPage page(&workspace, &navigator);
    page.resize(1400, 900);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) {
        std::fprintf(stderr, "bench_regroup: the window was not exposed\n");
        return 1;
    }

    QEventLoop loop;
    QObject::connect(&page, &CostsPage::refreshed, &loop, &QEventLoop::quit);
    QTimer::singleShot(300'000, &loop, &QEventLoop::quit);
    workspace.connectResolved(profile, AwsCredentials(), config);
    while (workspace.costData().byProject->rowCount() == 0 || workspace.isLoading()) {
        loop.exec();
        if (!workspace.isLoading() && workspace.costData().byProject->rowCount() == 0) {
            std::fprintf(stderr, "bench_regroup: the cache holds no cost data\n");
            return 1;
        }
    }
    QTest::qWait(500); // the first result after loading

    auto *combo = page.findChild<QComboBox *>(u"groupByCombo"_s);
    auto *table = page.findChild<QAbstractItemView *>(u"pivotTable"_s);
    auto *chart = page.findChild<QGraphicsView *>(u"timeChart"_s);
    if (!combo || !table || !chart || combo->count() < 2) {
        std::fprintf(stderr, "bench_regroup: the Costs page lacks groupByCombo, pivotTable or timeChart\n");
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    PaintWatch tablePaints(table->viewport(), clock);
    PaintWatch chartPaints(chart->viewport(), clock);
    BlockWatch blocks;
    blocks.start();

    QList<double> latencies;
    qint64 refreshedAt = -1;
    QObject::connect(&page, &CostsPage::refreshed, &page, [&] { refreshedAt = clock.nsecsElapsed(); });
    combo->setFocus();
    for (int run = 0; run < runs; ++run) {
        // Walk down the groupings and back up, so every one is timed.
        const bool down = (run / (combo->count() - 1)) % 2 == 0;
        refreshedAt = -1;
        const qint64 pressedAt = clock.nsecsElapsed();
        QTest::keyClick(combo, down ? Qt::Key_Down : Qt::Key_Up);
        // Done when the new result is in and both views have painted since.
        const auto repainted = [&] {
            return refreshedAt >= 0 && tablePaints.lastPaint() >= refreshedAt && chartPaints.lastPaint() >= refreshedAt;
        };
        while (!repainted() && clock.nsecsElapsed() - pressedAt < 60'000'000'000LL)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (!repainted()) {
            std::fprintf(stderr, "bench_regroup: no repainted result within 60 s\n");
            return 1;
        }
        latencies.append(double(std::max(tablePaints.lastPaint(), chartPaints.lastPaint()) - pressedAt) / 1e6);
        QTest::qWait(50);
    }
    std::printf("regroup rows=%lld runs=%d median_ms=%.1f p90_ms=%.1f max_ms=%.1f gui_max_block_ms=%.1f\n",
                static_cast<long long>(workspace.costData().byProject->rowCount()), runs,
                percentile(latencies, 0.5), percentile(latencies, 0.9), percentile(latencies, 1.0),
                blocks.maxBlockMs());
    return 0;
}
