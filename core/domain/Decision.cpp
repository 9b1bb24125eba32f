#include "Decision.h"

#include "EnumCodes.h"

namespace dsar {

QList<DecisionOutcome> DecisionOutcomes::all()
{
    return { DecisionOutcome::Granted, DecisionOutcome::PartlyRefused, DecisionOutcome::Refused, DecisionOutcome::Fee };
}

QString DecisionOutcomes::code(DecisionOutcome outcome)
{
    switch (outcome) {
    case DecisionOutcome::Granted:
        return QStringLiteral("granted");
    case DecisionOutcome::PartlyRefused:
        return QStringLiteral("partly-refused");
    case DecisionOutcome::Refused:
        return QStringLiteral("refused");
    case DecisionOutcome::Fee:
        return QStringLiteral("fee");
    }
    return {};
}

std::optional<DecisionOutcome> DecisionOutcomes::fromCode(const QString& code)
{
    return enumFromCode(all(), &DecisionOutcomes::code, code);
}

QString DecisionOutcomes::label(DecisionOutcome outcome)
{
    switch (outcome) {
    case DecisionOutcome::Granted:
        return tr("Granted");
    case DecisionOutcome::PartlyRefused:
        return tr("Partly refused");
    case DecisionOutcome::Refused:
        return tr("Refused");
    case DecisionOutcome::Fee:
        return tr("Fee charged");
    }
    return {};
}

QString DecisionOutcomes::codeList()
{
    return enumCodeList(all(), &DecisionOutcomes::code);
}

QList<DecisionGround> DecisionGrounds::all()
{
    return { DecisionGround::None, DecisionGround::DirectMarketing, DecisionGround::ParticularSituation,
             DecisionGround::ManifestlyUnfounded, DecisionGround::Excessive };
}

QString DecisionGrounds::code(DecisionGround ground)
{
    switch (ground) {
    case DecisionGround::None:
        return {};
    case DecisionGround::DirectMarketing:
        return QStringLiteral("direct-marketing");
    case DecisionGround::ParticularSituation:
        return QStringLiteral("particular-situation");
    case DecisionGround::ManifestlyUnfounded:
        return QStringLiteral("manifestly-unfounded");
    case DecisionGround::Excessive:
        return QStringLiteral("excessive");
    }
    return {};
}

std::optional<DecisionGround> DecisionGrounds::fromCode(const QString& code)
{
    return enumFromCode(all(), &DecisionGrounds::code, code);
}

QString DecisionGrounds::label(DecisionGround ground)
{
    switch (ground) {
    case DecisionGround::None:
        return tr("None");
    case DecisionGround::DirectMarketing:
        return tr("Objection to direct marketing (Art. 21(2))");
    case DecisionGround::ParticularSituation:
        return tr("Objection on grounds of a particular situation (Art. 21(1))");
    case DecisionGround::ManifestlyUnfounded:
        return tr("Manifestly unfounded (Art. 12(5))");
    case DecisionGround::Excessive:
        return tr("Excessive, e.g. repetitive (Art. 12(5))");
    }
    return {};
}

QString DecisionGrounds::codeList()
{
    QList<DecisionGround> named = all();
    named.removeAll(DecisionGround::None);
    return enumCodeList(named, &DecisionGrounds::code);
}

QList<ItemDecision> ItemDecisions::all()
{
    using D = ItemDecision;
    return { D::Include, D::Redact,   D::Withhold, D::Rectify,  D::Unchanged, D::Erase,
             D::Keep,    D::Restrict, D::InScope,  D::Excluded, D::Stop,      D::Continue };
}

QString ItemDecisions::code(ItemDecision decision)
{
    switch (decision) {
    case ItemDecision::Include:
        return QStringLiteral("include");
    case ItemDecision::Redact:
        return QStringLiteral("redact");
    case ItemDecision::Withhold:
        return QStringLiteral("withhold");
    case ItemDecision::Rectify:
        return QStringLiteral("rectify");
    case ItemDecision::Unchanged:
        return QStringLiteral("unchanged");
    case ItemDecision::Erase:
        return QStringLiteral("erase");
    case ItemDecision::Keep:
        return QStringLiteral("keep");
    case ItemDecision::Restrict:
        return QStringLiteral("restrict");
    case ItemDecision::InScope:
        return QStringLiteral("in-scope");
    case ItemDecision::Excluded:
        return QStringLiteral("excluded");
    case ItemDecision::Stop:
        return QStringLiteral("stop");
    case ItemDecision::Continue:
        return QStringLiteral("continue");
    }
    return {};
}

std::optional<ItemDecision> ItemDecisions::fromCode(const QString& code)
{
    return enumFromCode(all(), &ItemDecisions::code, code);
}

QString ItemDecisions::label(ItemDecision decision)
{
    switch (decision) {
    case ItemDecision::Include:
        return tr("Include");
    case ItemDecision::Redact:
        return tr("Include redacted");
    case ItemDecision::Withhold:
        return tr("Withhold");
    case ItemDecision::Rectify:
        return tr("Rectify");
    case ItemDecision::Unchanged:
        return tr("Unchanged");
    case ItemDecision::Erase:
        return tr("Erase");
    case ItemDecision::Keep:
        return tr("Keep");
    case ItemDecision::Restrict:
        return tr("Restrict");
    case ItemDecision::InScope:
        return tr("In scope");
    case ItemDecision::Excluded:
        return tr("Excluded");
    case ItemDecision::Stop:
        return tr("Stop processing");
    case ItemDecision::Continue:
        return tr("Continue processing");
    }
    return {};
}

QList<ItemDecision> ItemDecisions::forRight(RequestRight right)
{
    using D = ItemDecision;
    switch (right) {
    case RequestRight::Access:
        return { D::Include, D::Redact, D::Withhold };
    case RequestRight::Rectification:
        return { D::Unchanged, D::Rectify };
    case RequestRight::Erasure:
        return { D::Erase, D::Keep };
    case RequestRight::Restriction:
        return { D::Restrict, D::Unchanged };
    case RequestRight::Portability:
        return { D::InScope, D::Excluded };
    case RequestRight::Objection:
        return { D::Stop, D::Continue };
    case RequestRight::ConsentWithdrawal:
        return { D::Erase, D::Continue };
    }
    return {};
}

QString ItemDecisions::codeList(RequestRight right)
{
    return enumCodeList(forRight(right), &ItemDecisions::code);
}

QList<ItemGround> ItemGrounds::erasureExceptions()
{
    // GDPR Art. 17(3)(a)-(e)
    return {
        { QStringLiteral("17.3.a"), QStringLiteral("GDPR Art. 17(3)(a)"), tr("Freedom of expression and information") },
        { QStringLiteral("17.3.b"), QStringLiteral("GDPR Art. 17(3)(b)"),
          tr("Legal obligation or task in the public interest") },
        { QStringLiteral("17.3.c"), QStringLiteral("GDPR Art. 17(3)(c)"), tr("Public health") },
        { QStringLiteral("17.3.d"), QStringLiteral("GDPR Art. 17(3)(d)"),
          tr("Archiving in the public interest, research or statistics") },
        { QStringLiteral("17.3.e"), QStringLiteral("GDPR Art. 17(3)(e)"),
          tr("Establishment, exercise or defence of legal claims") },
    };
}

QList<ItemGround> ItemGrounds::erasureGrounds()
{
    // GDPR Art. 17(1)(a)-(f)
    return {
        { QStringLiteral("17.1.a"), QStringLiteral("GDPR Art. 17(1)(a)"), tr("No longer necessary") },
        { QStringLiteral("17.1.b"), QStringLiteral("GDPR Art. 17(1)(b)"),
          tr("Consent withdrawn and no other legal basis") },
        { QStringLiteral("17.1.c"), QStringLiteral("GDPR Art. 17(1)(c)"), tr("Objection upheld") },
        { QStringLiteral("17.1.d"), QStringLiteral("GDPR Art. 17(1)(d)"), tr("Unlawfully processed") },
        { QStringLiteral("17.1.e"), QStringLiteral("GDPR Art. 17(1)(e)"), tr("Legal obligation to erase") },
        { QStringLiteral("17.1.f"), QStringLiteral("GDPR Art. 17(1)(f)"),
          tr("Information society services offered to a child") },
    };
}

QList<ItemGround> ItemGrounds::restrictionGrounds()
{
    // GDPR Art. 18(1)(a)-(d)
    return {
        { QStringLiteral("18.1.a"), QStringLiteral("GDPR Art. 18(1)(a)"),
          tr("Accuracy contested, while it is checked") },
        { QStringLiteral("18.1.b"), QStringLiteral("GDPR Art. 18(1)(b)"),
          tr("Unlawful, but restriction asked for instead of erasure") },
        { QStringLiteral("18.1.c"), QStringLiteral("GDPR Art. 18(1)(c)"),
          tr("No longer needed, but the subject needs it for legal claims") },
        { QStringLiteral("18.1.d"), QStringLiteral("GDPR Art. 18(1)(d)"), tr("Objection pending verification") },
    };
}

std::optional<ItemGround> ItemGrounds::find(const QString& code)
{
    const QString wanted = code.trimmed().toLower();
    for (const QList<ItemGround>& list : { erasureExceptions(), erasureGrounds(), restrictionGrounds() }) {
        for (const ItemGround& ground : list) {
            if (ground.code == wanted)
                return ground;
        }
    }
    return std::nullopt;
}

QString ItemGrounds::codeList(const QList<ItemGround>& grounds)
{
    QStringList codes;
    for (const ItemGround& ground : grounds)
        codes << ground.code;
    return codes.join(QStringLiteral(", "));
}

QString AssessmentRecord::describe() const
{
    const QString what = field.isEmpty() ? category : field;
    if (system.isEmpty())
        return what.isEmpty() ? activityName : what;
    return QStringLiteral("%1 (%2)").arg(what, system);
}

QList<NotificationStatus> NotificationStatuses::all()
{
    return { NotificationStatus::Pending, NotificationStatus::Notified, NotificationStatus::Impossible,
             NotificationStatus::Disproportionate };
}

QString NotificationStatuses::code(NotificationStatus status)
{
    switch (status) {
    case NotificationStatus::Pending:
        return QStringLiteral("pending");
    case NotificationStatus::Notified:
        return QStringLiteral("notified");
    case NotificationStatus::Impossible:
        return QStringLiteral("impossible");
    case NotificationStatus::Disproportionate:
        return QStringLiteral("disproportionate");
    }
    return {};
}

std::optional<NotificationStatus> NotificationStatuses::fromCode(const QString& code)
{
    return enumFromCode(all(), &NotificationStatuses::code, code);
}

QString NotificationStatuses::label(NotificationStatus status)
{
    switch (status) {
    case NotificationStatus::Pending:
        return tr("Not yet notified");
    case NotificationStatus::Notified:
        return tr("Notified");
    case NotificationStatus::Impossible:
        return tr("Impossible");
    case NotificationStatus::Disproportionate:
        return tr("Disproportionate effort");
    }
    return {};
}

QString NotificationStatuses::codeList()
{
    return enumCodeList(all(), &NotificationStatuses::code);
}

QList<StopScope> StopScopes::all()
{
    return { StopScope::DirectMarketing, StopScope::ConsentWithdrawn, StopScope::ObjectionUpheld };
}

QString StopScopes::code(StopScope scope)
{
    switch (scope) {
    case StopScope::DirectMarketing:
        return QStringLiteral("direct-marketing");
    case StopScope::ConsentWithdrawn:
        return QStringLiteral("consent-withdrawn");
    case StopScope::ObjectionUpheld:
        return QStringLiteral("objection-upheld");
    }
    return {};
}

std::optional<StopScope> StopScopes::fromCode(const QString& code)
{
    return enumFromCode(all(), &StopScopes::code, code);
}

QString StopScopes::label(StopScope scope)
{
    switch (scope) {
    case StopScope::DirectMarketing:
        return tr("Direct marketing stopped (suppression list)");
    case StopScope::ConsentWithdrawn:
        return tr("Consent withdrawn");
    case StopScope::ObjectionUpheld:
        return tr("Objection upheld");
    }
    return {};
}

} // namespace dsar
