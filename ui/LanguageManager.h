#pragma once

#include <QObject>
#include <QTranslator>

namespace dsar {

// The user's language: the app's own translations (embedded under ":/i18n/") plus Qt's, for standard
// dialog buttons. A missing translation is not an error: the English source text shows instead.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    enum class Language
    {
        Swedish,
        English,
    };

    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // The saved choice, else Swedish on a Swedish system, else English.
    static Language initialLanguage();
    static QString code(Language language); // "sv", "en"

    Language language() const { return m_language; }
    // True when the app's own translation for the current language was found and holds messages.
    bool hasAppTranslation() const { return m_appLoaded && !m_appTranslator.isEmpty(); }
    // Installs the translators (Qt then sends QEvent::LanguageChange to every window), sets the default
    // locale for dates and numbers, and remembers the choice.
    void setLanguage(Language language);

signals:
    void languageChanged(dsar::LanguageManager::Language language);

private:
    Language m_language = Language::English;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appLoaded = false;
    bool m_qtLoaded = false;
};

} // namespace dsar
