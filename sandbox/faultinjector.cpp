// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

std::optional<FaultInjector> FaultInjector::parse(const QString &spec, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<FaultInjector> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    FaultInjector injector;
    QHash<QString, QList<std::pair<QString, QString>>> perService;
    QList<std::pair<QString, QString>> global;
    for (const QString &rawItem : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return fail(tr("Fault \"%1\" is not of the form name=value.").arg(item));
        QString name = item.left(eq).trimmed();
        const QString value = item.mid(eq + 1).trimmed();
        QString service;
        if (const qsizetype colon = name.indexOf(u':'); colon >= 0) {
            service = name.left(colon);
            name = name.mid(colon + 1);
            static const QStringList services = {u"bedrock-mantle"_s, u"ce"_s, u"budgets"_s, u"iam"_s, u"sts"_s};
            if (!services.contains(service))
                return fail(tr("Unknown service \"%1\" in fault \"%2\".").arg(service, item));
        }
        (service.isEmpty() ? global : perService[service]).append({name, value});
    }

    auto apply = [&](Rates &rates, const QList<std::pair<QString, QString>> &items) -> QString {
        for (const auto &[name, value] : items) {
            if (name == u"latency") {
                QString number = value;
                if (number.endsWith(u"ms"))
                    number.chop(2);
                bool ok = false;
                const int ms = number.toInt(&ok);
                if (!ok || ms < 0 || ms > 60000)
                    return tr("Latency \"%1\" must be between 0ms and 60000ms.").arg(value);
                rates.latency = std::chrono::milliseconds(ms);
                continue;
            }
            bool ok = false;
            const double p = value.toDouble(&ok);
            if (!ok || p < 0 || p > 1)
                return tr("Fault rate \"%1\" for %2 must be a number from 0 to 1.").arg(value, name);
            if (name == u"throttle")
                rates.throttle = p;
            else if (name == u"error5xx")
                rates.error5xx = p;
            else if (name == u"reset")
                rates.reset = p;
            else
                return tr("Unknown fault \"%1\"; use throttle, error5xx, reset or latency.").arg(name);
        }
        return {};
    };
    if (const QString e = apply(injector.m_all, global); !e.isEmpty())
        return fail(e);
    for (auto it = perService.cbegin(); it != perService.cend(); ++it) {
        Rates rates = injector.m_all;
        if (const QString e = apply(rates, it.value()); !e.isEmpty())
            return fail(e);
        injector.m_perService.insert(it.key(), rates);
    }
    return injector;
}

FaultInjector::Fault FaultInjector::draw(const QString &service)
{
    const Rates rates = ratesFor(service);
    if (rates.throttle == 0 && rates.error5xx == 0 && rates.reset == 0)
        return Fault::None;
    const double x = m_random.generateDouble();
    if (x < rates.reset)
        return Fault::Reset;
    if (x < rates.reset + rates.throttle)
        return Fault::Throttle;
    if (x < rates.reset + rates.throttle + rates.error5xx)
        return Fault::ServerError;
    return Fault::None;
}

QString FaultInjector::toString() const
{
    auto format = [](const Rates &r) {
        return u"throttle=%1,error5xx=%2,reset=%3,latency=%4ms"_s.arg(r.throttle).arg(r.error5xx).arg(r.reset).arg(
            r.latency.count());
    };
    QString s = format(m_all);
    for (auto it = m_perService.cbegin(); it != m_perService.cend(); ++it)
        s += u"; %1: %2"_s.arg(it.key(), format(it.value()));
    return s;
}

} // namespace Spendscope::Sandbox
