// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxaccount.h"

#include "budgetshandler.h"
#include "costexplorerhandler.h"
#include "iamhandler.h"
#include "mantlehandler.h"
#include "organisationgenerator.h"
#include "sandboxlogging.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "stshandler.h"

#include "domain/pricecatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

constexpr QStringView SeedKey = u"account.seed";
constexpr QStringView ScaleKey = u"account.scale";
constexpr QStringView TodayKey = u"account.today";
constexpr QStringView CostAllocationTagsCollection = u"ce.cost_allocation_tags";

// A handler whose requests are followed by a callback, so that state a handler keeps in memory
// (e.g. the cost allocation tags Cost Explorer updates) is saved without the handler knowing the store.
class ObservedHandler final : public ServiceHandler
{
public:
    ObservedHandler(std::unique_ptr<ServiceHandler> inner, std::function<void()> after)
        : m_inner(std::move(inner))
        , m_after(std::move(after))
    {
    }

    [[nodiscard]] QString service() const override { return m_inner->service(); }
    [[nodiscard]] WireProtocol protocol() const override { return m_inner->protocol(); }
    [[nodiscard]] HttpResponse handle(const SandboxRequest &request) override
    {
        HttpResponse response = m_inner->handle(request);
        m_after();
        return response;
    }

private:
    std::unique_ptr<ServiceHandler> m_inner;
    std::function<void()> m_after;
};

// `length` characters of `alphabet`, drawn from a hash of the seed and what they are for.
QString derive(quint64 seed, QByteArrayView purpose, QByteArrayView alphabet, int length)
{
    QByteArray pool;
    for (int block = 0; pool.size() < length; ++block) {
        const QByteArray input = "spendscope-sandbox/" + purpose.toByteArray() + '/' + QByteArray::number(seed) + '/'
            + QByteArray::number(block);
        pool += QCryptographicHash::hash(input, QCryptographicHash::Sha512);
    }
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet.at(quint8(pool.at(i)) % alphabet.size()));
    return out;
}

QString dateText(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

} // namespace

