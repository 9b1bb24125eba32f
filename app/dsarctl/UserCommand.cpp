#include "UserCommand.h"

#include "CliOutput.h"
#include "PasswordPrompt.h"
#include "security/Permission.h"

#include <QCommandLineParser>

namespace dsar::cli {
namespace {

// What an administrator needs to see of an account; never anything of its key slot.
QJsonObject userJson(const UserRecord& user)
{
    return { { QStringLiteral("name"), user.name },
             { QStringLiteral("role"), Roles::code(user.role) },
             { QStringLiteral("disabled"), user.disabled },
             { QStringLiteral("failed_logins"), user.failedLogins },
             { QStringLiteral("locked_until"),
               user.lockedUntil.isValid() ? QJsonValue(user.lockedUntil.toUTC().toString(Qt::ISODate))
                                          : QJsonValue(QJsonValue::Null) } };
}

// Asks before a new password is typed in twice for nothing; the service checks again.
bool mayManageAccounts(Session& session)
{
    if (Status allowed = Permissions::check(session.actor().role, Permission::ManageAccounts); !allowed) {
        printError(allowed.error());
        return false;
    }
    return true;
}

Result<QString> newPassword(const QString& account)
{
    return PasswordPrompt::readNew("DSAR_NEW_PASSWORD", QStringLiteral("New password for %1: ").arg(account),
                                   QStringLiteral("Repeat the new password: "));
}

int add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("The account's role: %1.").arg(Roles::codeList()),
                                  QStringLiteral("role"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the new account as JSON."));
    parser.addOptions({ role, json });
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QStringLiteral("The new account's name. Its password comes from "
                                                "DSAR_NEW_PASSWORD, else it is asked for twice."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("user add"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("Give one account name, e.g. \"dsarctl user add anna --role handlaggare\"."));
        return ExitUsage;
    }
    const QString name = parser.positionalArguments().constFirst();
    if (Status valid = AccountService::validateName(name); !valid) {
        printError(valid.error());
        return ExitUsage;
    }
    const std::optional<Role> parsedRole = Roles::fromCode(parser.value(role));
    if (!parsedRole) {
        printError(
            parser.isSet(role)
                ? QStringLiteral("Unknown role \"%1\". Use one of: %2.").arg(parser.value(role), Roles::codeList())
                : QStringLiteral("Give the account's role with --role (%1).").arg(Roles::codeList()));
        return ExitUsage;
    }

    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    if (!mayManageAccounts(*session))
        return ExitFailure;
    Result<QString> password = newPassword(name);
    if (!password) {
        printError(password.error());
        return ExitFailure;
    }
    Result<UserRecord> added = session->accounts().addUser({ name, *parsedRole, password.value() });
    PasswordPrompt::wipe(password.value());
    if (!added) {
        printError(added.error());
        return ExitFailure;
    }
    if (parser.isSet(json))
        printJson(userJson(added.value()));
    else
        printLine(QStringLiteral("Added the account %1 (%2).").arg(added->name, Roles::code(added->role)));
    return ExitOk;
}

int list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    parser.addOption(json);
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("user list"), arguments))
        return *stop;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<UserRecord>> users = session->accounts().users();
    if (!users) {
        printError(users.error());
        return ExitFailure;
    }
    QJsonArray array;
    QList<QStringList> rows;
    for (const UserRecord& user : users.value()) {
        array.append(userJson(user));
        rows << QStringList { user.name, Roles::code(user.role),
                              user.disabled ? QStringLiteral("yes") : QStringLiteral("no"),
                              QString::number(user.failedLogins),
                              user.lockedUntil.isValid() ? user.lockedUntil.toUTC().toString(Qt::ISODate) : QString() };
    }
    if (parser.isSet(json))
        printJson(array);
    else
        printTable({ QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("disabled"),
                     QStringLiteral("failed_logins"), QStringLiteral("locked_until") },
                   rows);
    return ExitOk;
}

int disable(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QStringLiteral("The account to disable; it can no longer sign in. Its history "
                                                "stays."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("user disable"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("Give one account name, e.g. \"dsarctl user disable anna\"."));
        return ExitUsage;
    }
    const QString name = parser.positionalArguments().constFirst();
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    if (Status disabled = session->accounts().disable(name); !disabled) {
        printError(disabled.error());
        return ExitFailure;
    }
    printLine(QStringLiteral("Disabled the account %1.").arg(name));
    return ExitOk;
}

int passwd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QStringLiteral("The account (an administrator may name any); your own when left "
                                                "out. The new password comes from DSAR_NEW_PASSWORD, else it is "
                                                "asked for twice."),
                                 QStringLiteral("[NAME]"));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("user passwd"), arguments))
        return *stop;
    if (parser.positionalArguments().size() > 1) {
        printError(QStringLiteral("Give at most one account name; without one, your own password is changed."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const QString name = parser.positionalArguments().value(0, session->actor().userName);
    if (name != session->actor().userName && !mayManageAccounts(*session))
        return ExitFailure;
    Result<QString> password = newPassword(name);
    if (!password) {
        printError(password.error());
        return ExitFailure;
    }
    Status changed = session->accounts().changePassword(name, password.value());
    PasswordPrompt::wipe(password.value());
    if (!changed) {
        printError(changed.error());
        return ExitFailure;
    }
    printLine(QStringLiteral("Changed the password of %1.").arg(name));
    return ExitOk;
}

} // namespace

int runUser(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("add"))
        return add(context, arguments.mid(1));
    if (action == QLatin1String("list"))
        return list(context, arguments.mid(1));
    if (action == QLatin1String("disable"))
        return disable(context, arguments.mid(1));
    if (action == QLatin1String("passwd"))
        return passwd(context, arguments.mid(1));
    return printGroupUsage(
        QStringLiteral("user"),
        { { QStringLiteral("add"), QStringLiteral("add a staff account (admin)") },
          { QStringLiteral("list"), QStringLiteral("list the accounts (admin)") },
          { QStringLiteral("disable"), QStringLiteral("stop an account from signing in (admin)") },
          { QStringLiteral("passwd"), QStringLiteral("change your own password, or as admin anyone's") } },
        action);
}

} // namespace dsar::cli
