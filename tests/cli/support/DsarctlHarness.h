#pragma once

// What the end-to-end tests of dsarctl share: the real program run through QProcess in a temporary folder,
// with a fixed DSAR_TODAY and HOME/XDG_DATA_HOME isolated so that the user's own database is never touched.
#include <QByteArray>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <memory>

namespace dsar::clitest {

extern const QString fixedToday;
// The accounts of every test database, as "init --demo" makes them: NAME with the password NAME-demo.
extern const QString admin;
extern const QString dpo;
extern const QString handlaggare;

QString demoPassword(const QString& user);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonValue json() const;
    QString errText() const { return QString::fromUtf8(err); }
    bool mentions(const QString& text) const;
};

// Everything a failed expectation needs to be understood without rerunning.
QByteArray describe(const Run& run, int expected);
QString s(const char* text);
QStringList args(std::initializer_list<const char*> words);
QStringList jsonStrings(const QJsonValue& value);
// SHA-256 of a file's bytes (hex), empty when it cannot be read.
QByteArray fileHash(const QString& path);

// A test class derives from this (beside QObject) and calls startTest() in init() and endTest() in cleanup().
class DsarctlHarness
{
public:
    // The dsarctl under test (the build's).
    static QString program();

protected:
    // A fresh temporary folder with an empty home/; the test's database is cases.sqlite in it.
    bool startTest();
    void endTest();

    QProcessEnvironment environment(const QString& today = fixedToday, const QString& user = handlaggare) const;
    // Without a controlling terminal, so dsarctl never waits for a password prompt. `input` is written to its
    // standard input, which is then closed.
    Run run(const QStringList& arguments, const QProcessEnvironment& env, const QByteArray* input = nullptr) const;
    Run run(const QStringList& arguments, const QString& today = fixedToday) const;
    // Signed in as `user` (with its demonstration password), on the test's database.
    Run runAs(const QString& user, const QStringList& arguments) const;
    // The arguments with "--db <the test's database>" in front.
    QStringList onDb(const QStringList& arguments) const;
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

} // namespace dsar::clitest

// Evaluates `expression` (often a run of dsarctl) once.
#define EXPECT_EXIT(expression, code)                                                                                  \
    do {                                                                                                               \
        const ::dsar::clitest::Run checked_ = (expression);                                                            \
        QVERIFY2(checked_.exitCode == (code), ::dsar::clitest::describe(checked_, (code)).constData());                \
    } while (false)
