#include "RegisterDocument.h"

#include "register/RetentionRule.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

#include <algorithm>

namespace dsar {
namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return RegisterDocument::tr("null");
    case QJsonValue::Bool:
        return RegisterDocument::tr("a boolean");
    case QJsonValue::Double:
        return RegisterDocument::tr("a number");
    case QJsonValue::String:
        return RegisterDocument::tr("a string");
    case QJsonValue::Array:
        return RegisterDocument::tr("an array");
    case QJsonValue::Object:
        return RegisterDocument::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return RegisterDocument::tr("nothing");
}

// Edit distance, to suggest the key a typo meant.
int distance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        previous = current;
    }
    return previous[b.size()];
}

// The last ten digits of an organisation number, so that 5562686823, 556268-6823 and 16556268-6823 compare
// equal (RegisterExchange normalises them properly; here they only find duplicates).
QString numberKey(const QString& number)
{
    QString digits;
    for (QChar c : number) {
        if (c.isDigit())
            digits += c;
    }
    return digits.right(10);
}

// Reads values and collects every problem with its path, so that one run shows them all.
class Reader
{
public:
    QStringList problems;

    void report(const QString& path, const QString& message) { problems << path + QStringLiteral(": ") + message; }

    static QString child(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString item(const QString& path, qsizetype index)
    {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    void wrongType(const QString& path, const QString& expected, const QJsonValue& found)
    {
        report(path, RegisterDocument::tr("expected %1, found %2.").arg(expected, typeName(found)));
    }

    // Unknown keys (with the likely intended one) and missing required keys; `what` names the object in
    // the message ("an activity").
    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed,
                   const QStringList& required, const QString& what)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString& key = it.key();
            if (allowed.contains(key))
                continue;
            QString suggestion;
            int best = 3;
            for (const QString& candidate : allowed) {
                const int d = candidate.compare(key, Qt::CaseInsensitive) == 0 ? 0 : distance(key, candidate);
                if (d < best) {
                    best = d;
                    suggestion = candidate;
                }
            }
            if (!suggestion.isEmpty())
                report(child(path, key), RegisterDocument::tr("unknown key; did you mean \"%1\"?").arg(suggestion));
            else
                report(child(path, key),
                       RegisterDocument::tr("unknown key; %1 has the keys %2.")
                           .arg(what, allowed.join(QStringLiteral(", "))));
        }
        for (const QString& key : required) {
            if (!object.contains(key))
                report(child(path, key), RegisterDocument::tr("missing; %1 needs it. Add the key.").arg(what));
        }
    }

    // The object at `path`, or nullopt after reporting that it is something else.
    std::optional<QJsonObject> object(const QJsonValue& value, const QString& path)
    {
        if (value.isObject())
            return value.toObject();
        wrongType(path, RegisterDocument::tr("an object"), value);
        return std::nullopt;
    }

    // An absent key reads as empty (checkKeys reports it when it is required).
    QString string(const QJsonObject& object, const QString& path, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            wrongType(child(path, key), RegisterDocument::tr("a string"), value);
            return {};
        }
        return value.toString();
    }

    QJsonArray array(const QJsonObject& object, const QString& path, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            wrongType(child(path, key), RegisterDocument::tr("an array"), value);
            return {};
        }
        return value.toArray();
    }

    QStringList strings(const QJsonObject& object, const QString& path, const QString& key)
    {
        QStringList list;
        const QJsonArray values = array(object, path, key);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i).isString())
                list << values.at(i).toString();
            else
                wrongType(item(child(path, key), i), RegisterDocument::tr("a string"), values.at(i));
        }
        return list;
    }

    // Exact codes only: the document is written by toJson(), and a near miss is more likely a typo than a
    // spelling variant. `unknown` has %1 for the value and %2 for the list of codes.
    template <typename Enum>
    std::optional<Enum> code(const QJsonObject& object, const QString& path, const QString& key,
                             std::optional<Enum> (*fromCode)(const QString&), QString (*toCode)(Enum),
                             const QString& codeList, const QString& unknown)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            wrongType(child(path, key), RegisterDocument::tr("a string"), value);
            return std::nullopt;
        }
        const QString text = value.toString();
        const std::optional<Enum> found = fromCode(text);
        if (!found || toCode(*found) != text) {
            report(child(path, key), unknown.arg(text, codeList));
            return std::nullopt;
        }
        return found;
    }
};

