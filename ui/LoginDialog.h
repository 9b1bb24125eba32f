#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dsar {

class Clock;
class Database;
class Session;

// Signing in: a user name and a password, checked by the core (Session::login), whose refusal is shown
// in the dialog. A failed attempt keeps the dialog open for the next one.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // The database opened by the caller serves the first attempt; Session::login takes it, so each later
    // attempt opens the same file afresh.
    LoginDialog(std::unique_ptr<Database> database, const Clock& clock, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The signed-in session once the dialog was accepted; null before, and after it was taken.
    std::unique_ptr<Session> takeSession();

public slots:
    void accept() override;

private:
    void updateSignInButton();
    void showError(const QString& message);

    std::unique_ptr<Database> m_database;
    const Clock& m_clock;
    QString m_path;
    std::unique_ptr<Session> m_session;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_signInButton = nullptr;
};

} // namespace dsar
