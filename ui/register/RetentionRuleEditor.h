#pragma once

#include "common/Result.h"
#include "register/RetentionRule.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dsar {

// A processing activity's retention rule (gallringsregel) as its parts: the anchor, a period where the anchor
// counts one, the legal reference and the reason. Below them, live, the rule in words (or why RetentionRule
// refuses it) and what RetentionEngine makes of an event today.
class RetentionRuleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionRuleEditor(QDate today, QWidget* parent = nullptr);

    // The stored text form; a text that cannot be read is kept as it is until the rule is edited.
    void setRuleText(const QString& text);
    // The rule as entered, in its text form even when make() refuses it (the service then says why);
    // empty while no anchor is chosen.
    QString ruleText() const;
    void setReadOnly(bool readOnly);

    // "2 years after the contract or relationship ended (BFL 7 kap. 2 §)".
    static QString describe(const RetentionRule& rule);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillAnchors();
    void fillUnits();
    std::optional<RetentionAnchor> anchor() const;
    std::optional<RetentionPeriod> period() const;
    // Whether the anchor counts a period; asked of RetentionRule::make, which holds the rule.
    static bool takesPeriod(RetentionAnchor anchor);
    void markEdited();
    void refreshPreview();

    const QDate m_today;
    QComboBox* m_anchor = nullptr;
    QSpinBox* m_amount = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_anchorLabel = nullptr;
    QLabel* m_periodLabel = nullptr;
    QLabel* m_referenceLabel = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLabel* m_wordsLabel = nullptr;
    QLabel* m_exampleLabel = nullptr;
    QLabel* m_words = nullptr;
    QLabel* m_example = nullptr;
    QString m_unreadable; // a stored text that parse() refused, kept until the user edits the rule
    QString m_unreadableError;
};

} // namespace dsar