const QStringList organisationKeys = { QStringLiteral("name"),
                                       QStringLiteral("organisation_number"),
                                       QStringLiteral("postal_address"),
                                       QStringLiteral("email"),
                                       QStringLiteral("phone"),
                                       QStringLiteral("dpo_contact"),
                                       QStringLiteral("supervisory_authority"),
                                       QStringLiteral("joint_controllership"),
                                       QStringLiteral("activities") };
const QStringList activityKeys = { QStringLiteral("name"),
                                   QStringLiteral("purposes"),
                                   QStringLiteral("legal_bases"),
                                   QStringLiteral("special_condition"),
                                   QStringLiteral("data_categories"),
                                   QStringLiteral("subject_categories"),
                                   QStringLiteral("sources"),
                                   QStringLiteral("recipients"),
                                   QStringLiteral("transfers"),
                                   QStringLiteral("automated_decision"),
                                   QStringLiteral("systems"),
                                   QStringLiteral("retention"),
                                   QStringLiteral("retention_note") };

std::optional<RetentionPeriod> readPeriod(Reader& reader, const QJsonObject& object, const QString& path)
{
    const QJsonValue value = object.value(QStringLiteral("period"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QString periodPath = Reader::child(path, QStringLiteral("period"));
    if (!value.isString()) {
        reader.wrongType(periodPath, RegisterDocument::tr("a string such as \"2y\", or null"), value);
        return std::nullopt;
    }
    Result<RetentionPeriod> period = RetentionPeriod::parse(value.toString());
    if (!period) {
        reader.report(periodPath, period.error());
        return std::nullopt;
    }
    return period.value();
}

// GDPR Art. 30(1)(f): the retention rule as its parts; RegisterService checks how they combine.
QString readRetention(Reader& reader, const QJsonValue& value, const QString& path)
{
    const std::optional<QJsonObject> object = reader.object(value, path);
    if (!object)
        return {};
    reader.checkKeys(*object, path,
                     { QStringLiteral("anchor"), QStringLiteral("period"), QStringLiteral("legal_reference"),
                       QStringLiteral("reason") },
                     { QStringLiteral("anchor") }, RegisterDocument::tr("a retention rule"));
    const std::optional<RetentionAnchor> anchor = reader.code(
        *object, path, QStringLiteral("anchor"), &RetentionAnchors::fromCode, &RetentionAnchors::code,
        RetentionAnchors::codeList(), RegisterDocument::tr("unknown retention anchor \"%1\"; use one of %2."));
    RetentionRule rule;
    rule.period = readPeriod(reader, *object, path);
    rule.legalReference = reader.string(*object, path, QStringLiteral("legal_reference"));
    rule.reason = reader.string(*object, path, QStringLiteral("reason"));
    if (!anchor)
        return {};
    rule.anchor = *anchor;
    // Not validated here: the stored text is checked by RegisterService, the one place for that rule.
    return rule.encode();
}

void readActivityLists(Reader& reader, const QJsonObject& object, const QString& path, ProcessingActivity& a)
{
    const QString basesPath = Reader::child(path, QStringLiteral("legal_bases"));
    const QJsonArray bases = reader.array(object, path, QStringLiteral("legal_bases"));
    for (qsizetype i = 0; i < bases.size(); ++i) {
        const QString itemPath = Reader::item(basesPath, i);
        const std::optional<QJsonObject> entry = reader.object(bases.at(i), itemPath);
        if (!entry)
            continue;
        reader.checkKeys(*entry, itemPath, { QStringLiteral("basis"), QStringLiteral("note") },
                         { QStringLiteral("basis") }, RegisterDocument::tr("a legal basis"));
        const std::optional<LegalBasis> basis
            = reader.code(*entry, itemPath, QStringLiteral("basis"), &LegalBases::fromCode, &LegalBases::code,
                          LegalBases::codeList(), RegisterDocument::tr("unknown legal basis \"%1\"; use one of %2."));
        const QString note = reader.string(*entry, itemPath, QStringLiteral("note"));
        if (basis)
            a.legalBases << LegalBasisEntry { *basis, note };
    }

    const QString categoriesPath = Reader::child(path, QStringLiteral("data_categories"));
    const QJsonArray categories = reader.array(object, path, QStringLiteral("data_categories"));
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString itemPath = Reader::item(categoriesPath, i);
        const std::optional<QJsonObject> entry = reader.object(categories.at(i), itemPath);
        if (!entry)
            continue;
        reader.checkKeys(*entry, itemPath, { QStringLiteral("name"), QStringLiteral("special") },
                         { QStringLiteral("name") }, RegisterDocument::tr("a data category"));
        DataCategory category { reader.string(*entry, itemPath, QStringLiteral("name")), false };
        const QJsonValue special = entry->value(QStringLiteral("special"));
        if (special.isBool())
            category.special = special.toBool();
        else if (!special.isUndefined())
            reader.wrongType(Reader::child(itemPath, QStringLiteral("special")), RegisterDocument::tr("true or false"),
                             special);
        a.dataCategories << category;
    }

    const QString sourcesPath = Reader::child(path, QStringLiteral("sources"));
    const QJsonArray sources = reader.array(object, path, QStringLiteral("sources"));
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString itemPath = Reader::item(sourcesPath, i);
        const std::optional<QJsonObject> entry = reader.object(sources.at(i), itemPath);
        if (!entry)
            continue;
        reader.checkKeys(*entry, itemPath, { QStringLiteral("kind"), QStringLiteral("name") },
                         { QStringLiteral("kind") }, RegisterDocument::tr("a source"));
        const std::optional<SourceKind> kind = reader.code(
            *entry, itemPath, QStringLiteral("kind"), &SourceKinds::fromCode, &SourceKinds::code,
            SourceKinds::codeList(), RegisterDocument::tr("unknown kind of source \"%1\"; use one of %2."));
        const QString name = reader.string(*entry, itemPath, QStringLiteral("name"));
        if (kind)
            a.sources << Source { *kind, name };
    }

    const QString recipientsPath = Reader::child(path, QStringLiteral("recipients"));
    const QJsonArray recipients = reader.array(object, path, QStringLiteral("recipients"));
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const QString itemPath = Reader::item(recipientsPath, i);
        const std::optional<QJsonObject> entry = reader.object(recipients.at(i), itemPath);
        if (!entry)
            continue;
        reader.checkKeys(
            *entry, itemPath,
            { QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("country"), QStringLiteral("purpose") },
            { QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("country") },
            RegisterDocument::tr("a recipient"));
        const std::optional<RecipientRole> role = reader.code(
            *entry, itemPath, QStringLiteral("role"), &RecipientRoles::fromCode, &RecipientRoles::code,
            RecipientRoles::codeList(), RegisterDocument::tr("unknown recipient role \"%1\"; use one of %2."));
        Recipient recipient { reader.string(*entry, itemPath, QStringLiteral("name")), RecipientRole::Processor,
                              reader.string(*entry, itemPath, QStringLiteral("country")),
                              reader.string(*entry, itemPath, QStringLiteral("purpose")) };
        if (role) {
            recipient.role = *role;
            a.recipients << recipient;
        }
    }

    const QString transfersPath = Reader::child(path, QStringLiteral("transfers"));
    const QJsonArray transfers = reader.array(object, path, QStringLiteral("transfers"));
    for (qsizetype i = 0; i < transfers.size(); ++i) {
        const QString itemPath = Reader::item(transfersPath, i);
        const std::optional<QJsonObject> entry = reader.object(transfers.at(i), itemPath);
        if (!entry)
            continue;
        reader.checkKeys(*entry, itemPath,
                         { QStringLiteral("country"), QStringLiteral("recipient"), QStringLiteral("safeguard"),
                           QStringLiteral("note") },
                         { QStringLiteral("country") }, RegisterDocument::tr("a transfer"));
        Transfer transfer { reader.string(*entry, itemPath, QStringLiteral("country")),
                            reader.string(*entry, itemPath, QStringLiteral("recipient")), std::nullopt,
                            reader.string(*entry, itemPath, QStringLiteral("note")) };
        if (!entry->value(QStringLiteral("safeguard")).isNull()) {
            transfer.safeguard
                = reader.code(*entry, itemPath, QStringLiteral("safeguard"), &TransferSafeguards::fromCode,
                              &TransferSafeguards::code, TransferSafeguards::codeList(),
                              RegisterDocument::tr("unknown transfer safeguard \"%1\"; use one of %2, or null "
                                                   "inside the EU/EEA."));
        }
        a.transfers << transfer;
    }
}

