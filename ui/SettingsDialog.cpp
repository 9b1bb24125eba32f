#include "SettingsDialog.h"

#include "ActionTranslator.h"
#include "ProblemLabel.h"
#include "ReminderBanner.h"
#include "security/Permission.h"
#include "services/Session.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {
namespace {

QString editName(const QString& key)
{
    return QStringLiteral("settingValue_") + key;
}

} // namespace

SettingsDialog::SettingsDialog(SettingsService& settings, Role role, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_role(role)
    , m_canEdit(Permissions::allows(role, Permission::ManageRegister))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("settingsReadOnlyNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setVisible(!m_canEdit);
    m_problem = ProblemLabel::create(QStringLiteral("settingsProblem"), QString(), this);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setColumnStretch(0, 1);
    Result<QList<SettingValue>> values = m_settings.all();
    if (values) {
        for (const SettingValue& value : values.value())
            addRow(value.key, grid);
    } else {
        ProblemLabel::show(m_problem, tr("The settings could not be read: %1").arg(values.error()), true);
    }
    grid->setRowStretch(grid->rowCount(), 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The descriptions wrap to the width; only a long list scrolls, and only up and down.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    m_buttons = new QDialogButtonBox(
        m_canEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    if (m_save) {
        m_save->setObjectName(QStringLiteral("saveSettingsButton"));
        m_save->setDefault(true);
        m_save->setEnabled(values.ok());
        connect(m_save, &QPushButton::clicked, this, [this] {
            if (save())
                accept();
        });
    }
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    if (values)
        load(values.value());
    retranslateUi();

    // Every setting in view without scrolling where the screen allows: the list, the lines above it, the buttons.
    const QRect available = screen()->availableGeometry();
    const int height = content->sizeHint().height() + m_buttons->sizeHint().height() + fontMetrics().height() * 12;
    resize(std::min(fontMetrics().averageCharWidth() * 110, available.width() * 9 / 10),
           std::min(height, available.height() * 85 / 100));
}

void SettingsDialog::addRow(const QString& key, QGridLayout* grid)
{
    Row row;
    row.key = key;
    row.edit = new QLineEdit(this);
    row.edit->setObjectName(editName(key));
    row.edit->setReadOnly(!m_canEdit);
    row.edit->setMaximumWidth(fontMetrics().averageCharWidth() * 18);
    row.name = new QLabel(key, this);
    row.name->setTextFormat(Qt::PlainText);
    row.name->setBuddy(row.edit);
    QFont bold = row.name->font();
    bold.setBold(true);
    row.name->setFont(bold);
    row.description = new QLabel(this);
    row.description->setWordWrap(true);
    row.description->setTextFormat(Qt::PlainText);
    row.state = new QLabel(this);
    row.state->setObjectName(QStringLiteral("settingState_") + key);
    QFont italic = row.state->font();
    italic.setItalic(true); // secondary, yet as readable as the rest
    row.state->setFont(italic);
    row.problem = ProblemLabel::create(QStringLiteral("settingProblem_") + key, QString(), this);
    connect(row.edit, &QLineEdit::textEdited, this, &SettingsDialog::updateStates);

    const int top = grid->rowCount();
    grid->addWidget(row.name, top, 0);
    grid->addWidget(row.edit, top, 1);
    grid->addWidget(row.description, top + 1, 0);
    grid->addWidget(row.state, top + 1, 1, Qt::AlignTop);
    grid->addWidget(row.problem, top + 2, 0, 1, 2);
    // A little air between one setting and the next.
    grid->setRowMinimumHeight(top + 3, fontMetrics().height() / 2);
    m_rows.append(row);
}

void SettingsDialog::load(const QList<SettingValue>& values)
{
    for (const SettingValue& value : values) {
        if (Row* found = row(value.key)) {
            found->stored = value.value;
            found->isDefault = value.isDefault;
            found->edit->setText(value.value);
        }
    }
    updateStates();
}

SettingsDialog::Row* SettingsDialog::row(const QString& key)
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(), [&key](const Row& row) { return row.key == key; });
    return found == m_rows.end() ? nullptr : &*found;
}

bool SettingsDialog::isModified() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const Row& row) { return row.edit->text().trimmed() != row.stored; });
}

