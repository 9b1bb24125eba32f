#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// The letters of LEGAL.md section 4.
enum class LetterKind
{
    Acknowledgement, // with the computed dates
    IdentificationRequest, // GDPR Art. 12(6)
    ExtensionNotice, // GDPR Art. 12(3): reasons and the new date
    Refusal, // GDPR Art. 12(4): refusal or partial refusal
    Outcome, // what was done, what was kept and why, recipients notified
    RestrictionLifting, // GDPR Art. 18(3)
    FeeNotice, // GDPR Art. 12(5)(a)
};

class LetterKinds
{
    Q_DECLARE_TR_FUNCTIONS(LetterKinds)
public:
    static QList<LetterKind> all();
    // Stable codes for storage, templates and the CLI: "acknowledgement", "identification-request",
    // "extension-notice", "refusal", "outcome", "restriction-lifting", "fee-notice".
    static QString code(LetterKind kind);
    static std::optional<LetterKind> fromCode(const QString& code);
    static QString label(LetterKind kind);
    static QString codeList();
    // The letters that answer a request: a case cannot close before one of them is recorded as sent.
    static bool answersRequest(LetterKind kind) { return kind == LetterKind::Outcome || kind == LetterKind::Refusal; }
};

// One line of a letter's table: what, where, when or until when, and why.
struct LetterLine
{
    QString what; // e.g. "E-post (Kundregister)"
    QString where; // the system
    QDate date; // when it was done, or until when it is kept
    QString why; // e.g. "GDPR Art. 17(3)(b); BFL 7 kap. 2 §"
};

// Art. 19: a recipient and what was done about it.
struct LetterRecipient
{
    QString name;
    QString role; // translated label
    QDate notifiedOn; // invalid when not notified
    QString method; // "e-post", ...
    QString reasonNotNotified; // impossible or disproportionate: why
};

// Everything a letter may say, gathered by the case service from the case, its decision and the register.
// The composer takes what the kind needs; personal data: never logged.
struct LetterFacts
{
    LetterKind kind = LetterKind::Acknowledgement;
    QString language = QStringLiteral("sv"); // "sv" or "en"
    QDate letterDate;
    ControllerRecord controller;
    SubjectRecord subject;
    CaseRecord caseRecord; // reference, right, received, due dates (with the clock stops)

    QString identificationReason; // IdentificationRequest: what is needed and why
    QString extensionReason; // ExtensionNotice: the reason's label and the note
    QString decisionSummary; // Outcome and Refusal: the decision in words for the subject
    QList<LetterLine> done; // Outcome: what was done (erased, corrected, restricted, stopped), where, when
    QList<LetterLine> kept; // Outcome: what was kept, why (exception, legal reference), until when
    QList<LetterLine> refused; // Refusal: what is refused, with the reason and legal reference
    QString refusalReasons; // Refusal: the specific reasons, in words
    QString refusalLegalReference; // Refusal: e.g. "GDPR Art. 12(5)(b)"
    bool partialRefusal = false;
    QList<LetterRecipient> recipients; // Outcome: GDPR Art. 19
    QString feeAmount; // FeeNotice: in SEK, e.g. "350 kr"
    QString feeReasons; // FeeNotice: the documented facts
    QDate restrictionLiftedOn; // RestrictionLifting: from when the restriction ends
    QString restrictionLiftReason; // RestrictionLifting: why it ends
};

} // namespace dsar
