#include "RegisterWindow.h"

#include "ActivityEditor.h"
#include "ActivityList.h"
#include "OrganisationDialog.h"
#include "ProblemLabel.h"
#include "security/Permission.h"
#include "services/Session.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace dsar {

RegisterWindow::RegisterWindow(Session& session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_canEdit(Permissions::allows(session.actor().role, Permission::ManageRegister))
{
    setObjectName(QStringLiteral("registerWindow"));
    m_list = new ActivityList(m_session, this);
    m_list->setObjectName(QStringLiteral("activityListPanel"));
    m_list->setCanEdit(m_canEdit);
    m_list->setLeaveGuard([this] { return confirmLeave(); });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(createEditorSide());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 900 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &ActivityList::organisationChanged, this, &RegisterWindow::organisationChosen);
    connect(m_list, &ActivityList::activityChanged, this, &RegisterWindow::showActivity);
    connect(m_list, &ActivityList::organisationDetailsRequested, this, [this] { showOrganisation(false); });
    connect(m_list, &ActivityList::newOrganisationRequested, this, [this] { showOrganisation(true); });
    connect(m_editor, &ActivityEditor::edited, this, [this] {
        m_savedNote->clear();
        updateButtons();
    });
    connect(m_newButton, &QPushButton::clicked, this, &RegisterWindow::newActivity);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    // Beside the button's own mnemonic (Alt+S), the Ctrl+S its tool tip names, on every platform.
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this, [this] {
        if (m_saveButton->isVisible() && m_saveButton->isEnabled())
            save();
    });
    connect(m_revertButton, &QPushButton::clicked, this, &RegisterWindow::revert);
    connect(m_removeButton, &QPushButton::clicked, this, &RegisterWindow::remove);

    retranslateUi();
    m_list->reloadOrganisations();
    organisationChosen();
    m_list->setFocus(); // reading starts with the list

    const QRect available = screen()->availableGeometry();
    resize(std::min(1280, available.width() * 9 / 10), std::min(820, available.height() * 9 / 10));
}

QWidget* RegisterWindow::createEditorSide()
{
    auto* side = new QWidget(this);
    m_title = new QLabel(side);
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(side);
    m_subtitle->setObjectName(QStringLiteral("activitySubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_readOnlyNotice = new QLabel(side);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setWordWrap(true);
    // The main window's information notice: a fixed colour pair with dark text, readable in any palette.
    m_readOnlyNotice->setStyleSheet(QStringLiteral("QLabel#readOnlyNotice { background: #dcebfa; color: #1a1a1a; "
                                                   "border: 1px solid #6a9fd4; border-radius: 0.2em; "
                                                   "padding: 0.4em 0.8em; }"));
    m_readOnlyNotice->setVisible(!m_canEdit);
    m_editor = new ActivityEditor(m_session.clock().today(), side);
    m_editor->setObjectName(QStringLiteral("activityEditor"));
    m_editor->setReadOnly(!m_canEdit);
    m_problem = ProblemLabel::create(QStringLiteral("saveProblem"), QString(), side);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_savedNote = new QLabel(side);
    m_savedNote->setObjectName(QStringLiteral("savedNote"));

    m_newButton = new QPushButton(side);
    m_newButton->setObjectName(QStringLiteral("newActivityButton"));
    m_removeButton = new QPushButton(side);
    m_removeButton->setObjectName(QStringLiteral("removeActivityButton"));
    m_revertButton = new QPushButton(side);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_saveButton = new QPushButton(side);
    m_saveButton->setObjectName(QStringLiteral("saveActivityButton"));
    m_saveButton->setDefault(true);
    for (QPushButton* button : { m_newButton, m_removeButton, m_revertButton, m_saveButton })
        button->setVisible(m_canEdit);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_savedNote);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_readOnlyNotice);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    return side;
}

void RegisterWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RegisterWindow::retranslateUi()
{
    setWindowTitle(tr("Processing register"));
    setAccessibleName(windowTitle());
    m_readOnlyNotice->setText(tr("You can read the processing register; only an administrator can change it."));
    m_newButton->setText(tr("Ne&w activity"));
    m_newButton->setToolTip(tr("Add a processing activity to this organisation"));
    m_removeButton->setText(tr("Remo&ve…"));
    m_removeButton->setToolTip(tr("Remove this processing activity from the register"));
    m_revertButton->setText(tr("Rever&t"));
    m_revertButton->setToolTip(tr("Throw away the changes since the last save"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(tr("Save the processing activity (Ctrl+S)"));
    m_problem->setAccessibleName(tr("Why the processing activity was not saved"));
    updateHeader();
}

void RegisterWindow::organisationChosen()
{
    // Show the organisation's first activity, so the form is never empty without a reason.
    m_list->reloadActivities(0);
    const qint64 first = m_list->firstActivityId();
    m_list->selectActivity(first);
    showActivity(first);
}

void RegisterWindow::showActivity(qint64 id)
{
    ProblemLabel::show(m_problem, QString(), false);
    m_savedNote->clear();
    ProcessingActivity activity;
    activity.controllerId = m_list->organisationId();
    m_hasActivity = id != 0;
    m_storedName.clear();
    if (id != 0) {
        Result<ProcessingActivity> stored = m_session.processingRegister().activity(id);
        if (stored) {
            activity = stored.value();
            m_storedName = activity.name;
        } else {
            m_hasActivity = false;
            ProblemLabel::show(m_problem, stored.error(), true);
        }
    }
    m_editor->setActivity(activity);
    updateHeader();
    updateButtons();
}

void RegisterWindow::newActivity()
{
    if (!m_canEdit || m_list->organisationId() == 0 || !confirmLeave())
        return;
    m_list->selectActivity(0);
    showActivity(0);
    m_hasActivity = true;
    updateHeader();
    updateButtons();
    m_editor->focusName();
}

bool RegisterWindow::save(bool deferListReload)
{
    if (!m_canEdit || !m_hasActivity)
        return false;
    commitTypedCell();
    const ProcessingActivity input = m_editor->activity();
    RegisterService& service = m_session.processingRegister();
    Result<ProcessingActivity> saved = input.id == 0 ? service.add(input) : service.update(input);
    if (!saved) {
        ProblemLabel::show(m_problem, tr("The processing activity was not saved: %1").arg(saved.error()), true);
        return false;
    }
    ProblemLabel::show(m_problem, QString(), false);
    const qint64 id = saved->id;
    m_storedName = saved->name;
    m_editor->setActivity(saved.value());
    // Asked while the list changes its selection, the list is rebuilt once that is over.
    const auto reload = [this, id] {
        m_list->reloadActivities(m_list->activityId() ? m_list->activityId() : id);
    };
    if (deferListReload) {
        QTimer::singleShot(0, this, reload);
    } else {
        m_list->reloadActivities(id);
        m_savedNote->setText(tr("Saved."));
    }
    updateHeader();
    updateButtons();
    return true;
}

void RegisterWindow::revert()
{
    const qint64 id = m_editor->activity().id;
    showActivity(id);
    if (id == 0) {
        m_hasActivity = true; // a new activity, emptied
        updateHeader();
        updateButtons();
    }
}

void RegisterWindow::remove()
{
    const ProcessingActivity shown = m_editor->activity();
    if (!m_canEdit || shown.id == 0)
        return;
    const QString name = m_storedName;
    QMessageBox box(QMessageBox::Question, tr("Remove the processing activity?"),
                    tr("Remove the processing activity \"%1\" from the register of %2? This cannot be undone.")
                        .arg(name, m_list->organisationName()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeConfirmation"));
    QPushButton* removeButton = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton* keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != removeButton)
        return;
    if (Status removed = m_session.processingRegister().remove(shown.id); !removed) {
        ProblemLabel::show(m_problem, tr("The processing activity was not removed: %1").arg(removed.error()), true);
        return;
    }
    organisationChosen();
    m_savedNote->setText(tr("Removed \"%1\".").arg(name));
}

void RegisterWindow::commitTypedCell()
{
    // A table cell still being typed in (e.g. Ctrl+S pressed in it) holds its text in an editor until it
    // loses focus; losing it commits the text to the table.
    if (QWidget* focused = QApplication::focusWidget(); focused && m_editor->isAncestorOf(focused))
        focused->clearFocus();
}

bool RegisterWindow::confirmLeave()
{
    commitTypedCell();
    if (!m_canEdit || !m_hasActivity || !m_editor->isModified())
        return true;
    // Named as stored, so a renamed activity is still recognised; a new one by what was typed.
    QString name = m_storedName.isEmpty() ? m_editor->activity().name.trimmed() : m_storedName;
    if (name.isEmpty())
        name = tr("New processing activity");
    QMessageBox box(
        QMessageBox::Question, tr("Save the changes?"),
        tr("The processing activity \"%1\" has changes that are not saved. Save them before you go on?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("leaveConfirmation"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save(true);
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void RegisterWindow::showOrganisation(bool asNew)
{
    std::optional<ControllerRecord> organisation;
    if (!asNew) {
        Result<ControllerRecord> current = m_session.controllers().byId(m_list->organisationId());
        if (!current) {
            ProblemLabel::show(m_problem, current.error(), true);
            return;
        }
        organisation = current.value();
    } else if (!confirmLeave()) {
        return;
    }
    OrganisationDialog dialog(m_session, organisation, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    const qint64 id = dialog.saved()->id;
    const qint64 activity = m_list->activityId();
    m_list->reloadOrganisations(id);
    if (asNew) {
        organisationChosen();
    } else {
        m_list->reloadActivities(activity);
        updateHeader();
    }
    emit organisationsChanged();
}

void RegisterWindow::updateHeader()
{
    if (m_list->organisationCount() == 0) {
        m_title->setText(tr("No organisations yet"));
        m_subtitle->setText(m_canEdit ? tr("Add the first organisation with \"New organisation…\".")
                                      : tr("Ask an administrator to add the organisations."));
        return;
    }
    if (!m_hasActivity) {
        m_title->setText(tr("No processing activity chosen"));
        m_subtitle->setText(m_canEdit ? tr("Choose one in the list, or add one with \"New activity\".")
                                      : tr("Choose one in the list."));
        return;
    }
    m_title->setText(m_storedName.isEmpty() ? tr("New processing activity") : m_storedName);
    m_subtitle->setText(tr("Processing activity of %1").arg(m_list->organisationName()));
}

void RegisterWindow::updateButtons()
{
    const bool modified = m_hasActivity && m_editor->isModified();
    const bool stored = m_hasActivity && m_editor->activity().id != 0;
    m_editor->setEnabled(m_hasActivity);
    m_newButton->setEnabled(m_list->organisationId() != 0);
    m_removeButton->setEnabled(stored);
    m_revertButton->setEnabled(modified);
    m_saveButton->setEnabled(modified || (m_hasActivity && !stored));
}

void RegisterWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmLeave()) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace dsar
