#include "SubjectChooser.h"

#include "identity/SwedishId.h"
#include "services/Session.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {

SubjectChooser::SubjectChooser(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_newRadio = new QRadioButton(tr("&New data subject"), this);
    m_newRadio->setObjectName(QStringLiteral("newSubjectRadio"));
    m_newRadio->setAccessibleName(tr("Register a new data subject"));
    m_existingRadio = new QRadioButton(tr("E&xisting data subject"), this);
    m_existingRadio->setObjectName(QStringLiteral("existingSubjectRadio"));
    m_existingRadio->setAccessibleName(tr("Choose an existing data subject"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_newRadio);
    group->addButton(m_existingRadio);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createNewSubjectPage());
    m_pages->addWidget(createExistingSubjectPage());
    loadSubjects();

    // A new subject by default: attaching a request to the wrong person is worse than a duplicate.
    m_newRadio->setChecked(true);
    m_existingRadio->setEnabled(m_existing->count() > 0);
    showChosenPage();

    auto* radios = new QHBoxLayout;
    radios->addWidget(m_newRadio);
    radios->addWidget(m_existingRadio);
    radios->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(radios);
    layout->addWidget(m_pages);

    connect(m_newRadio, &QRadioButton::toggled, this, &SubjectChooser::showChosenPage);
    connect(m_newRadio, &QRadioButton::toggled, this, &SubjectChooser::changed);
    for (QLineEdit* edit : { m_name, m_personalId, m_email, m_phone, m_postalAddress })
        connect(edit, &QLineEdit::textEdited, this, &SubjectChooser::changed);
    connect(m_existing, &QComboBox::currentIndexChanged, this, &SubjectChooser::changed);
    connect(m_existing, &QComboBox::editTextChanged, this, &SubjectChooser::changed);
}

QWidget* SubjectChooser::createNewSubjectPage()
{
    auto* page = new QWidget(this);
    const auto makeEdit = [page](const QString& objectName, const QString& accessibleName) {
        auto* edit = new QLineEdit(page);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        return edit;
    };
    m_name = makeEdit(QStringLiteral("subjectName"), tr("Name of the data subject"));
    m_personalId = makeEdit(QStringLiteral("subjectPersonalId"), tr("Personnummer or samordningsnummer, optional"));
    // LEGAL.md section 3: staff may not demand a personnummer the organisation does not already hold.
    m_personalId->setPlaceholderText(tr("Optional: only if given or already held"));
    m_email = makeEdit(QStringLiteral("subjectEmail"), tr("E-mail address, optional"));
    m_email->setPlaceholderText(tr("Optional"));
    m_phone = makeEdit(QStringLiteral("subjectPhone"), tr("Phone number, optional"));
    m_phone->setPlaceholderText(tr("Optional"));
    m_postalAddress = makeEdit(QStringLiteral("subjectPostalAddress"), tr("Postal address, optional"));
    m_postalAddress->setPlaceholderText(tr("Optional"));

    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Personnummer:"), m_personalId);
    form->addRow(tr("E-&mail:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("Postal a&ddress:"), m_postalAddress);
    return page;
}

QWidget* SubjectChooser::createExistingSubjectPage()
{
    auto* page = new QWidget(this);
    m_existing = new QComboBox(page);
    m_existing->setObjectName(QStringLiteral("existingSubjectCombo"));
    m_existing->setAccessibleName(tr("Existing data subject"));
    m_existing->setEditable(true);
    m_existing->setInsertPolicy(QComboBox::NoInsert);
    m_existing->completer()->setFilterMode(Qt::MatchContains);
    m_existing->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_existing->completer()->setCompletionMode(QCompleter::PopupCompletion);

    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Data subject:"), m_existing);
    return page;
}

void SubjectChooser::loadSubjects()
{
    Result<QList<SubjectRecord>> subjects = m_session.subjects().all();
    if (!subjects) {
        m_loadError = subjects.error();
        return;
    }
    QList<SubjectRecord> list = std::move(subjects).value();
    std::sort(list.begin(), list.end(), [](const SubjectRecord& a, const SubjectRecord& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const QDate today = m_session.clock().today();
    for (const SubjectRecord& subject : std::as_const(list)) {
        QStringList parts { subject.name };
        if (!subject.personalId.isEmpty()) {
            // Never the full number on screen; parsed with today's date as the core requires.
            if (Result<SwedishId> id = SwedishIdParser::parse(subject.personalId, today))
                parts << id->masked();
        }
        if (!subject.email.isEmpty())
            parts << subject.email;
        m_existing->addItem(parts.join(QStringLiteral(" · ")), subject.id);
    }
    m_existing->setCurrentIndex(-1);
    m_existing->lineEdit()->setPlaceholderText(tr("Type part of a name or e-mail address"));
}

void SubjectChooser::showChosenPage()
{
    m_pages->setCurrentIndex(isNewSubject() ? 0 : 1);
}

bool SubjectChooser::isNewSubject() const
{
    return m_newRadio->isChecked();
}

NewSubject SubjectChooser::newSubject() const
{
    return { m_name->text(), m_personalId->text(), m_email->text(), m_phone->text(), m_postalAddress->text() };
}

std::optional<qint64> SubjectChooser::existingSubjectId() const
{
    // Typed text that matches no entry exactly is not a choice.
    const int index = m_existing->currentIndex();
    if (index < 0 || m_existing->itemText(index) != m_existing->currentText())
        return std::nullopt;
    return m_existing->itemData(index).toLongLong();
}

QString SubjectChooser::problem() const
{
    if (isNewSubject()) {
        Result<SubjectRecord> validated = m_session.subjects().validate(newSubject());
        return validated ? QString() : validated.error();
    }
    if (!m_loadError.isEmpty())
        return m_loadError;
    if (!existingSubjectId())
        return tr("Choose the data subject from the list, or register a new one.");
    return {};
}

bool SubjectChooser::hasInput() const
{
    const NewSubject typed = newSubject();
    const bool typedAnything
        = !(typed.name.trimmed().isEmpty() && typed.personalId.trimmed().isEmpty() && typed.email.trimmed().isEmpty()
            && typed.phone.trimmed().isEmpty() && typed.postalAddress.trimmed().isEmpty());
    return typedAnything || !m_existing->currentText().isEmpty();
}

} // namespace dsar
