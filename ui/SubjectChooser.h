#pragma once

#include "services/SubjectService.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace dsar {

class Session;

// Who the request is from: a data subject already registered, or a new one typed in.
// Lists show a masked personnummer only (DSL 3 kap. 10 §: no more than needed on screen).
class SubjectChooser : public QWidget
{
    Q_OBJECT
public:
    explicit SubjectChooser(Session& session, QWidget* parent = nullptr);

    bool isNewSubject() const;
    NewSubject newSubject() const;
    std::optional<qint64> existingSubjectId() const;
    // Empty when the input is usable; otherwise what to fix (the core's message for a new subject).
    QString problem() const;
    // Whether the user has typed or chosen anything that would be lost.
    bool hasInput() const;

signals:
    void changed();

private:
    QWidget* createNewSubjectPage();
    QWidget* createExistingSubjectPage();
    void loadSubjects();
    void showChosenPage();

    Session& m_session;
    QRadioButton* m_newRadio = nullptr;
    QRadioButton* m_existingRadio = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_personalId = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_postalAddress = nullptr;
    QComboBox* m_existing = nullptr;
    QString m_loadError;
};

} // namespace dsar
