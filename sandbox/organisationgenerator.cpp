// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationgenerator.h"

#include "domain/pricecatalog.h"
#include "ledger.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

// xoshiro256** seeded through splitmix64: small, fast, and the same sequence on every platform
// (std:: distributions are not).
class Random final
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64 &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int bounded(int n) { return int(uniform() * n); } // [0, n)
    bool chance(double p) { return uniform() < p; }
    // A normal draw (Box–Muller), then e^x: multiplicative noise around 1.
    double logNormal(double sigma)
    {
        const double u1 = std::max(uniform(), 1e-300);
        const double u2 = uniform();
        return std::exp(sigma * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2));
    }
    template<typename List>
    const auto &pick(const List &list)
    {
        return list[qsizetype(bounded(int(list.size())))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_state{};
};

enum class Task {
    Chat,      // assistants, interactive
    Classify,  // short, simple requests
    Extract,   // documents in, structured data out
    Code,      // coding assistants
    Summarise, // long repeated context: the caching case
};

struct TokenProfile
{
    double input;  // tokens per request
    double output; // tokens per request
    double prefix; // of the input, a repeated prefix that could be cached
    bool weekdays; // interactive (weekly seasonality) or pipeline (flat)
};

TokenProfile profileOf(Task task)
{
    switch (task) {
    case Task::Chat: return {1400, 380, 900, true};
    case Task::Classify: return {190, 14, 0, false};
    case Task::Extract: return {3200, 420, 600, false};
    case Task::Code: return {5200, 750, 2500, true};
    case Task::Summarise: return {11000, 520, 8000, true};
    }
    return {1000, 200, 0, true};
}

struct Workload
{
    Task task = Task::Chat;
    QString model;
    QString regionCode;
    bool crossRegion = false;
    double requestsPerDay = 0; // at full ramp-up and no growth
    bool cached = false;       // uses cache reads and writes (else a cacheable prefix is resent)
    const ModelPrice *price = nullptr;
    // Interned usage types: input, output, cache-read, cache-write.
    std::array<quint16, 4> usageTypes{};
};

struct ProjectPlan
{
    std::vector<Workload> workloads;
    double growthPerMonth = 0.05;
};

struct TeamTheme
{
    QStringView name;
    QStringView costCentre;
    std::array<QStringView, 6> projects;
};

// Teams and the projects they typically run; names follow the Mantle project name rules.
constexpr std::array<TeamTheme, 16> Themes{{
    {u"payments", u"CC-4102",
     {u"Checkout Assistant", u"Refund Triage", u"Invoice Extractor", u"Chargeback Summaries", u"Payment Risk Notes",
      u"Merchant Onboarding"}},
    {u"search", u"CC-4210",
     {u"Query Rewriter", u"Semantic Search", u"Catalog Enrichment", u"Autocomplete Suggestions", u"Search Relevance Judge",
      u"Synonym Miner"}},
    {u"support", u"CC-3301",
     {u"Support Copilot", u"Ticket Router", u"Help Center Answers", u"Call Summaries", u"Sentiment Tagger",
      u"Macro Suggestions"}},
    {u"growth", u"CC-5120",
     {u"Email Personaliser", u"Ad Copy Generator", u"Landing Page Variants", u"Lifecycle Nudges", u"Referral Writer",
      u"Offer Explainer"}},
    {u"platform", u"CC-1007",
     {u"Dev Assistant", u"Code Review Bot", u"Incident Summariser", u"Log Explainer", u"Runbook Helper",
      u"Migration Planner"}},
    {u"data-science", u"CC-2210",
     {u"Churn Explainer", u"Feature Labeler", u"Experiment Reports", u"Survey Coder", u"Dataset Cleaner",
      u"Notebook Helper"}},
    {u"risk", u"CC-6100",
     {u"KYC Document Reader", u"Fraud Narratives", u"Sanctions Screening Notes", u"Dispute Evidence Builder",
      u"AML Case Summaries", u"Risk Memo Drafts"}},
    {u"legal", u"CC-7005",
     {u"Contract Clause Finder", u"Policy QA", u"NDA Reviewer", u"Regulation Tracker", u"Litigation Hold Notes",
      u"Privacy Request Helper"}},
    {u"people", u"CC-7300",
     {u"Job Description Writer", u"Onboarding Buddy", u"Benefits Helper", u"Interview Notes", u"Learning Paths",
      u"Survey Insights"}},
    {u"mobile", u"CC-4400",
     {u"In-App Assistant", u"Release Notes Writer", u"Review Responder", u"Crash Triage", u"Store Listing Writer",
      u"Push Copy Tester"}},
    {u"marketing", u"CC-5200",
     {u"SEO Brief Writer", u"Social Post Drafts", u"Brand Voice Checker", u"Campaign Reports", u"Webinar Summaries",
      u"Press Kit Helper"}},
    {u"finance", u"CC-8001",
     {u"Expense Auditor", u"Forecast Commentary", u"Close Checklist Helper", u"Vendor Invoice Matcher",
      u"Board Pack Drafts", u"Tax Memo Helper"}},
    {u"logistics", u"CC-6400",
     {u"Route Exception Notes", u"Carrier Email Parser", u"Warehouse Assistant", u"Customs Form Reader",
      u"Delivery ETA Explainer", u"Returns Classifier"}},
    {u"security", u"CC-1100",
     {u"Alert Triage", u"Phishing Classifier", u"Threat Intel Digest", u"Access Review Helper", u"Pentest Report Writer",
      u"Secrets Scanner Notes"}},
    {u"analytics", u"CC-2300",
     {u"SQL Copilot", u"Dashboard Narratives", u"Metric Definitions Bot", u"Anomaly Explainer", u"Data Catalog Writer",
      u"Insight Digest"}},
    {u"sales", u"CC-5300",
     {u"Account Research", u"Proposal Writer", u"Call Prep Briefs", u"CRM Note Cleaner", u"Deal Desk Helper",
      u"Territory Planner"}},
}};

constexpr std::array<QStringView, 8> Qualifiers{u"", u" EU", u" Staging", u" v2", u" Batch", u" Eval", u" APAC",
                                                u" Pilot"};

// Models per task, by mantle id; those missing from the catalog are skipped.
const QList<QStringView> &modelsFor(Task task)
{
    static const QList<QStringView> chat{u"openai.gpt-oss-120b", u"deepseek.v3.2", u"qwen.qwen3-235b-a22b-2507",
                                         u"mistral.mistral-large-3-675b-instruct", u"anthropic.claude-sonnet-4-6",
                                         u"moonshotai.kimi-k2.5", u"minimax.minimax-m2", u"zai.glm-5",
                                         u"openai.gpt-5.4", u"deepseek.v3.1", u"google.gemma-4-31b"};
    static const QList<QStringView> classify{u"openai.gpt-oss-20b", u"mistral.ministral-3-8b-instruct",
                                             u"google.gemma-3-4b-it", u"nvidia.nemotron-nano-9b-v2", u"qwen.qwen3-32b",
                                             u"mistral.ministral-3-3b-instruct", u"google.gemma-3-27b-it"};
    static const QList<QStringView> extract{u"qwen.qwen3-32b", u"openai.gpt-oss-120b", u"mistral.magistral-small-2509",
                                            u"qwen.qwen3-vl-235b-a22b", u"nvidia.nemotron-super-3-120b",
                                            u"mistral.ministral-3-14b-instruct", u"openai.gpt-oss-safeguard-120b"};
    static const QList<QStringView> code{u"qwen.qwen3-coder-480b-a35b-instruct", u"mistral.devstral-2-123b",
                                         u"qwen.qwen3-coder-30b-a3b-instruct", u"anthropic.claude-sonnet-4-6",
                                         u"openai.gpt-5.4", u"minimax.minimax-m2.5"};
    static const QList<QStringView> summarise{u"anthropic.claude-haiku-4-5", u"anthropic.claude-sonnet-4-6",
                                              u"qwen.qwen3-next-80b-a3b", u"deepseek.v3.1",
                                              u"anthropic.claude-opus-4-6", u"google.gemma-4-26b-a4b"};
    switch (task) {
    case Task::Chat: return chat;
    case Task::Classify: return classify;
    case Task::Extract: return extract;
    case Task::Code: return code;
    case Task::Summarise: return summarise;
    }
    return chat;
}

struct ScaleShape
{
    int teams;
    int projects;      // besides the default project
    int minWorkloads;  // per project
    int maxWorkloads;
    int anomalies;
    int wasteProjects; // per waste kind
};

ScaleShape shapeOf(Organisation::Scale scale)
{
    switch (scale) {
    case Organisation::Scale::Small: return {3, 6, 1, 1, 2, 1};
    case Organisation::Scale::Default: return {12, 150, 7, 14, 6, 3};
    case Organisation::Scale::Large: return {16, 900, 10, 22, 12, 8};
    }
    return {12, 150, 7, 14, 6, 3};
}

constexpr std::array<QStringView, 6> HomeRegions{u"USE1", u"USE1", u"USE1", u"USW2", u"EU", u"USE2"};

QString projectId(Random &random)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id = u"proj_"_s;
    for (int i = 0; i < 20; ++i)
        id += QChar::fromLatin1(alphabet[random.bounded(36)]);
    return id;
}

