// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costdata.h"
#include "aws/concurrentjob.h"
#include "domain/pricecatalog.h"
#include "store/syncsettings.h"

#include <optional>

namespace Spendscope {

// What LoadCostDataJob's worker hands back: the data, or the reason there is none.
struct CostDataLoad
{
    std::optional<CostData> data;
    QString notice; // set when the cache had to be recreated
    QString error;
};

// Loads a profile's cost cache into CostData on a worker thread (CostDataLoader) and hands it to
// the thread that owns the job, so that opening a cache of millions of rows never blocks the GUI.
// The worker opens its own connection to the file (Qt SQL connections belong to one thread);
// with WAL it reads while a sync writes elsewhere. A damaged cache is moved aside by the open, as
// CostCache does, and notice() tells the user.
class LoadCostDataJob final : public ConcurrentJob<CostDataLoad>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadCostDataJob)
public:
    LoadCostDataJob(QString cacheFile, SyncSettings settings, PriceCatalog catalog, QObject *parent = nullptr);
    ~LoadCostDataJob() override;

    // Valid after a successful finish.
    [[nodiscard]] const CostData &data() const { return m_data; }
    [[nodiscard]] CostData takeData();
    // Set when the cache had to be recreated: what happened, for the user.
    [[nodiscard]] const QString &notice() const { return m_notice; }

protected:
    void run() override;
    // A load that failed ends with an error; the data is kept in data(), not in result().
    void complete(CostDataLoad &&outcome) override;

private:
    // data(), takeData() and notice() are the interface; the raw outcome stays inside.
    using ConcurrentJob::result;
    using ConcurrentJob::takeResult;

    QString m_cacheFile;
    SyncSettings m_settings;
    PriceCatalog m_catalog;
    CostData m_data;
    QString m_notice;
};

} // namespace Spendscope
