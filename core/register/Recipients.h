#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// Who receives the data, GDPR Art. 15(1)(c) and Art. 30(1)(d); named where possible (CJEU C-154/21).
enum class RecipientRole
{
    Processor, // GDPR Art. 28: processes on the controller's behalf (personuppgiftsbiträde)
    IndependentController, // decides its own purposes, e.g. a bank or an auditor
    JointController, // GDPR Art. 26
    Authority, // e.g. Skatteverket
};

class RecipientRoles
{
    Q_DECLARE_TR_FUNCTIONS(RecipientRoles)
public:
    static QList<RecipientRole> all();
    // Stable codes: "processor", "independent-controller", "joint-controller", "authority".
    static QString code(RecipientRole role);
    static std::optional<RecipientRole> fromCode(const QString& code);
    static QString label(RecipientRole role);
    static QString codeList();
};

// What makes a transfer outside the EU/EEA lawful: GDPR Art. 45-49, shown to the subject under Art. 15(2).
enum class TransferSafeguard
{
    AdequacyDecision, // GDPR Art. 45, e.g. the EU-US Data Privacy Framework, the United Kingdom
    StandardContractualClauses, // GDPR Art. 46(2)(c)
    BindingCorporateRules, // GDPR Art. 47
    Derogation, // GDPR Art. 49(1); the note says which one
};

class TransferSafeguards
{
    Q_DECLARE_TR_FUNCTIONS(TransferSafeguards)
public:
    static QList<TransferSafeguard> all();
    // Stable codes: "adequacy-decision", "standard-contractual-clauses", "binding-corporate-rules", "derogation".
    static QString code(TransferSafeguard safeguard);
    static std::optional<TransferSafeguard> fromCode(const QString& code);
    static QString label(TransferSafeguard safeguard);
    static QString codeList();
};

} // namespace dsar
