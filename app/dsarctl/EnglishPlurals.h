#pragma once

#include <QTranslator>

namespace dsar::cli {

// dsarctl speaks English, the source language, so it loads no catalogue; this gives the core's plural
// messages their English forms ("%n year(s)" -> "1 year", "2 years"), as translations/dsardesk_en.ts does
// for the app.
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace dsar::cli
