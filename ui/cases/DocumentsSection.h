#pragma once

#include "domain/Records.h"
#include "extract/ExtractRenderer.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dsar {

class Session;

// The register extract (GDPR Art. 15) and the portability export (Art. 20) of an access or portability case:
// each one made, with its document id, SHA-256 and when and how it was sent; making a new extract (shown at once
// to check, save and print), exporting the data as JSON or CSV, and marking the latest one as sent.
class DocumentsSection : public QGroupBox
{
    Q_OBJECT
public:
    DocumentsSection(Session& session, const QString& reference, QWidget* parent = nullptr);

    void setCase(const CaseRecord& record);
    void retranslateUi();
    void clearMessage() { showMessage({}, false); }

    // The steps, also for tests (no dialogs): each shows its result in the section.
    std::optional<WrittenDocument> makeExtract(const QString& language);
    bool exportTo(const QString& path, IssuedDocument::Kind format);
    bool markSent(IssuedDocument::Kind kind, const QString& method);

private:
    void fill();
    void askExtract(const QString& language);
    void askExport();
    void askSent();
    void showMessage(const QString& text, bool asError);

    Session& m_session;
    const QString m_reference;
    std::optional<CaseRecord> m_record;
    QList<IssuedDocument> m_documents;
    QString m_loadError;
    QLabel* m_empty = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_extractButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_sentButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