ProcessingActivity readActivity(Reader& reader, const QJsonValue& value, const QString& path)
{
    ProcessingActivity a;
    const std::optional<QJsonObject> object = reader.object(value, path);
    if (!object)
        return a;
    reader.checkKeys(*object, path, activityKeys,
                     { QStringLiteral("name"), QStringLiteral("purposes"), QStringLiteral("legal_bases"),
                       QStringLiteral("retention") },
                     RegisterDocument::tr("an activity"));
    a.name = reader.string(*object, path, QStringLiteral("name"));
    a.purposes = reader.strings(*object, path, QStringLiteral("purposes"));
    if (!object->value(QStringLiteral("special_condition")).isNull()) {
        a.specialCondition
            = reader.code(*object, path, QStringLiteral("special_condition"), &SpecialCategoryConditions::fromCode,
                          &SpecialCategoryConditions::code, SpecialCategoryConditions::codeList(),
                          RegisterDocument::tr(
                              "unknown Art. 9(2) condition \"%1\"; use one of %2, or null when no data are special."));
    }
    readActivityLists(reader, *object, path, a);
    a.subjectCategories = reader.strings(*object, path, QStringLiteral("subject_categories"));
    a.systems = reader.strings(*object, path, QStringLiteral("systems"));

    const QJsonValue automated = object->value(QStringLiteral("automated_decision"));
    if (!automated.isUndefined() && !automated.isNull()) {
        const QString decisionPath = Reader::child(path, QStringLiteral("automated_decision"));
        if (automated.isObject()) {
            const QJsonObject decision = automated.toObject();
            reader.checkKeys(decision, decisionPath, { QStringLiteral("logic"), QStringLiteral("significance") },
                             { QStringLiteral("logic"), QStringLiteral("significance") },
                             RegisterDocument::tr("an automated decision"));
            a.automatedDecision
                = AutomatedDecision { reader.string(decision, decisionPath, QStringLiteral("logic")),
                                      reader.string(decision, decisionPath, QStringLiteral("significance")) };
        } else {
            reader.wrongType(decisionPath, RegisterDocument::tr("an object or null"), automated);
        }
    }
    if (object->contains(QStringLiteral("retention")))
        a.retentionRule = readRetention(reader, object->value(QStringLiteral("retention")),
                                        Reader::child(path, QStringLiteral("retention")));
    a.retentionNote = reader.string(*object, path, QStringLiteral("retention_note"));
    return a;
}

