#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QTreeWidget;

namespace dsar {

class Session;

// Every data subject, searchable by name, e-mail address or a whole personnummer. The list shows the
// personnummer masked (DSL 3 kap. 10 §: no more than needed on screen), as the rest of the app does.
class SubjectList : public QWidget
{
    Q_OBJECT
public:
    explicit SubjectList(Session& session, QWidget* parent = nullptr);

    // Reads the subjects again, keeping the current one; the error, if any, is lastError().
    void reload();
    void retranslate();
    std::optional<SubjectRecord> currentSubject() const;
    bool select(qint64 subjectId);
    int count() const;
    QString lastError() const { return m_lastError; }
    // "19121212-****", or empty when there is no number.
    static QString maskedId(const SubjectRecord& subject, QDate today);

signals:
    void currentSubjectChanged();

private:
    void applyFilter();

    Session& m_session;
    QLineEdit* m_search = nullptr;
    QTreeWidget* m_list = nullptr;
    QList<SubjectRecord> m_subjects;
    QString m_lastError;
};

} // namespace dsar