bool SettingsDialog::save()
{
    if (!m_canEdit)
        return false;
    QStringList stored;
    QList<Row*> refused;
    for (Row& row : m_rows) {
        const QString typed = row.edit->text().trimmed();
        if (typed == row.stored) {
            ProblemLabel::show(row.problem, QString(), false);
            continue;
        }
        // Core checks the value against the setting's own rule and says what it accepts.
        if (Status set = m_settings.set(row.key, typed); !set) {
            ProblemLabel::show(row.problem, set.error(), true);
            refused << &row;
            continue;
        }
        ProblemLabel::show(row.problem, QString(), false);
        row.stored = typed;
        row.isDefault = false;
        row.edit->setText(typed);
        stored << row.key;
    }
    updateStates();
    if (!stored.isEmpty())
        emit settingsChanged(stored);
    if (refused.isEmpty()) {
        ProblemLabel::show(m_problem, QString(), false);
        return true;
    }
    const int count = int(refused.size());
    ProblemLabel::show(m_problem,
                       stored.isEmpty()
                           ? tr("Nothing was saved: %n value(s) refused, see the message under each.", nullptr, count)
                           : tr("Saved %1. %n value(s) refused, see the message under each.", nullptr, count)
                                 .arg(stored.join(QStringLiteral(", "))),
                       true);
    refused.first()->edit->setFocus();
    refused.first()->edit->selectAll();
    return false;
}

void SettingsDialog::reject()
{
    if (m_canEdit && isModified()) {
        QMessageBox box(QMessageBox::Question, tr("Save the changes?"),
                        tr("Some settings have changes that are not saved. Save them before closing?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedSettingsConfirmation"));
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        switch (box.exec()) {
        case QMessageBox::Save:
            if (save())
                accept();
            return; // a refused value stays in view with its message
        case QMessageBox::Discard:
            break;
        default:
            return;
        }
    }
    QDialog::reject();
}

void SettingsDialog::updateStates()
{
    for (Row& row : m_rows) {
        const bool changed = row.edit->text().trimmed() != row.stored;
        row.state->setText(changed             ? tr("Changed, not saved yet")
                               : row.isDefault ? tr("Default value")
                                               : tr("Set for this organisation"));
    }
    setWindowModified(isModified());
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings[*]"));
    m_intro->setText(m_canEdit ? tr("These settings apply to everyone who uses this database. Each value is checked "
                                    "when you save; every change is recorded in the audit trail.")
                               : tr("These settings apply to everyone who uses this database."));
    m_note->setText(tr("Read only: only the role %1 may change the settings, and you are signed in as %2. The values "
                       "shown are the ones in force.")
                        .arg(Permissions::rolesAllowedTo(Permission::ManageRegister, Permissions::RoleNames::Labels),
                             Roles::label(m_role)));
    m_note->setAccessibleName(m_note->text());
    m_problem->setAccessibleName(tr("Problem with the settings"));
    // Core words the descriptions in the current language.
    if (Result<QList<SettingValue>> values = m_settings.all()) {
        for (const SettingValue& value : values.value()) {
            if (Row* found = row(value.key)) {
                found->description->setText(value.description);
                found->edit->setAccessibleName(tr("Value of %1").arg(value.key));
                found->edit->setAccessibleDescription(value.description);
                found->problem->setAccessibleName(tr("Problem with %1").arg(value.key));
            }
        }
    }
    if (m_save) {
        m_save->setText(tr("&Save"));
        m_save->setAccessibleName(tr("Save the changed settings"));
        m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    } else {
        m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the settings"));
    }
    updateStates();
}

QAction* SettingsDialog::createOpenAction(Session& session, QWidget* mainWindow)
{
    auto* action = new QAction(mainWindow);
    action->setObjectName(QStringLiteral("actionSettings"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->setMenuRole(QAction::PreferencesRole);
    ActionTranslator::install(action, mainWindow, [](QAction* translated) {
        translated->setText(tr("&Settings…"));
        translated->setToolTip(tr("The organisation's settings: deadlines, reminders, retention (Ctrl+,)"));
    });
    connect(action, &QAction::triggered, mainWindow, [&session, mainWindow] {
        auto* dialog = mainWindow->findChild<SettingsDialog*>(QString(), Qt::FindDirectChildrenOnly);
        if (!dialog) {
            dialog = new SettingsDialog(session.settings(), session.actor().role, mainWindow);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            // What the settings decide follows at once in this window (the reminders' look-ahead).
            for (ReminderBanner* banner : mainWindow->findChildren<ReminderBanner*>())
                connect(dialog, &SettingsDialog::settingsChanged, banner, &ReminderBanner::refresh);
        }
        dialog->open();
        dialog->raise();
        dialog->activateWindow();
    });
    return action;
}

} // namespace dsar
