#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace dsar {

class ActivityEditor;
class ActivityList;
class Session;

// The processing register (behandlingsregister, GDPR Art. 30): organisations and their processing activities
// on the left, the chosen activity's form on the right. Every role reads it; a role with
// Permission::ManageRegister changes it, through RegisterService and ControllerService, which check again.
class RegisterWindow : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterWindow(Session& session, QWidget* parent = nullptr);

    // Leaving unsaved changes asks first; false when the user stays.
    bool confirmLeave();

signals:
    // An organisation was added or changed (the main window's notices depend on them).
    void organisationsChanged();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createEditorSide();
    void retranslateUi();
    void organisationChosen();
    void showActivity(qint64 id);
    void newActivity();
    // Saves through RegisterService; a refusal is shown and the form keeps what was typed.
    bool save(bool deferListReload = false);
    void commitTypedCell();
    void revert();
    void remove();
    void showOrganisation(bool asNew);
    void updateHeader();
    void updateButtons();

    Session& m_session;
    const bool m_canEdit;
    ActivityList* m_list = nullptr;
    ActivityEditor* m_editor = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_readOnlyNotice = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_savedNote = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    bool m_hasActivity = false; // an activity (stored or new) is on the form
    QString m_storedName; // of the activity on the form as last read or saved; empty for a new one
};

} // namespace dsar