SandboxAccount::SandboxAccount(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

SandboxAccount::~SandboxAccount()
{
    // The handlers refer to the ledger, organisation and store: the server goes first.
    delete m_server;
    m_server = nullptr;
}

SandboxAccount::Connection SandboxAccount::credentialsForSeed(quint64 seed, const QString &accountId)
{
    Connection c;
    c.region = Region.toString();
    c.accountId = accountId;
    c.userName = UserName.toString();
    // The shapes of real keys: AKIA + 16 base-32 characters, a 40-character secret, and a
    // long-term Bedrock API key ("ABSK" + base64 of "BedrockAPIKey-<id>-at-<account>:<secret>").
    c.accessKeyId = u"AKIA"_s + derive(seed, "access-key-id", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
    c.secretAccessKey =
        derive(seed, "secret-access-key", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40);
    const QString keyMaterial = u"BedrockAPIKey-"_s + derive(seed, "api-key-id", "abcdefghijklmnopqrstuvwxyz0123456789", 8)
        + u"-at-"_s + accountId + u':'
        + derive(seed, "api-key-secret", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40);
    c.apiKey = u"ABSK"_s + QString::fromLatin1(keyMaterial.toUtf8().toBase64());
    return c;
}

bool SandboxAccount::openState(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QString reason;
    m_store = m_options.dataDirectory.isEmpty() ? SandboxStore::openInMemory(&reason)
                                                : SandboxStore::open(m_options.dataDirectory, m_options.reset, &reason);
    if (!m_store)
        return fail(reason);

    const QString shownDir = QDir::toNativeSeparators(m_options.dataDirectory);
    if (m_store->isNew()) {
        m_seed = m_options.seed.value_or(DefaultSeed);
        m_scale = m_options.scale.value_or(Organisation::Scale::Default);
        m_today = m_options.today.isValid() ? m_options.today : QDateTime::currentDateTimeUtc().date();
        SandboxStore::Transaction transaction(*m_store);
        m_store->setValue(SeedKey.toString(), QString::number(m_seed));
        m_store->setValue(ScaleKey.toString(), Organisation::scaleName(m_scale));
        m_store->setValue(TodayKey.toString(), dateText(m_today));
        if (!transaction.commit())
            return fail(tr("Cannot write the sandbox data file (%1).").arg(m_store->lastError()));
        return true;
    }

    // An existing account keeps what it was generated with, so that its history stays the same.
    bool ok = false;
    m_seed = m_store->value(SeedKey.toString()).value_or(QString()).toULongLong(&ok);
    const std::optional<Organisation::Scale> scale =
        Organisation::scaleFromName(m_store->value(ScaleKey.toString()).value_or(QString()));
    m_today = QDate::fromString(m_store->value(TodayKey.toString()).value_or(QString()), Qt::ISODate);
    if (!ok || !scale || !m_today.isValid())
        return fail(tr("The sandbox data in %1 does not say how its account was generated. Start afresh with --reset.")
                        .arg(shownDir));
    m_scale = *scale;
    if (m_options.seed && *m_options.seed != m_seed) {
        return fail(tr("The sandbox data in %1 was generated with seed %2; use --seed %2 or start afresh with --reset.")
                        .arg(shownDir)
                        .arg(m_seed));
    }
    if (m_options.scale && *m_options.scale != m_scale) {
        return fail(tr("The sandbox data in %1 was generated at scale %2; use --scale %2 or start afresh with --reset.")
                        .arg(shownDir, Organisation::scaleName(m_scale)));
    }
    return true;
}

bool SandboxAccount::start(QString *error)
{
    if (m_running)
        return true;
    if (startAccount(error))
        return true;
    // Nothing half-started stays behind: above all, the data directory's lock is released.
    delete m_server;
    m_server = nullptr;
    m_mantle = nullptr;
    m_store.reset();
    m_ledger.clear();
    return false;
}

bool SandboxAccount::startAccount(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!openState(error))
        return false;

    // The organisation and its history are regenerated at every start (deterministic, so the same
    // as before); only what changed since (projects, tags, settings, live usage) is stored.
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    if (catalog.isEmpty())
        return fail(tr("The built-in model price catalog is missing or empty."));
    OrganisationGenerator::Options generatorOptions;
    generatorOptions.seed = m_seed;
    generatorOptions.scale = m_scale;
    generatorOptions.today = m_today;
    m_ledger.clear();
    m_organisation = OrganisationGenerator(generatorOptions, catalog).generate(m_ledger);
    restoreCostAllocationTags();

    m_connection = credentialsForSeed(m_seed, m_organisation.accountId);
    if (!m_organisation.region.isEmpty())
        m_connection.region = m_organisation.region;

    SandboxServer::Credentials credentials{m_connection.accessKeyId, m_connection.secretAccessKey,
                                           m_connection.apiKey};
    m_server = new SandboxServer(credentials, this);
    FaultInjector faults = m_options.faults;
    faults.setSeed(m_seed);
    m_server->setFaults(faults);
    if (m_options.clock)
        m_server->setClock(m_options.clock);

    MantleHandler::Account mantleAccount;
    mantleAccount.accountId = m_connection.accountId;
    mantleAccount.region = m_connection.region;
    mantleAccount.seed = m_seed;
    mantleAccount.createdAt = QDateTime(m_organisation.firstDay.isValid() ? m_organisation.firstDay : m_today,
                                        QTime(0, 0), Qt::UTC);
    auto mantle = std::make_unique<MantleHandler>(*m_store, m_ledger, catalog, mantleAccount);
    // Tag keys seen on live usage become cost allocation tags (inactive until activated), as on AWS.
    mantle->setUsageObserver([this](const MantleHandler::Usage &usage) {
        for (auto it = usage.tags.cbegin(); it != usage.tags.cend(); ++it)
            m_organisation.costAllocationTags.addKey(it.key());
        saveCostAllocationTags();
    });
    QString reason;
    if (!mantle->load(&m_organisation, &reason))
        return fail(reason);
    m_mantle = mantle.get();

    auto budgets = std::make_unique<BudgetsHandler>(
        *m_store, m_ledger, m_organisation.costAllocationTags,
        BudgetsHandler::Account{m_connection.accountId, m_organisation.accountName, m_connection.userName});
    if (!budgets->load(&reason))
        return fail(reason);
    auto iam = std::make_unique<IamHandler>(*m_store, IamHandler::Account{m_connection.accountId, m_connection.userName});
    const QDateTime now = m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
    if (!iam->load(&m_organisation, now, &reason))
        return fail(reason);

    // One line per service; handlers with state of their own keep it in the store.
    addHandler(std::make_unique<StsHandler>(m_connection.accountId, m_connection.userName));
    addHandler(std::move(mantle));
    auto costExplorer = std::make_unique<CostExplorerHandler>(m_ledger, m_organisation.costAllocationTags,
                                                              m_connection.accountId, m_organisation.accountName);
    if (m_options.costExplorerPageSize > 0)
        costExplorer->setPageSize(m_options.costExplorerPageSize);
    addHandler(std::make_unique<ObservedHandler>(std::move(costExplorer), [this] { saveCostAllocationTags(); }));
    addHandler(std::move(budgets));
    addHandler(std::move(iam));

    const quint16 port = m_server->listenOnLoopback(m_options.port);
    if (port == 0) {
        return fail(m_options.port == 0
                        ? tr("Cannot listen on 127.0.0.1.")
                        : tr("Cannot listen on 127.0.0.1:%1; is the port in use?").arg(m_options.port));
    }
    m_connection.endpointUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_running = true;
    qCDebug(lcSandbox) << "sandbox account" << m_connection.accountId << "listening on"
                      << m_connection.endpointUrl.toString() << "with" << m_ledger.rowCount() << "usage rows";
    return true;
}

void SandboxAccount::addHandler(std::unique_ptr<ServiceHandler> handler)
{
    m_server->addHandler(std::move(handler));
}

QStringList SandboxAccount::shellExports() const
{
    const Connection &c = m_connection;
    return {
        u"export AWS_ENDPOINT_URL=%1"_s.arg(c.endpointUrl.toString()),
        u"export AWS_ACCESS_KEY_ID=%1"_s.arg(c.accessKeyId),
        u"export AWS_SECRET_ACCESS_KEY=%1"_s.arg(c.secretAccessKey),
        u"export AWS_REGION=%1"_s.arg(c.region),
        // AWS CLI v1 and boto3 read the region from AWS_DEFAULT_REGION only.
        u"export AWS_DEFAULT_REGION=%1"_s.arg(c.region),
        u"export AWS_BEARER_TOKEN_BEDROCK=%1"_s.arg(c.apiKey),
    };
}

// Cost allocation tags

void SandboxAccount::restoreCostAllocationTags()
{
    CostAllocationTags &tags = m_organisation.costAllocationTags;
    for (const SandboxStore::Document &document : m_store->documents(CostAllocationTagsCollection.toString())) {
        CostAllocationTags::Key key;
        key.key = document.key;
        for (const QJsonValue &span : document.body.value(u"spans"_s).toArray()) {
            const QJsonObject object = span.toObject();
            CostAllocationTags::Span s{QDate::fromString(object.value(u"from"_s).toString(), Qt::ISODate),
                                       QDate::fromString(object.value(u"until"_s).toString(), Qt::ISODate)};
            if (s.from.isValid())
                key.spans.append(s);
        }
        key.lastUpdated = QDateTime::fromString(document.body.value(u"last_updated"_s).toString(), Qt::ISODate);
        tags.setKey(key);
    }
    m_savedTagsVersion = tags.version();
}

void SandboxAccount::saveCostAllocationTags()
{
    const CostAllocationTags &tags = m_organisation.costAllocationTags;
    if (tags.version() == m_savedTagsVersion)
        return;
    SandboxStore::Transaction transaction(*m_store);
    for (const CostAllocationTags::Key &key : tags.keys()) {
        QJsonArray spans;
        for (const CostAllocationTags::Span &span : key.spans)
            spans.append(QJsonObject{{u"from"_s, dateText(span.from)}, {u"until"_s, dateText(span.until)}});
        m_store->putDocument(CostAllocationTagsCollection.toString(), key.key,
                             QJsonObject{{u"spans"_s, spans},
                                         {u"last_updated"_s, key.lastUpdated.isValid()
                                                                 ? key.lastUpdated.toString(Qt::ISODate)
                                                                 : QString()}});
    }
    if (transaction.commit())
        m_savedTagsVersion = tags.version();
    else
        qCWarning(lcSandbox) << "cannot save the cost allocation tags:" << m_store->lastError();
}

} // namespace Spendscope::Sandbox
