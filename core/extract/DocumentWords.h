#pragma once

#include "letters/LetterWording.h"

#include <QDate>
#include <QString>

namespace dsar {

// A document's own words in its language ("sv" or "en"), not the interface's: w(u"Ja", u"Yes").
class DocumentWords
{
public:
    explicit DocumentWords(const QString& language)
        : m_language(language)
    { }
    QString operator()(const char16_t* swedish, const char16_t* english) const
    {
        return LetterWording::isSwedish(m_language) ? QString::fromUtf16(swedish) : QString::fromUtf16(english);
    }
    QString date(QDate date) const { return LetterWording::date(date, m_language); }
    const QString& language() const { return m_language; }

private:
    QString m_language;
};

} // namespace dsar
