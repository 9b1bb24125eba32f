#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace dsar {

class PdfPreviewDialog;
class Session;

// Issue 7 item 4: the DPO's annual report for a year and in a language chosen here, made by DashboardService and
// shown in the PDF preview, which saves and prints it. DSAR Desk does not record it: the figures can be made
// again at any time.
class AnnualReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AnnualReportDialog(Session& session, QWidget* parent = nullptr);

    // Makes the report and opens its preview beside this dialog, which then closes; a refusal (a year before the
    // GDPR applied, say) is shown here with core's words and the dialog stays open. The preview deletes itself
    // when closed.
    PdfPreviewDialog* makeReport(int year, const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateHint();

    Session& m_session;
    QLabel* m_yearLabel = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_make = nullptr;
};

} // namespace dsar