OrganisationEntry readOrganisation(Reader& reader, const QJsonValue& value, const QString& path)
{
    OrganisationEntry entry;
    const std::optional<QJsonObject> object = reader.object(value, path);
    if (!object)
        return entry;
    reader.checkKeys(*object, path, organisationKeys, { QStringLiteral("name"), QStringLiteral("activities") },
                     RegisterDocument::tr("an organisation"));
    entry.name = reader.string(*object, path, QStringLiteral("name"));
    entry.organisationNumber = reader.string(*object, path, QStringLiteral("organisation_number"));
    entry.postalAddress = reader.string(*object, path, QStringLiteral("postal_address"));
    entry.email = reader.string(*object, path, QStringLiteral("email"));
    entry.phone = reader.string(*object, path, QStringLiteral("phone"));
    entry.dpoContact = reader.string(*object, path, QStringLiteral("dpo_contact"));
    entry.supervisoryAuthority = reader.string(*object, path, QStringLiteral("supervisory_authority"));
    entry.jointControllership = reader.string(*object, path, QStringLiteral("joint_controllership"));

    const QString activitiesPath = Reader::child(path, QStringLiteral("activities"));
    const QJsonArray activities = reader.array(*object, path, QStringLiteral("activities"));
    // Activities are matched by name on import, so a name may appear once per organisation.
    QHash<QString, qsizetype> firstByName;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const QString itemPath = Reader::item(activitiesPath, i);
        entry.activities << readActivity(reader, activities.at(i), itemPath);
        const QString name = entry.activities.last().name.trimmed();
        if (name.isEmpty())
            continue;
        if (firstByName.contains(name)) {
            reader.report(
                Reader::child(itemPath, QStringLiteral("name")),
                RegisterDocument::tr("\"%1\" is also the name of activities[%2]; an organisation's activities need "
                                     "different names. Rename or merge them.")
                    .arg(name)
                    .arg(firstByName.value(name)));
        } else {
            firstByName.insert(name, i);
        }
    }
    return entry;
}

