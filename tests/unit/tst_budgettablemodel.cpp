// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/budgetfilter.h"
#include "items/budgettablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

const QDate Today(2026, 4, 10); // ten days into a 30-day month

Money usd(const char *text)
{
    return Money::parse(QByteArrayView(text)).value();
}

Budget budget(const QString &name, const char *limit, const char *actual, const char *forecast = nullptr)
{
    Budget b;
    b.name = name;
    if (limit)
        b.limit = Spend{usd(limit), u"USD"_s};
    b.actualSpend = Spend{usd(actual), u"USD"_s};
    if (forecast)
        b.forecastedSpend = Spend{usd(forecast), u"USD"_s};
    return b;
}

Notification alert(NotificationType type, double percent)
{
    Notification n;
    n.type = type;
    n.threshold = percent;
    return n;
}

} // namespace

class TestBudgetTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<BudgetTableModel>();
        m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void setBudgets_showsStatusPerColumn()
    {
        Budget team = budget(u"ml-platform"_s, "1000", "400", "1200");
        team.filterExpression = BudgetFilter::tagFilter(u"Team"_s, u"ml-platform"_s, {u"Amazon Bedrock"_s});
        Budget project = budget(u"search"_s, "500", "50");
        project.timeUnit = BudgetTimeUnit::Quarterly;
        project.filterExpression = BudgetFilter::tagFilter(u"Project"_s, QString());
        Budget open = budget(u"open"_s, nullptr, "10");
        const QHash<QString, QList<Notification>> notifications{
            {u"ml-platform"_s, {alert(NotificationType::Actual, 80), alert(NotificationType::Actual, 50),
                                alert(NotificationType::Forecasted, 100)}}};
        m_model->setBudgets({team, project, open}, notifications, Today);

        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(BudgetTableModel::ColumnCount));
        const auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
        const auto raw = [this](int row, int column) {
            return m_model->index(row, column).data(BudgetTableModel::RawValueRole);
        };
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(text(0, BudgetTableModel::NameColumn), u"ml-platform"_s);
        QCOMPARE(text(0, BudgetTableModel::FilterColumn), u"Team: ml-platform (Bedrock)"_s);
        QCOMPARE(text(1, BudgetTableModel::FilterColumn), u"Project: (untagged) (all services)"_s);
        QCOMPARE(text(2, BudgetTableModel::FilterColumn), u"All spend"_s);
        QCOMPARE(text(0, BudgetTableModel::PeriodColumn), u"Monthly"_s);
        QCOMPARE(text(1, BudgetTableModel::PeriodColumn), u"Quarterly"_s);
        QCOMPARE(text(0, BudgetTableModel::LimitColumn), usd("1000").format(en, u"USD"_s));
        QCOMPARE(text(0, BudgetTableModel::ActualColumn), usd("400").format(en, u"USD"_s));
        QCOMPARE(text(0, BudgetTableModel::ForecastColumn), usd("1200").format(en, u"USD"_s));
        QCOMPARE(text(1, BudgetTableModel::ForecastColumn), u"—"_s);
        QCOMPARE(text(0, BudgetTableModel::UsedColumn), u"40.0%"_s);
        QCOMPARE(text(0, BudgetTableModel::HealthColumn), u"At risk"_s);
        QCOMPARE(text(1, BudgetTableModel::HealthColumn), u"On track"_s);
        QCOMPARE(text(2, BudgetTableModel::HealthColumn), u"No limit"_s);
        QCOMPARE(text(2, BudgetTableModel::LimitColumn), u"No limit"_s);
        // 400 in 10 days: 1000 on day 25.
        QCOMPARE(text(0, BudgetTableModel::RunOutColumn), en.toString(QDate(2026, 4, 25), QLocale::ShortFormat));
        QCOMPARE(text(1, BudgetTableModel::RunOutColumn), u"Not this period"_s);
        QCOMPARE(text(2, BudgetTableModel::RunOutColumn), u"—"_s);
        QCOMPARE(text(0, BudgetTableModel::AlertsColumn), u"Actual 50%, 80% · Forecast 100%"_s);
        QCOMPARE(text(1, BudgetTableModel::AlertsColumn), QString());

        QCOMPARE(raw(0, BudgetTableModel::LimitColumn).toLongLong(), usd("1000").nanos());
        QCOMPARE(raw(0, BudgetTableModel::ActualColumn).toLongLong(), usd("400").nanos());
        QVERIFY(!raw(1, BudgetTableModel::ForecastColumn).isValid());
        QVERIFY(!raw(2, BudgetTableModel::LimitColumn).isValid());
        QCOMPARE(raw(0, BudgetTableModel::UsedColumn).toDouble(), 40.0);
        QCOMPARE(raw(0, BudgetTableModel::RunOutColumn).toDate(), QDate(2026, 4, 25));
        QCOMPARE(raw(0, BudgetTableModel::AlertsColumn).toInt(), 3);
        QCOMPARE(m_model->index(0, 0).data(BudgetTableModel::HealthRole).toInt(), int(BudgetStatus::Health::AtRisk));
        QCOMPARE(m_model->index(1, 3).data(BudgetTableModel::NameRole).toString(), u"search"_s);
        QCOMPARE(m_model->status(0).actual, usd("400"));
        QCOMPARE(m_model->budget(1).name, u"search"_s);
        QCOMPARE(m_model->rowForName(u"open"_s), 2);
        QCOMPARE(m_model->rowForName(u"nope"_s), -1);
        QVERIFY(m_model->index(0, BudgetTableModel::RunOutColumn).data(Qt::ToolTipRole).toString().contains(
            usd("40").format(en, u"USD"_s)));
        QCOMPARE(m_model->headerData(BudgetTableModel::RunOutColumn, Qt::Horizontal).toString(), u"Runs out"_s);
    }

    void setBudgets_updatesInPlace()
    {
        m_model->setBudgets({budget(u"a"_s, "100", "10"), budget(u"b"_s, "100", "20"), budget(u"c"_s, "100", "30")}, {},
                            Today);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const QPersistentModelIndex c = m_model->index(2, 0);

        m_model->setBudgets({budget(u"a"_s, "100", "10"), budget(u"c"_s, "100", "150"), budget(u"d"_s, "50", "1")}, {},
                            Today);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().at(1).toInt(), 1); // "b"
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(c.isValid());
        QCOMPARE(c.row(), 1);
        QCOMPARE(c.data().toString(), u"c"_s);
        QCOMPARE(m_model->status(1).health, BudgetStatus::Health::Exceeded);
        QCOMPARE(m_model->budget(2).name, u"d"_s);

        m_model->setBudgets({}, {}, Today);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void rawValues_sortThroughProxy()
    {
        m_model->setBudgets({budget(u"a"_s, "100", "9.5"), budget(u"b"_s, "100", "100.25"), budget(u"c"_s, "100", "10")},
                            {}, Today);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(BudgetTableModel::RawValueRole);
        proxy.sort(BudgetTableModel::ActualColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"b"_s);
        QCOMPARE(proxy.index(1, 0).data().toString(), u"c"_s);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"a"_s);
        proxy.sort(BudgetTableModel::HealthColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"b"_s); // exceeded first
    }

    void tagKeys_changeFilterText()
    {
        Budget b = budget(u"a"_s, "100", "1");
        b.filterExpression = BudgetFilter::tagFilter(u"CostCenter"_s, u"42"_s);
        m_model->setBudgets({b}, {}, Today);
        QCOMPARE(m_model->filterText(0), u"Tag CostCenter: 42"_s);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setTagKeys(u"Project"_s, u"CostCenter"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->filterText(0), u"Team: 42 (all services)"_s);
    }

    void usageUnits_areNotCurrencies()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(BudgetTableModel::amountText(usd("1234.5"), u"GB"_s, en), u"1,234.50 GB"_s);
        QCOMPARE(BudgetTableModel::amountText(usd("1234.5"), u"USD"_s, en), usd("1234.5").format(en, u"USD"_s));
    }

private:
    std::unique_ptr<BudgetTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestBudgetTableModel)
#include "tst_budgettablemodel.moc"
