#pragma once

#include "domain/Records.h"

#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;

namespace dsar {

class AttachmentsTab;
class CaseActionBar;
class CaseHeader;
class CaseHistoryView;
class ExtensionTab;
class IdentificationTab;
class CaseDecisionPanel;
class NotesTab;
class Session;

// The working window of one case: its header with every date, the everyday actions (status, handler), and a
// tab for each kind of work (identification, extension, notes and messages, files, history). Every step goes
// through CaseService and shows its message when refused; the window reads the case again whenever
// CaseService reports a change, from here or anywhere else.
class CaseWindow : public QWidget
{
    Q_OBJECT
public:
    CaseWindow(Session& session, const QString& reference, QWidget* parent = nullptr);

    QString reference() const { return m_reference; }
    // Empty when the case was read; otherwise why not (e.g. it has been purged).
    QString loadError() const { return m_loadError; }
    // Text typed in a note, a reason or an extension note that has not been added to the case.
    bool hasUnsavedText() const;

public slots:
    void reload();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void retranslateUi();
    QStringList handlerCandidates() const;
    void startIdentificationStep(CaseStatus to);
    bool confirmDiscardingUnsavedText();

    Session& m_session;
    const QString m_reference;
    QString m_loadError;
    CaseHeader* m_header = nullptr;
    CaseActionBar* m_actions = nullptr;
    QTabWidget* m_tabs = nullptr;
    IdentificationTab* m_identification = nullptr;
    ExtensionTab* m_extension = nullptr;
    CaseDecisionPanel* m_decision = nullptr;
    NotesTab* m_notes = nullptr;
    AttachmentsTab* m_attachments = nullptr;
    QWidget* m_historyPage = nullptr;
    CaseHistoryView* m_history = nullptr;
    QLabel* m_historyProblem = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_closeAction = nullptr;
    bool m_retranslatePending = false;
};

} // namespace dsar