QString slug(const QString &name)
{
    return name.toLower().replace(u' ', u'-');
}

// The organisation and each project's workloads, from the seed alone.
struct Plan
{
    Organisation org;
    std::vector<ProjectPlan> projects; // parallel to org.projects
};

Plan makePlan(const OrganisationGenerator::Options &options, const PriceCatalog &catalog)
{
    Plan plan;
    Organisation &org = plan.org;
    Random random(options.seed * 0x2545f4914f6cdd1dULL + 1);
    const ScaleShape shape = shapeOf(options.scale);

    org.seed = options.seed;
    org.scale = options.scale;
    org.today = options.today.isValid() ? options.today : QDateTime::currentDateTimeUtc().date();
    org.firstDay = QDate(org.today.year(), org.today.month(), 1).addMonths(-qMax(1, options.months));
    org.accountId = QString::number(100000000000ULL + random.next() % 900000000000ULL);
    org.accountName = u"spendscope-sandbox"_s;
    org.region = u"us-east-1"_s;
    const qint64 historyDays = org.firstDay.daysTo(org.today) + 1;

    for (int t = 0; t < shape.teams; ++t) {
        const TeamTheme &theme = Themes[size_t(t % int(Themes.size()))];
        org.teams.append({theme.name.toString(), theme.costCentre.toString()});
    }

    // Tag keys. CostCentre is renamed to CostCenter 60% into history; Owner is never activated.
    org.rename = {u"CostCentre"_s, u"CostCenter"_s, org.firstDay.addDays(historyDays * 6 / 10)};
    org.inactiveTagKey = u"Owner"_s;

    Organisation::Project defaultProject;
    defaultProject.id = u"default"_s;
    defaultProject.name = u"default"_s;
    defaultProject.created = org.firstDay.addDays(-200);
    org.projects.append(defaultProject);
    ProjectPlan defaultPlan;
    defaultPlan.growthPerMonth = 0.03;

    QSet<QString> usedNames;
    QSet<QString> usedIds;
    const auto findPrice = [&](QStringView model) { return catalog.find(model); };
    const auto addWorkload = [&](ProjectPlan &project, Task task, QStringView model, const QString &regionCode,
                                 double requests, bool cached) {
        const ModelPrice *price = findPrice(model);
        if (!price)
            return false;
        Workload w;
        w.task = task;
        w.model = price->modelId;
        w.regionCode = regionCode;
        w.crossRegion = regionCode == u"USE1" && random.chance(0.12);
        w.requestsPerDay = requests;
        w.cached = cached && price->cacheReadPerMillion && price->cacheWritePerMillion;
        w.price = price;
        project.workloads.push_back(w);
        return true;
    };
    // Misconfigured clients without a project: untagged spend in the default project.
    addWorkload(defaultPlan, Task::Chat, u"openai.gpt-oss-120b", u"USE1"_s, 2600, false);
    addWorkload(defaultPlan, Task::Summarise, u"anthropic.claude-haiku-4-5", u"USE1"_s, 380, false);
    if (options.scale != Organisation::Scale::Small)
        addWorkload(defaultPlan, Task::Classify, u"openai.gpt-oss-20b", u"USW2"_s, 9000, false);
    plan.projects.push_back(defaultPlan);

    int premiumWaste = 0;
    int cacheWaste = 0;
    for (int p = 0; p < shape.projects; ++p) {
        const int team = p % shape.teams;
        const TeamTheme &theme = Themes[size_t(team % int(Themes.size()))];
        QString name;
        for (int attempt = 0; name.isEmpty() || usedNames.contains(name); ++attempt) {
            const QStringView base = theme.projects[size_t(random.bounded(int(theme.projects.size())))];
            const QStringView qualifier = attempt < 3 ? Qualifiers[0] : Qualifiers[size_t(random.bounded(int(Qualifiers.size())))];
            name = base.toString() + qualifier.toString();
            if (attempt > 40)
                name += u' ' + QString::number(attempt);
        }
        usedNames.insert(name);
        QString id;
        do {
            id = projectId(random);
        } while (usedIds.contains(id));
        usedIds.insert(id);

        Organisation::Project project;
        project.id = id;
        project.name = name;
        project.team = team;
        // 40% exist before history starts; the rest appear over time: the organisation grows.
        project.created = random.chance(0.4) ? org.firstDay.addDays(-1 - random.bounded(300))
                                             : org.firstDay.addDays(qint64(random.uniform() * double(historyDays - 20)));
        if (random.chance(0.06) && project.created.daysTo(org.today) > 90)
            project.archived = project.created.addDays(60 + random.bounded(int(project.created.daysTo(org.today)) - 60));

        // Tags: mostly consistent, with the inconsistencies real organisations have.
        QMap<QString, QString> tags;
        const double style = random.uniform();
        QString teamValue = theme.name.toString();
        if (style < 0.08)
            teamValue = teamValue.at(0).toUpper() + teamValue.mid(1); // "Payments"
        else if (style < 0.12)
            teamValue = teamValue.toUpper();
        if (random.chance(0.9))
            tags.insert(random.chance(0.04) ? u"team"_s : u"Team"_s, teamValue); // "team": another key to AWS
        if (random.chance(0.85))
            tags.insert(u"Project"_s, slug(name));
        const double env = random.uniform();
        if (env < 0.85) {
            const bool staging = name.endsWith(u" Staging") || name.endsWith(u" Eval");
            static const QStringList prodSpellings{u"prod"_s, u"prod"_s, u"prod"_s, u"production"_s, u"Prod"_s};
            tags.insert(u"Environment"_s, staging ? u"staging"_s : random.pick(prodSpellings));
        }
        if (random.chance(0.75))
            tags.insert(org.rename.from, theme.costCentre.toString());
        if (random.chance(0.6))
            tags.insert(org.inactiveTagKey, u"owner-%1@example.com"_s.arg(random.bounded(90) + 10));
        project.tagHistory.append({project.created, tags});

        // A re-organisation moves some projects to another team in the middle of history.
        if (random.chance(0.08) && tags.contains(u"Team"_s)) {
            const QDate moved = org.firstDay.addDays(historyDays / 3 + random.bounded(int(historyDays / 3)));
            if (moved > project.created) {
                QMap<QString, QString> after = project.tagHistory.constLast().tags;
                after.insert(u"Team"_s, Themes[size_t((team + 1) % shape.teams)].name.toString());
                project.tagHistory.append({moved, after});
            }
        }
        // The key rename: from the rename day on, CostCentre is written CostCenter.
        for (Organisation::TagChange &change : project.tagHistory) {
            if (change.from >= org.rename.day && change.tags.contains(org.rename.from))
                change.tags.insert(org.rename.to, change.tags.take(org.rename.from));
        }
        const QMap<QString, QString> beforeRename = project.tagsOn(org.rename.day.addDays(-1));
        const bool changesOnRenameDay = std::any_of(project.tagHistory.cbegin(), project.tagHistory.cend(),
                                                    [&](const Organisation::TagChange &c) { return c.from == org.rename.day; });
        if (beforeRename.contains(org.rename.from) && !changesOnRenameDay) {
            QMap<QString, QString> renamed = beforeRename;
            renamed.insert(org.rename.to, renamed.take(org.rename.from));
            qsizetype at = 0;
            while (at < project.tagHistory.size() && project.tagHistory.at(at).from < org.rename.day)
                ++at;
            project.tagHistory.insert(at, {org.rename.day, renamed});
        }

        // Workloads.
        ProjectPlan projectPlan;
        projectPlan.growthPerMonth = random.uniform(0.0, 0.09);
        const QString home = random.pick(HomeRegions).toString();
        const int workloads = shape.minWorkloads + random.bounded(shape.maxWorkloads - shape.minWorkloads + 1);
        static const QList<Task> tasks{Task::Chat, Task::Chat, Task::Classify, Task::Extract, Task::Code, Task::Summarise};
        for (int w = 0; w < workloads; ++w) {
            const Task task = w == 0 && p < 2 ? (p == 0 ? Task::Classify : Task::Summarise) : random.pick(tasks);
            const QString region = w > 0 && random.chance(0.25) ? random.pick(HomeRegions).toString() : home;
            const double requests = 40 * random.logNormal(1.1) * (task == Task::Classify ? 8 : 1)
                * (options.scale == Organisation::Scale::Small ? 4 : 1);
            const QStringView model = random.pick(modelsFor(task));
            const bool cached = random.chance(0.7);
            addWorkload(projectPlan, task, model, region, requests, cached);
        }
        // Waste: premium models on short simple traffic; long repeated prompts never cached.
        if (premiumWaste < shape.wasteProjects && (p == 0 || random.chance(0.05)) && !project.isArchived()) {
            static const QList<QStringView> premium{u"openai.gpt-5.5", u"anthropic.claude-opus-4-6",
                                                    u"anthropic.claude-sonnet-4-6"};
            const QStringView model = premium[premiumWaste % premium.size()];
            if (addWorkload(projectPlan, Task::Classify, model, home, 2500 * random.logNormal(0.4), false)) {
                org.waste.append({Organisation::Waste::Kind::PremiumOnSimpleTraffic, id, model.toString()});
                ++premiumWaste;
            }
        }
        if (cacheWaste < shape.wasteProjects && (p == 1 || random.chance(0.05)) && !project.isArchived()) {
            static const QList<QStringView> cacheable{u"anthropic.claude-sonnet-4-6", u"anthropic.claude-haiku-4-5"};
            const QStringView model = cacheable[cacheWaste % cacheable.size()];
            if (addWorkload(projectPlan, Task::Summarise, model, home, 300 * random.logNormal(0.4), false)) {
                // The whole project never caches that model, so the finding is unambiguous.
                for (Workload &w : projectPlan.workloads) {
                    if (w.model == model)
                        w.cached = false;
                }
                org.waste.append({Organisation::Waste::Kind::NoCacheReads, id, model.toString()});
                ++cacheWaste;
            }
        }
        for (const Workload &w : projectPlan.workloads) {
            if (!project.models.contains(w.model))
                project.models.append(w.model);
        }
        org.projects.append(project);
        plan.projects.push_back(std::move(projectPlan));
    }
    for (const Workload &w : plan.projects.front().workloads)
        org.projects.first().models.append(w.model);

    // Anomalies: bursts in recent months, one of them in the current month.
    for (int a = 0; a < shape.anomalies; ++a) {
        const int p = 1 + random.bounded(int(org.projects.size()) - 1);
        const Organisation::Project &project = org.projects.at(p);
        const std::vector<Workload> &workloads = plan.projects[size_t(p)].workloads;
        const QDate from = a == 0 ? org.today.addDays(-qMin<qint64>(org.today.day() - 1, 3))
                                  : org.today.addDays(-20 - random.bounded(200));
        if (workloads.empty() || project.created > from || (project.isArchived() && project.archived <= from))
            continue;
        org.anomalies.append({project.id, workloads[size_t(random.bounded(int(workloads.size())))].model, from,
                              1 + random.bounded(3), random.uniform(5, 14)});
    }

    // Cost allocation tags as the account's history left them.
    const auto activeFrom = [&](const QString &key, QDate from) {
        // Activated the morning before it took effect.
        const QDateTime updated(from.addDays(-1), QTime(10, 0), Qt::UTC);
        org.costAllocationTags.setKey({key, {{from, QDate()}}, updated});
    };
    activeFrom(u"Team"_s, org.firstDay.addDays(-120));
    activeFrom(u"Environment"_s, org.firstDay.addDays(-120));
    activeFrom(org.rename.from, org.firstDay.addDays(-120));
    // Activated six weeks into history: earlier Project spend stays untagged (not retroactive).
    activeFrom(u"Project"_s, org.firstDay.addDays(45));
    // The new spelling was activated a week after the rename.
    activeFrom(org.rename.to, org.rename.day.addDays(7));
    org.costAllocationTags.addKey(org.inactiveTagKey);
    for (const Organisation::Project &project : std::as_const(org.projects)) {
        for (const Organisation::TagChange &change : project.tagHistory) {
            for (auto it = change.tags.cbegin(); it != change.tags.cend(); ++it)
                org.costAllocationTags.addKey(it.key()); // e.g. "team": seen, never activated
        }
    }
    for (const ProjectPlan &projectPlan : plan.projects) {
        for (const Workload &w : projectPlan.workloads) {
            if (!org.models.contains(w.model))
                org.models.append(w.model);
        }
    }
    org.models.sort();
    return plan;
}

