#include "HoldingOutput.h"

#include "CliOutput.h"

namespace dsar::cli {

QString legalBasesText(const QList<LegalBasisEntry>& bases)
{
    QStringList codes;
    for (const LegalBasisEntry& basis : bases)
        codes << LegalBases::code(basis.basis);
    return codes.join(QLatin1Char(','));
}

QString retainUntilText(const RetentionOutcome& outcome)
{
    if (outcome.kind == RetentionOutcome::Kind::RetainUntil)
        return outcome.retainUntil.toString(Qt::ISODate);
    return RetentionEngine::describe(outcome);
}

QJsonObject holdingJson(const HoldingView& view)
{
    const Holding& holding = view.holding;
    QJsonObject events;
    for (RetentionEvent event : RetentionEvents::all()) {
        if (const std::optional<QDate> date = holding.events.date(event))
            events.insert(RetentionEvents::code(event), date->toString(Qt::ISODate));
    }
    QJsonArray bases;
    for (const LegalBasisEntry& basis : view.legalBases)
        bases.append(LegalBases::code(basis.basis));
    const bool dated = view.retention.kind == RetentionOutcome::Kind::RetainUntil;
    return { { QStringLiteral("id"), holding.id },
             { QStringLiteral("organisation"), view.controllerName },
             { QStringLiteral("activity_id"), holding.activityId },
             { QStringLiteral("activity"), view.activityName },
             { QStringLiteral("system"), holding.system },
             { QStringLiteral("category"), holding.category },
             { QStringLiteral("field"), holding.field },
             { QStringLiteral("value"), holding.value },
             { QStringLiteral("provided_by_subject"), holding.providedBySubject },
             { QStringLiteral("legal_bases"), bases },
             { QStringLiteral("retention_rule"), view.retentionRule },
             { QStringLiteral("events"), events },
             { QStringLiteral("retain_until"), dated ? jsonDate(view.retention.retainUntil) : QJsonValue() },
             { QStringLiteral("retention"), retainUntilText(view.retention) } };
}

} // namespace dsar::cli
