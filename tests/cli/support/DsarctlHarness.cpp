#include "DsarctlHarness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <unistd.h>

namespace dsar::clitest {

const QString fixedToday = QStringLiteral("2027-03-10");
const QString admin = QStringLiteral("admin");
const QString dpo = QStringLiteral("dpo");
const QString handlaggare = QStringLiteral("handlaggare");

QString demoPassword(const QString& user)
{
    return user + QStringLiteral("-demo");
}

QJsonValue Run::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson(out);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

bool Run::mentions(const QString& text) const
{
    return QString::fromUtf8(out).contains(text) || QString::fromUtf8(err).contains(text);
}

QByteArray describe(const Run& run, int expected)
{
    return "exit " + QByteArray::number(run.exitCode) + " (expected " + QByteArray::number(expected)
        + ")\nstderr: " + run.err + "\nstdout: " + run.out.left(2000);
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return list;
}

QStringList jsonStrings(const QJsonValue& value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        strings << item.toString();
    return strings;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QString DsarctlHarness::program()
{
    return QStringLiteral(DSARCTL_PATH);
}

bool DsarctlHarness::startTest()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid() || !QDir(m_dir->path()).mkdir(QStringLiteral("home")))
        return false;
    m_db = path(QStringLiteral("cases.sqlite"));
    return true;
}

void DsarctlHarness::endTest()
{
    m_dir.reset();
}

QProcessEnvironment DsarctlHarness::environment(const QString& today, const QString& user) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DSAR_DB", "DSAR_TODAY", "DSAR_USER", "DSAR_PASSWORD", "DSAR_NEW_PASSWORD",
                              "QT_LOGGING_RULES", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" })
        env.remove(QString::fromLatin1(name));
    if (!user.isEmpty()) {
        env.insert(QStringLiteral("DSAR_USER"), user);
        env.insert(QStringLiteral("DSAR_PASSWORD"), demoPassword(user));
    }
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // As far from Stockholm as time zones go: nothing may depend on the local zone.
    env.insert(QStringLiteral("TZ"), QStringLiteral("Pacific/Kiritimati"));
    if (!today.isNull())
        env.insert(QStringLiteral("DSAR_TODAY"), today);
    return env;
}

Run DsarctlHarness::run(const QStringList& arguments, const QProcessEnvironment& env, const QByteArray* input) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    // A session of its own, without a controlling terminal: dsarctl must never wait for a password prompt
    // here, whoever runs the tests from a terminal.
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(program(), arguments);
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    Run result;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        result.err = "dsarctl did not finish: " + process.errorString().toUtf8();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

Run DsarctlHarness::run(const QStringList& arguments, const QString& today) const
{
    return run(arguments, environment(today));
}

Run DsarctlHarness::runAs(const QString& user, const QStringList& arguments) const
{
    return run(onDb(arguments), environment(fixedToday, user));
}

QStringList DsarctlHarness::onDb(const QStringList& arguments) const
{
    return QStringList { QStringLiteral("--db"), m_db } + arguments;
}

} // namespace dsar::clitest