// False when the document is not one this build reads (another format or version, or either missing).
bool readHeader(Reader& reader, const QJsonObject& root)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        reader.report(QStringLiteral("format"),
                      RegisterDocument::tr("missing; the document needs it. A register document starts with "
                                           "\"format\": \"%1\".")
                          .arg(RegisterDocument::formatName()));
        return false;
    }
    if (format.toString() != RegisterDocument::formatName()) {
        reader.report(
            QStringLiteral("format"),
            RegisterDocument::tr("expected \"%1\", found %2; this is not a DSAR Desk register document.")
                .arg(RegisterDocument::formatName(),
                     format.isString() ? QLatin1Char('"') + format.toString() + QLatin1Char('"') : typeName(format)));
        return false;
    }
    QStringList readable;
    for (int v : RegisterDocument::readableVersions())
        readable << QString::number(v);
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined()) {
        reader.report(QStringLiteral("version"),
                      RegisterDocument::tr("missing; the document needs it. This build reads version %1.")
                          .arg(readable.join(QStringLiteral(", "))));
        return false;
    }
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number != double(qint64(number))) {
        reader.wrongType(QStringLiteral("version"),
                         RegisterDocument::tr("a whole number (%1)").arg(readable.join(QStringLiteral(", "))), version);
        return false;
    }
    if (!RegisterDocument::readableVersions().contains(int(number))) {
        reader.report(
            QStringLiteral("version"),
            RegisterDocument::tr("this build of DSAR Desk reads version %1 of the register format, not version %2. "
                                 "Export the register again with a matching DSAR Desk, or update DSAR Desk.")
                .arg(readable.join(QStringLiteral(", ")))
                .arg(qint64(number)));
        return false;
    }
    return true;
}

QJsonArray stringArray(const QStringList& values)
{
    QJsonArray array;
    for (const QString& value : values)
        array.append(value);
    return array;
}

} // namespace

Result<QJsonObject> RegisterDocument::activityJson(const ProcessingActivity& a)
{
    Result<RetentionRule> rule = RetentionRule::parse(a.retentionRule);
    if (!rule)
        return Error {
            RegisterDocument::tr("\"%1\": the retention rule cannot be written: %2").arg(a.name, rule.error())
        };
    QJsonArray bases;
    for (const LegalBasisEntry& entry : a.legalBases)
        bases.append(QJsonObject { { QStringLiteral("basis"), LegalBases::code(entry.basis) },
                                   { QStringLiteral("note"), entry.note } });
    QJsonArray categories;
    for (const DataCategory& category : a.dataCategories)
        categories.append(
            QJsonObject { { QStringLiteral("name"), category.name }, { QStringLiteral("special"), category.special } });
    QJsonArray sources;
    for (const Source& source : a.sources)
        sources.append(QJsonObject { { QStringLiteral("kind"), SourceKinds::code(source.kind) },
                                     { QStringLiteral("name"), source.name } });
    QJsonArray recipients;
    for (const Recipient& recipient : a.recipients)
        recipients.append(QJsonObject { { QStringLiteral("name"), recipient.name },
                                        { QStringLiteral("role"), RecipientRoles::code(recipient.role) },
                                        { QStringLiteral("country"), recipient.country },
                                        { QStringLiteral("purpose"), recipient.purpose } });
    QJsonArray transfers;
    for (const Transfer& transfer : a.transfers)
        transfers.append(QJsonObject {
            { QStringLiteral("country"), transfer.country },
            { QStringLiteral("recipient"), transfer.recipient },
            { QStringLiteral("safeguard"),
              transfer.safeguard ? QJsonValue(TransferSafeguards::code(*transfer.safeguard)) : QJsonValue() },
            { QStringLiteral("note"), transfer.note } });
    const QJsonValue automated = a.automatedDecision
        ? QJsonValue(QJsonObject { { QStringLiteral("logic"), a.automatedDecision->logic },
                                   { QStringLiteral("significance"), a.automatedDecision->significance } })
        : QJsonValue();
    const QJsonObject retention {
        { QStringLiteral("anchor"), RetentionAnchors::code(rule->anchor) },
        { QStringLiteral("period"), rule->period ? QJsonValue(rule->period->encode()) : QJsonValue() },
        { QStringLiteral("legal_reference"), rule->legalReference },
        { QStringLiteral("reason"), rule->reason },
    };
    return QJsonObject {
        { QStringLiteral("name"), a.name },
        { QStringLiteral("purposes"), stringArray(a.purposes) },
        { QStringLiteral("legal_bases"), bases },
        { QStringLiteral("special_condition"),
          a.specialCondition ? QJsonValue(SpecialCategoryConditions::code(*a.specialCondition)) : QJsonValue() },
        { QStringLiteral("data_categories"), categories },
        { QStringLiteral("subject_categories"), stringArray(a.subjectCategories) },
        { QStringLiteral("sources"), sources },
        { QStringLiteral("recipients"), recipients },
        { QStringLiteral("transfers"), transfers },
        { QStringLiteral("automated_decision"), automated },
        { QStringLiteral("systems"), stringArray(a.systems) },
        { QStringLiteral("retention"), retention },
        { QStringLiteral("retention_note"), a.retentionNote },
    };
}

