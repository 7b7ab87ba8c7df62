// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organisation.h"

#include <QDate>

namespace Spendscope {
class PriceCatalog;
}

namespace Spendscope::Sandbox {

class Ledger;

// Generates the sandbox account's organisation and its usage history, deterministically: the
// same seed, scale, today and catalog give byte-identical ledgers. 13 months of daily usage end
// today, with growth, weekly seasonality, a few anomalies, waste patterns (premium models on
// short simple traffic, repetitive prompts without cache reads), untagged default-project
// traffic, inconsistent and missing tags, a tag key renamed mid-history and one not activated.
class OrganisationGenerator final
{
public:
    struct Options
    {
        quint64 seed = 42;
        Organisation::Scale scale = Organisation::Scale::Default;
        QDate today; // invalid: the current UTC date
        int months = 13;
    };

    OrganisationGenerator(const Options &options, const PriceCatalog &catalog);

    // The organisation only (fast: no usage rows).
    [[nodiscard]] Organisation organisation() const;
    // The organisation and its usage history, appended to `ledger` (which should be empty).
    Organisation generate(Ledger &ledger) const;

private:
    Options m_options;
    const PriceCatalog &m_catalog;
};

} // namespace Spendscope::Sandbox