double weekdayFactor(int dayOfWeek, bool interactive)
{
    if (!interactive)
        return dayOfWeek == 7 ? 1.25 : 1.0; // pipelines: a heavier Sunday batch
    switch (dayOfWeek) {
    case 6: return 0.42;
    case 7: return 0.33;
    case 1: return 1.08;
    default: return 1.0;
    }
}

} // namespace

OrganisationGenerator::OrganisationGenerator(const Options &options, const PriceCatalog &catalog)
    : m_options(options)
    , m_catalog(catalog)
{
}

Organisation OrganisationGenerator::organisation() const
{
    return makePlan(m_options, m_catalog).org;
}

Organisation OrganisationGenerator::generate(Ledger &ledger) const
{
    Plan plan = makePlan(m_options, m_catalog);
    const Organisation &org = plan.org;
    // Usage draws come from their own stream, so the organisation does not depend on them.
    Random random(m_options.seed * 0x9e3779b97f4a7c15ULL + 0x5bd1e995);

    // Interned usage types per workload and token type.
    using T = UsageType::TokenType;
    for (ProjectPlan &project : plan.projects) {
        for (Workload &w : project.workloads) {
            const std::array types{T::Input, T::Output, T::CacheRead, T::CacheWrite};
            for (size_t i = 0; i < types.size(); ++i)
                w.usageTypes[i] = ledger.internUsageType(
                    UsageType(w.regionCode, w.model, types[i], u"standard"_s, w.crossRegion).toString());
        }
    }
    std::vector<quint16> projectIndexes;
    for (const Organisation::Project &project : org.projects)
        projectIndexes.push_back(ledger.internProject(project.id));

    // Anomaly lookup per project and model.
    const auto anomalyFactor = [&](const QString &projectId, const QString &model, QDate day) {
        double factor = 1;
        for (const Organisation::Anomaly &a : org.anomalies) {
            if (a.projectId == projectId && a.model == model && day >= a.start && day < a.start.addDays(a.days))
                factor *= a.factor;
        }
        return factor;
    };

    qsizetype expectedRows = 0;
    for (const ProjectPlan &project : plan.projects)
        expectedRows += qsizetype(project.workloads.size()) * 3;
    ledger.reserve(expectedRows * (org.firstDay.daysTo(org.today) + 1) * 9 / 10);

    for (QDate day = org.firstDay; day <= org.today; day = day.addDays(1)) {
        const double elapsedMonths = double(org.firstDay.daysTo(day)) / 30.44;
        const int dayOfWeek = day.dayOfWeek();
        for (qsizetype p = 0; p < org.projects.size(); ++p) {
            const Organisation::Project &project = org.projects.at(p);
            if (day < project.created || (project.isArchived() && day >= project.archived))
                continue;
            const ProjectPlan &projectPlan = plan.projects[size_t(p)];
            const quint32 snapshot = ledger.internTags(project.tagsOn(day));
            // New projects ramp up over a few weeks; everyone grows month over month.
            const double age = double(project.created.daysTo(day));
            const double ramp = 1 - std::exp(-(age + 1) / 18);
            const double growth = std::exp(projectPlan.growthPerMonth * elapsedMonths);
            for (const Workload &w : projectPlan.workloads) {
                const TokenProfile profile = profileOf(w.task);
                // A quiet day for a small workload has no traffic at all, hence no rows.
                double requests = w.requestsPerDay * ramp * growth * weekdayFactor(dayOfWeek, profile.weekdays)
                    * random.logNormal(0.22) * anomalyFactor(project.id, w.model, day);
                if (requests < 1 && random.uniform() > requests)
                    continue;
                requests = std::max(1.0, std::round(requests));
                const double input = requests * profile.input * random.logNormal(0.12);
                const double output = requests * profile.output * random.logNormal(0.15);
                std::array<qint64, 4> tokens{qint64(std::llround(input)), qint64(std::llround(output)), 0, 0};
                if (w.cached && profile.prefix > 0) {
                    // The prefix is read from the cache on most calls and rewritten on a few.
                    const double prefix = requests * profile.prefix;
                    tokens[2] = qint64(std::llround(prefix * 0.88));
                    tokens[3] = qint64(std::llround(prefix * 0.04 + 4 * profile.prefix));
                    tokens[0] = std::max<qint64>(1, tokens[0] - tokens[2] - tokens[3]);
                }
                for (size_t i = 0; i < tokens.size(); ++i) {
                    if (tokens[i] <= 0)
                        continue;
                    const std::optional<Money> perMillion = w.price->perMillion(std::array{
                        T::Input, T::Output, T::CacheRead, T::CacheWrite}[i]);
                    if (!perMillion)
                        continue;
                    ledger.append(day, w.usageTypes[i], snapshot, projectIndexes[size_t(p)], tokens[i] * 1'000'000,
                                  PriceCatalog::cost(*perMillion, tokens[i]).nanos());
                }
            }
        }
    }
    return plan.org;
}

} // namespace Spendscope::Sandbox
