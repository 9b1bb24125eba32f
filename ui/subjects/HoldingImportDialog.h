#pragma once

#include "services/HoldingService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace dsar {

class ActivityPicker;
class Session;

// Imports a data subject's holdings from a CSV or JSON file exported by another system: the file, the
// processing activity and system they belong to, an optional column mapping (our column <- the file's
// column, offered from the file's header) and a preview. HoldingService imports all or nothing; every problem
// is listed with its line (or item), column and why, and nothing is imported until the file is fixed.
class HoldingImportDialog : public QDialog
{
    Q_OBJECT
public:
    HoldingImportDialog(Session& session, qint64 subjectId, const QString& subjectName, QWidget* parent = nullptr);

    // Reads the file (the Choose button asks for it); false, with the reason shown, when it cannot be used.
    bool setFile(const QString& path);
    // What the import did; valid after the dialog was accepted.
    const HoldingImportReport& report() const { return m_report; }

private:
    QWidget* createFileGroup();
    QWidget* createMappingGroup();
    QWidget* createPreviewGroup();
    void chooseFile();
    void fillMapping();
    QHash<QString, QString> mapping() const;
    void updatePreview();
    void showProblems(const QList<HoldingFileProblem>& problems, HoldingFileFormat format);
    void updateImportButton();
    void import();
    static QStringList fileColumns(const QByteArray& data, HoldingFileFormat format);

    Session& m_session;
    const qint64 m_subjectId;
    QLineEdit* m_path = nullptr;
    QPushButton* m_chooseButton = nullptr;
    ActivityPicker* m_picker = nullptr;
    QCheckBox* m_mappingCheck = nullptr;
    QTableWidget* m_mapping = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_previewSummary = nullptr;
    QLabel* m_problemsTitle = nullptr;
    QTreeWidget* m_problems = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_importButton = nullptr;
    QByteArray m_data;
    std::optional<HoldingFileFormat> m_format;
    QStringList m_fileColumns;
    HoldingImportReport m_report;
};

} // namespace dsar
