#include "AnnualReport.h"

#include "domain/Decision.h"
#include "domain/Extension.h"
#include "extract/DocumentWords.h"

#include <QLocale>

namespace dsar {
namespace {

using Block = ExtractBlock;

// In the document's language: "8,5" in Swedish, "8.5" in English.
QString number(const std::optional<double>& value, const QString& language)
{
    const QLocale locale(language == QLatin1String("sv") ? QLocale::Swedish : QLocale::English);
    return value ? locale.toString(*value, 'f', 1) : QStringLiteral("–");
}

QString percent(const std::optional<double>& share)
{
    return share ? QStringLiteral("%1 %").arg(*share * 100, 0, 'f', 0) : QStringLiteral("–");
}

// "Tillgång (artikel 15)", "Access (Article 15)".
QString rightName(const QString& code, const DocumentWords& w)
{
    const std::optional<RequestRight> right = RequestRights::fromCode(code);
    if (!right)
        return code;
    QString name = LetterWording::shortRight(*right, w.language());
    name[0] = name.at(0).toUpper();
    return w(u"%1 (artikel %2)", u"%1 (Article %2)").arg(name, LetterWording::articleNumber(*right, w.language()));
}

QString outcomeName(const QString& code, const DocumentWords& w)
{
    if (code == QLatin1String("refused"))
        return w(u"Avslag", u"Refused");
    if (code == QLatin1String("partly-refused"))
        return w(u"Delvis avslag", u"Partly refused");
    return code;
}

// The article only: the labels are the interface's language, the report is the document's.
QString groundName(const QString& code)
{
    const std::optional<ItemGround> ground = ItemGrounds::find(code);
    return ground ? ground->article : (code.isEmpty() ? QStringLiteral("–") : code);
}

// GDPR Art. 12(3): the reasons DSAR Desk offers for an extension.
QString reasonName(const QString& code, const DocumentWords& w)
{
    switch (ExtensionReasons::fromCode(code).value_or(ExtensionReason::VolumeOfData)) {
    case ExtensionReason::VolumeOfData:
        return w(u"Stor mängd uppgifter", u"Large volume of data");
    case ExtensionReason::ManySystems:
        return w(u"Uppgifter i många system", u"Data in many systems");
    case ExtensionReason::ThirdPartyRedaction:
        return w(u"Andras uppgifter måste maskeras", u"Other people's data to redact");
    case ExtensionReason::SeveralRequests:
        return w(u"Flera begäranden från samma person", u"Several requests from the same person");
    case ExtensionReason::TemporaryPeak:
        return w(u"Tillfällig topp av begäranden", u"Temporary peak of requests");
    }
    return code;
}

void countTable(QList<Block>& blocks, const QStringList& header, const QList<QStringList>& rows, const QString& none)
{
    if (rows.isEmpty()) {
        blocks << Block::paragraph(none);
        return;
    }
    blocks << Block::tableOf({ header, header.size() == 2 ? QList<int> { 75, 25 } : QList<int> { 50, 30, 20 }, rows });
}

} // namespace

ExtractDocument AnnualReportComposer::compose(const AnnualFigures& figures, const QString& language, QDate date,
                                              const QString& documentId, const ControllerRecord& letterhead,
                                              const QStringList& organisations)
{
    const DocumentWords w(language);
    ExtractDocument document;
    document.language = language;
    document.title = w(u"Årsrapport %1: den registrerades rättigheter", u"Annual report %1: data subjects' rights")
                         .arg(figures.year);
    document.documentId = documentId;
    document.date = date;
    document.controller = letterhead;
    QList<Block>& blocks = document.blocks;
    blocks << Block::paragraph(
        w(u"Begäranden som kom in under %1 och vad som blev av dem, och de svar som gick ut under året. Räknat den %2. "
          u"Svaret är i tid när det gick ut senast på sista dagen (förlängd när förlängning beslutats), räknat i "
          u"svensk tid (artikel 12.3 i dataskyddsförordningen).",
          u"Requests received in %1 and what became of them, and the answers sent during the year. Counted on %2. An "
          u"answer is on time when it went out on or before the due date (extended when an extension was decided), "
          u"counted in Swedish time (Article 12(3) GDPR).")
            .arg(figures.year)
            .arg(w.date(date)));

    if (!organisations.isEmpty()) {
        blocks << Block::paragraph(
            w(u"Organisationerna: %1.", u"The organisations: %1.").arg(organisations.join(QStringLiteral(", "))));
    }
    blocks << Block::heading(w(u"Sammanfattning", u"Summary"));
    // A year with nothing answered yet says so, rather than "0 (–)" and "– days".
    const bool anyAnswered = figures.answered.answered > 0;
    const QString noneYet = w(u"inget besvarat ännu", u"nothing answered yet");
    blocks << Block::factList({
        { w(u"Begäranden", u"Requests"), QString::number(figures.requests) },
        { w(u"Besvarade under året", u"Answered during the year"), QString::number(figures.answered.answered) },
        { w(u"Besvarade i tid", u"Answered on time"),
          anyAnswered
              ? QStringLiteral("%1 (%2)").arg(figures.answered.onTime).arg(percent(figures.answered.onTimeShare))
              : noneYet },
        { w(u"Handläggningstid, median", u"Handling time, median"),
          anyAnswered ? w(u"%1 dagar", u"%1 days").arg(number(figures.answered.medianDays, language)) : noneYet },
        { w(u"Handläggningstid, medel", u"Handling time, average"),
          anyAnswered ? w(u"%1 dagar", u"%1 days").arg(number(figures.answered.averageDays, language)) : noneYet },
    });
    if (!figures.answered.late.isEmpty()) {
        blocks << Block::paragraph(w(u"Besvarade efter sista dagen: %1.", u"Answered after the due date: %1.")
                                       .arg(figures.answered.late.join(QStringLiteral(", "))));
    }

    blocks << Block::heading(w(u"Begäranden per rättighet", u"Requests per right"));
    QList<QStringList> rights;
    for (const AnnualCount& count : figures.requestsPerRight)
        rights << QStringList { rightName(count.code, w), QString::number(count.count) };
    countTable(blocks, { w(u"Rättighet", u"Right"), w(u"Antal", u"Number") }, rights,
               w(u"Inga begäranden kom in.", u"No requests were received."));

    blocks << Block::heading(w(u"Förlängningar och skälen för dem", u"Extensions and their reasons"));
    QList<QStringList> extensions;
    for (const AnnualCount& count : figures.extensions) {
        extensions << QStringList { reasonName(count.code, w), QString::number(count.count),
                                    QString::number(count.approved) };
    }
    countTable(blocks, { w(u"Skäl", u"Reason"), w(u"Begärda", u"Requested"), w(u"Beslutade", u"Approved") }, extensions,
               w(u"Ingen tidsfrist förlängdes.", u"No deadline was extended."));

    blocks << Block::heading(w(u"Avslag och skälen för dem", u"Refusals and their grounds"));
    QList<QStringList> refusals;
    for (const AnnualCount& count : figures.refusals) {
        refusals << QStringList { outcomeName(count.code, w),
                                  count.detail.isEmpty() ? QStringLiteral("–") : count.detail,
                                  QString::number(count.count) };
    }
    countTable(blocks, { w(u"Beslut", u"Decision"), w(u"Lagrum", u"Legal reference"), w(u"Antal", u"Number") },
               refusals, w(u"Ingen begäran avslogs.", u"No request was refused."));

    blocks << Block::heading(w(u"Undantag från radering", u"Exceptions to erasure"));
    QList<QStringList> exceptions;
    for (const AnnualCount& count : figures.exceptions)
        exceptions << QStringList { groundName(count.code), QString::number(count.count) };
    countTable(blocks, { w(u"Undantag (artikel 17.3)", u"Exception (Article 17(3))"), w(u"Uppgifter", u"Items") },
               exceptions,
               w(u"Inga uppgifter sparades med stöd av undantag.", u"No data were kept under an exception."));

    blocks << Block::heading(w(u"Begränsningar", u"Restrictions"));
    QList<QStringList> restrictions;
    for (const AnnualCount& count : figures.restrictions)
        restrictions << QStringList { groundName(count.code), QString::number(count.count) };
    countTable(blocks, { w(u"Grund (artikel 18.1)", u"Ground (Article 18(1))"), w(u"Uppgifter", u"Items") },
               restrictions, w(u"Ingen behandling begränsades.", u"No processing was restricted."));
    return document;
}

} // namespace dsar
