#include "LanguageManager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace dsar {
namespace {

const QString settingsKey = QStringLiteral("language");

// Debian ships no Swedish qtbase catalogue for Qt 6, so the standard button texts Qt looks up are listed
// here for lupdate and translated in our own catalogue (Qt asks every installed translator).
[[maybe_unused]] const char* const qtStandardTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),   QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"), QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),       QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),   QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
};

QLocale localeFor(LanguageManager::Language language)
{
    // en_GB rather than en_US: day-month order and a 24-hour clock, as Swedish staff expect.
    return language == LanguageManager::Language::Swedish ? QLocale(QLocale::Swedish, QLocale::Sweden)
                                                          : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    // Translators must not stay installed after they are destroyed.
    if (m_appLoaded)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qtTranslator);
}

QString LanguageManager::code(Language language)
{
    return language == Language::Swedish ? QStringLiteral("sv") : QStringLiteral("en");
}

LanguageManager::Language LanguageManager::initialLanguage()
{
    const QString saved = QSettings().value(settingsKey).toString();
    if (saved == code(Language::Swedish))
        return Language::Swedish;
    if (saved == code(Language::English))
        return Language::English;
    return QLocale::system().language() == QLocale::Swedish ? Language::Swedish : Language::English;
}

void LanguageManager::setLanguage(Language language)
{
    m_language = language;
    // Dates are formatted with the default locale, so set it before any window retranslates.
    QLocale::setDefault(localeFor(language));

    if (m_appLoaded)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qtTranslator);

    // English has its own file too: it holds the plural forms ("1 day", "2 days") of "%n day(s)".
    m_appLoaded = m_appTranslator.load(QStringLiteral("dsardesk_") + code(language), QStringLiteral(":/i18n"));
    if (m_appLoaded)
        QCoreApplication::installTranslator(&m_appTranslator);
    // Qt's own strings (standard buttons, context menus) are written in English. Debian's
    // qt6-translations-l10n ships Swedish as the older all-in-one qt_sv.qm rather than qtbase_sv.qm.
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    m_qtLoaded = language != Language::English
        && (m_qtTranslator.load(QStringLiteral("qtbase_") + code(language), qtTranslations)
            || m_qtTranslator.load(QStringLiteral("qt_") + code(language), qtTranslations));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qtTranslator);

    // Qt sends LanguageChange only for translators that hold messages; windows need it anyway to reformat
    // dates in the new locale, so send one (windows coalesce repeats).
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    QSettings().setValue(settingsKey, code(language));
    emit languageChanged(language);
}

} // namespace dsar