QString RegisterDocument::formatName()
{
    return QStringLiteral("dsardesk-register");
}

QList<int> RegisterDocument::readableVersions()
{
    return { 1 };
}

Result<RegisterDocument> RegisterDocument::fromJson(const QByteArray& json)
{
    QByteArray bytes = json;
    if (bytes.startsWith("\xEF\xBB\xBF")) // a byte order mark, as some editors write
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return Error { tr("The register document is empty. Export one with \"dsarctl register export FILE\".") };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        return Error { tr("line %1, column %2: %3 (not valid JSON). Correct the file and try again.")
                           .arg(before.count('\n') + 1)
                           .arg(QString::fromUtf8(before.mid(lineStart)).size() + 1)
                           .arg(parseError.errorString()) };
    }
    if (!document.isObject()) {
        return Error { tr("The register document must be a JSON object with \"format\", \"version\" and "
                          "\"organisations\"; it is an array.") };
    }
    const QJsonObject root = document.object();
    Reader reader;
    // Another format or version: its contents would only give misleading problems.
    if (!readHeader(reader, root))
        return Error { reader.problems.join(QLatin1Char('\n')) };
    reader.checkKeys(root, QString(),
                     { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("organisations") },
                     { QStringLiteral("organisations") }, tr("the document"));

    RegisterDocument result;
    const QJsonArray organisations = reader.array(root, QString(), QStringLiteral("organisations"));
    QHash<QString, qsizetype> byName;
    QHash<QString, qsizetype> byNumber;
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        const QString path = Reader::item(QStringLiteral("organisations"), i);
        result.organisations << readOrganisation(reader, organisations.at(i), path);
        // Organisations are matched by number, else by name, on import: each may appear once.
        const OrganisationEntry& entry = result.organisations.last();
        const QString name = entry.name.trimmed();
        const QString number = numberKey(entry.organisationNumber);
        if (!name.isEmpty() && byName.contains(name)) {
            reader.report(Reader::child(path, QStringLiteral("name")),
                          tr("\"%1\" is also the name of organisations[%2]; list each organisation once.")
                              .arg(name)
                              .arg(byName.value(name)));
        } else if (!number.isEmpty() && byNumber.contains(number)) {
            reader.report(Reader::child(path, QStringLiteral("organisation_number")),
                          tr("%1 is also the organisation number of organisations[%2]; list each organisation "
                             "once.")
                              .arg(entry.organisationNumber.trimmed())
                              .arg(byNumber.value(number)));
        }
        byName.insert(name, byName.value(name, i));
        if (!number.isEmpty())
            byNumber.insert(number, byNumber.value(number, i));
    }
    if (!reader.problems.isEmpty())
        return Error { reader.problems.join(QLatin1Char('\n')) };
    return result;
}

Result<QByteArray> RegisterDocument::toJson() const
{
    QJsonArray organisationArray;
    for (const OrganisationEntry& entry : organisations) {
        QJsonArray activities;
        for (const ProcessingActivity& activity : entry.activities) {
            Result<QJsonObject> object = activityJson(activity);
            if (!object)
                return Error { QStringLiteral("%1: %2").arg(entry.name, object.error()) };
            activities.append(object.value());
        }
        organisationArray.append(QJsonObject {
            { QStringLiteral("name"), entry.name },
            { QStringLiteral("organisation_number"), entry.organisationNumber },
            { QStringLiteral("postal_address"), entry.postalAddress },
            { QStringLiteral("email"), entry.email },
            { QStringLiteral("phone"), entry.phone },
            { QStringLiteral("dpo_contact"), entry.dpoContact },
            { QStringLiteral("supervisory_authority"), entry.supervisoryAuthority },
            { QStringLiteral("joint_controllership"), entry.jointControllership },
            { QStringLiteral("activities"), activities },
        });
    }
    // QJsonObject keeps its keys sorted, so the same register always gives the same bytes.
    const QJsonObject root { { QStringLiteral("format"), formatName() },
                             { QStringLiteral("version"), currentVersion },
                             { QStringLiteral("organisations"), organisationArray } };
    QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    return bytes;
}

} // namespace dsar
