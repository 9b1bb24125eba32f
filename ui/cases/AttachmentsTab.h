#pragma once

#include "common/Result.h"
#include "domain/CaseWork.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dsar {

class CaseService;

// The files kept with a case (such as the original letter or e-mail): name, type, size, SHA-256, who added
// each and when. A file is added from disk and a copy saved back, checked against its SHA-256 on the way.
class AttachmentsTab : public QWidget
{
    Q_OBJECT
public:
    AttachmentsTab(CaseService& cases, QWidget* parent = nullptr);

    void setCase(const QString& reference, const Result<QList<CaseAttachment>>& attachments);
    void retranslateUi();
    // Attach the file at `path` and say how it went; the Add button asks for the file first.
    void attachFile(const QString& path);
    // Save a copy of attachment `attachmentId` to `path` (atomically) and say how it went; the Save button asks
    // for the place first.
    void saveCopy(qint64 attachmentId, const QString& path);
    // 0 when none is selected.
    qint64 selectedAttachmentId() const;

private:
    void fillTable();
    void chooseFileToAttach();
    void chooseWhereToSave();
    void updateButtons();
    void showMessage(const QString& text, bool asError);

    CaseService& m_cases;
    QString m_reference;
    QList<CaseAttachment> m_attachments;
    QString m_loadError;
    QLabel* m_tableCaption = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
