#pragma once

#include "register/ProcessingActivity.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace dsar {

// The six legal bases of GDPR Art. 6(1), each a check box with a note beside it (e.g. the interest weighed
// under Art. 6(1)(f)). A note stays in its field when its basis is unticked, but is saved only with it.
class LegalBasesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LegalBasesEditor(QWidget* parent = nullptr);

    void setEntries(const QList<LegalBasisEntry>& entries);
    // The ticked bases in the order of the article.
    QList<LegalBasisEntry> entries() const;
    void setReadOnly(bool readOnly);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        LegalBasis basis;
        QCheckBox* check;
        QLineEdit* note;
    };

    void retranslateUi();
    void updateNotes();

    QList<Row> m_rows;
};

} // namespace dsar
