// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QString>

#include <chrono>
#include <optional>

namespace Spendscope::Sandbox {

// Faults on demand, so that retry, resume and verify paths can be tested and measured:
// `throttle=0.2,error5xx=0.05,latency=150ms,reset=0.01`, each optionally for one service only:
// `ce:throttle=0.3,iam:error5xx=0.1`. Draws come from a seeded generator: the same seed and the
// same request order give the same faults.
class FaultInjector final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Sandbox::FaultInjector)
public:
    struct Rates
    {
        double throttle = 0;
        double error5xx = 0;
        double reset = 0;
        std::chrono::milliseconds latency{0};
    };

    enum class Fault {
        None,
        Throttle,
        ServerError,
        Reset,
    };

    FaultInjector() = default;
    // Parses a spec; on error returns nullopt and sets *error to a translated message.
    [[nodiscard]] static std::optional<FaultInjector> parse(const QString &spec, QString *error = nullptr);

    void setSeed(quint64 seed) { m_random.seed(static_cast<quint32>(seed ^ (seed >> 32))); }
    [[nodiscard]] bool isEmpty() const { return m_all.throttle == 0 && m_all.error5xx == 0 && m_all.reset == 0
                                                && m_all.latency.count() == 0 && m_perService.isEmpty(); }
    [[nodiscard]] Rates ratesFor(const QString &service) const { return m_perService.value(service, m_all); }
    // Draws the fault for one request to `service`.
    [[nodiscard]] Fault draw(const QString &service);
    [[nodiscard]] std::chrono::milliseconds latencyFor(const QString &service) const { return ratesFor(service).latency; }
    [[nodiscard]] QString toString() const;

private:
    Rates m_all;
    QHash<QString, Rates> m_perService;
    QRandomGenerator m_random{20261127u};
};

} // namespace Spendscope::Sandbox
