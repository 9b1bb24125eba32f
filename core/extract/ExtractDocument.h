#pragma once

#include "domain/Records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace dsar {

// A table of the extract: a header row repeated on every page it runs over, and rows whose cells wrap and are
// never cut. The weights give each column's share of the width.
struct ExtractTable
{
    QStringList header;
    QList<int> weights;
    QList<QStringList> rows;
};

// One block of the extract, in reading order. Core decides what the extract says; the report library lays the
// blocks out on pages.
struct ExtractBlock
{
    enum class Kind
    {
        Heading, // a section: "Dina personuppgifter"
        Subheading, // one processing activity, one system
        Minor, // one category within a system
        Paragraph,
        Facts, // label: value lines
        Table,
    };

    Kind kind = Kind::Paragraph;
    QString text;
    QList<std::pair<QString, QString>> facts;
    ExtractTable table;

    static ExtractBlock heading(const QString& text) { return { Kind::Heading, text, {}, {} }; }
    static ExtractBlock subheading(const QString& text) { return { Kind::Subheading, text, {}, {} }; }
    static ExtractBlock minor(const QString& text) { return { Kind::Minor, text, {}, {} }; }
    static ExtractBlock paragraph(const QString& text) { return { Kind::Paragraph, text, {}, {} }; }
    static ExtractBlock factList(const QList<std::pair<QString, QString>>& facts)
    {
        return { Kind::Facts, {}, facts, {} };
    }
    static ExtractBlock tableOf(const ExtractTable& table) { return { Kind::Table, {}, {}, table }; }
};

// The register extract (registerutdrag, GDPR Art. 15) as composed: who sends it to whom, and its blocks.
struct ExtractDocument
{
    QString language; // "sv" or "en"
    QString title;
    QString documentId; // printed on every page
    QString caseReference;
    QDate date;
    ControllerRecord controller; // the letterhead
    SubjectRecord recipient; // the address block
    QList<ExtractBlock> blocks;
};

} // namespace dsar
