#pragma once

#include "domain/RequestRight.h"
#include "letters/LetterFacts.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace dsar {

// The words a letter itself needs, in the letter's language ("sv" or "en"). Not tr(): a letter's language is
// chosen per letter (the subject's), independently of the language the staff member's interface uses.
class LetterWording
{
public:
    static bool isSwedish(const QString& language) { return language == QLatin1String("sv"); }
    // Swedish letters date as YYYY-MM-DD; English ones as "15 January 2027". Empty for an invalid date.
    static QString date(QDate date, const QString& language);
    // The right as the letter names it: "radering av dina personuppgifter", "erasure of your personal data".
    static QString right(RequestRight right, const QString& language);
    // "artikel 17 i dataskyddsförordningen", "Article 17 of the GDPR".
    static QString article(RequestRight right, const QString& language);
    // "17"; "7.3" in Swedish, "7(3)" in English.
    static QString articleNumber(RequestRight right, const QString& language);
    // Short, lower case as in running text: "radering", "erasure".
    static QString shortRight(RequestRight right, const QString& language);
    // GDPR Art. 18(1)(a) and (d): while accuracy or an objection is checked, the subject may ask for restriction;
    // the acknowledgement of a rectification or objection offers it. Empty for the other rights.
    static QString restrictionOffer(RequestRight right, const QString& language);
    // GDPR Art. 12(4): "delvis"/"helt", "in part"/"in full".
    static QString refusalExtent(bool partial, const QString& language);
    // The title used when a template has no "# " heading of its own.
    static QString defaultTitle(LetterKind kind, bool partialRefusal, const QString& language);
    // How to reach the organisation: "e-post: ..., telefon: ..."; its postal address when it has neither.
    static QString contact(const ControllerRecord& controller, const QString& language);
    // Column headings of the block fields.
    static QStringList doneHeaders(const QString& language);
    static QStringList keptHeaders(const QString& language);
    static QStringList refusedHeaders(const QString& language);
    static QStringList recipientHeaders(const QString& language);
    // "Nej"/"No": a recipient that was not notified (GDPR Art. 19).
    static QString notNotified(const QString& language);
    // The letterhead and footer of the PDF.
    static QString dateLabel(const QString& language);
    static QString referenceLabel(const QString& language);
    static QString organisationNumberLabel(const QString& language);
    static QString dpoLabel(const QString& language);
    static QString documentIdLabel(const QString& language);
    // "Sida 2 av 3", "Page 2 of 3".
    static QString pageOfPages(int page, int pages, const QString& language);
};

} // namespace dsar
