#include "LoginDialog.h"

#include "ProblemLabel.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dsar {

LoginDialog::LoginDialog(std::unique_ptr<Database> database, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_clock(clock)
    , m_path(m_database->path())
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in"));
    setAccessibleName(windowTitle());

    auto* intro = new QLabel(tr("Sign in with your DSAR Desk account."), this);
    intro->setObjectName(QStringLiteral("loginIntro"));
    intro->setWordWrap(true);

    // Created in reading order, which is also the tab order.
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setMaxLength(64);
    m_userName->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText | Qt::ImhPreferLowercase);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);

    // Which file this is matters when several databases are in use (training, another office).
    auto* databaseLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_path)), this);
    databaseLabel->setObjectName(QStringLiteral("loginDatabase"));
    databaseLabel->setTextFormat(Qt::PlainText);
    databaseLabel->setWordWrap(true);
    databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    databaseLabel->setForegroundRole(QPalette::PlaceholderText);

    m_error = ProblemLabel::create(QStringLiteral("loginError"), tr("Why signing in failed"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signInButton = buttons->button(QDialogButtonBox::Ok);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setText(tr("Sign in"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    QPushButton* cancelButton = buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Cancel signing in"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(databaseLabel);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setTabOrder(m_userName, m_password);
    setMinimumWidth(fontMetrics().averageCharWidth() * 55);

    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_userName, &QLineEdit::textChanged, this, &LoginDialog::updateSignInButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateSignInButton);
    updateSignInButton();
    m_userName->setFocus();
}

LoginDialog::~LoginDialog() = default;

std::unique_ptr<Session> LoginDialog::takeSession()
{
    return std::move(m_session);
}

void LoginDialog::updateSignInButton()
{
    m_signInButton->setEnabled(!m_userName->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void LoginDialog::showError(const QString& message)
{
    ProblemLabel::show(m_error, message, true);
    // Read out with the field the user is sent back to.
    m_password->setAccessibleDescription(message);
}

void LoginDialog::accept()
{
    if (!m_signInButton->isEnabled())
        return;
    std::unique_ptr<Database> database = std::move(m_database);
    if (!database) {
        Result<std::unique_ptr<Database>> reopened = Database::openSqlite(m_path, Database::OpenMode::MustExist);
        if (!reopened) {
            showError(reopened.error());
            return;
        }
        database = std::move(reopened).value();
    }

    // The password derivation is deliberately slow (scrypt); say so with the cursor.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Session>> session
        = Session::login(std::move(database), m_clock, m_userName->text(), m_password->text());
    QGuiApplication::restoreOverrideCursor();
    m_password->clear();
    if (!session) {
        showError(session.error());
        m_password->setFocus();
        return;
    }
    m_session = std::move(session).value();
    QDialog::accept();
}

} // namespace dsar
