#pragma once

#include "services/HoldingService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dsar {

class ActivityPicker;
class Session;

// Adds one holding to a data subject, or changes one: where it lives (organisation, processing activity,
// system, all from the register), what it is (category, field, value, whether the subject provided it) and
// the date of the event the activity's retention rule counts from, with the retain-until date that gives.
// HoldingService checks and saves; a refusal is shown and everything typed stays.
class HoldingDialog : public QDialog
{
    Q_OBJECT
public:
    // existing: the holding to change; none adds one.
    HoldingDialog(Session& session, qint64 subjectId, const QString& subjectName,
                  const std::optional<HoldingView>& existing, QWidget* parent = nullptr);

    // The stored holding; valid after the dialog was accepted.
    const Holding& saved() const { return m_saved; }

private:
    QWidget* createDataGroup();
    QWidget* createRetentionGroup();
    void fill(const HoldingView& view);
    void fillCategories();
    void updateRetention();
    HoldingInput input() const;
    void save();

    Session& m_session;
    const qint64 m_subjectId;
    const std::optional<HoldingView> m_existing;
    ActivityPicker* m_picker = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_field = nullptr;
    QPlainTextEdit* m_value = nullptr;
    QCheckBox* m_provided = nullptr;
    QLabel* m_rule = nullptr;
    QLabel* m_countsFrom = nullptr;
    QLabel* m_eventLabel = nullptr;
    QWidget* m_eventRow = nullptr;
    QDateEdit* m_eventDate = nullptr;
    QCheckBox* m_notYet = nullptr;
    QLabel* m_retainUntil = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_saveButton = nullptr;
    // The date the rule counts from, when it has one; the holding's other event dates are kept as they are.
    std::optional<RetentionEvent> m_event;
    RetentionEvents m_events;
    bool m_retentionComputable = true;
    Holding m_saved;
};

} // namespace dsar
