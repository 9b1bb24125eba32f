// LetterComposer and LetterTemplates: every letter of LEGAL.md section 4 composes in Swedish and English from
// its default template; incomplete facts and bad templates are refused with messages that say what to do.
#include "letters/LetterComposer.h"
#include "letters/LetterTemplates.h"
#include "letters/LetterWording.h"

#include <QTest>

Q_DECLARE_METATYPE(dsar::LetterKind)

using namespace dsar;

namespace {

// Everything every kind needs, for a case received 2027-03-05 (due 2027-04-05, extended 2027-06-07).
LetterFacts completeFacts(LetterKind kind, const QString& language)
{
    LetterFacts facts;
    facts.kind = kind;
    facts.language = language;
    facts.letterDate = QDate(2027, 3, 10);
    facts.controller.id = 1;
    facts.controller.name = QStringLiteral("Assessio Sverige AB");
    facts.controller.organisationNumber = QStringLiteral("556036-0793");
    facts.controller.postalAddress = QStringLiteral("Box 1, 111 22 Stockholm");
    facts.controller.email = QStringLiteral("dataskydd@example.se");
    facts.controller.dpoContact = QStringLiteral("dpo@example.se");
    facts.subject.name = QStringLiteral("Tolvan Tolvansson");
    facts.subject.postalAddress = QStringLiteral("Storgatan 1\n111 22 Stockholm");
    facts.caseRecord.reference = QStringLiteral("DSAR-2027-00042");
    facts.caseRecord.right = RequestRight::Erasure;
    facts.caseRecord.received = ReceiptTime::fromDate(QDate(2027, 3, 5));
    facts.caseRecord.due = QDate(2027, 4, 5);
    facts.caseRecord.extendedDue = QDate(2027, 6, 7);
    facts.identificationReason = QStringLiteral("A copy of an identity document");
    facts.extensionReason = QStringLiteral("Data spread over many systems: seven systems");
    facts.decisionSummary = QStringLiteral("We erased what we no longer need.");
    facts.done = { { QStringLiteral("E-mail address"), QStringLiteral("CRM"), QDate(2027, 3, 9),
                     QStringLiteral("Art. 17(1)(a)") } };
    facts.kept = { { QStringLiteral("Invoices"), QStringLiteral("Finance"), QDate(2033, 12, 31),
                     QStringLiteral("BFL 7 kap. 2 §") } };
    facts.refused = { { QStringLiteral("Purchase history"), QStringLiteral("Finance"), QDate(),
                        QStringLiteral("Art. 17(3)(b)") } };
    facts.refusalReasons = QStringLiteral("The Accounting Act requires us to keep them.");
    facts.refusalLegalReference = QStringLiteral("GDPR Art. 17(3)(b); BFL 7 kap. 2 §");
    facts.partialRefusal = true;
    facts.recipients = { { QStringLiteral("Exempel Distribution AB"), QStringLiteral("Processor"), QDate(2027, 3, 9),
                           QStringLiteral("e-mail"), QString() } };
    facts.feeAmount = QStringLiteral("350 kr");
    facts.feeReasons = QStringLiteral("Four identical requests in three months.");
    facts.restrictionLiftedOn = QDate(2027, 4, 1);
    facts.restrictionLiftReason = QStringLiteral("The data were checked and found accurate.");
    return facts;
}

QString composeError(const LetterFacts& facts)
{
    Result<ComposedLetter> letter
        = LetterComposer::compose(facts, LetterTemplates::defaultBody(facts.kind, facts.language));
    return letter ? QString() : letter.error();
}

} // namespace

class TestLetterComposer : public QObject
{
    Q_OBJECT
private slots:
    void kindCodesRoundTrip();
    void everyKindComposesFromItsDefault_data();
    void everyKindComposesFromItsDefault();
    void refusalTellsTheRightsOfArticle12_4_data();
    void refusalTellsTheRightsOfArticle12_4();
    void datesFollowTheLetterLanguage();
    void acknowledgementOffersRestrictionWhileChecking();
    void outcomeListsDoneKeptAndRecipients();
    void missingElementsRefuse_data();
    void missingElementsRefuse();
    void fullRefusalNeedsNoLines();
    void valuesAreEscaped();
    void emptyFieldsAndSectionsAreLeftOut();
    void titleComesFromTheHeading();
    void unknownPlaceholderRefused_data();
    void unknownPlaceholderRefused();
    void templateValidation();
};

void TestLetterComposer::kindCodesRoundTrip()
{
    QCOMPARE(LetterKinds::all().size(), 7);
    for (LetterKind kind : LetterKinds::all()) {
        QCOMPARE(LetterKinds::fromCode(LetterKinds::code(kind)), kind);
        QVERIFY(!LetterKinds::label(kind).isEmpty());
        QVERIFY(LetterKinds::codeList().contains(LetterKinds::code(kind)));
    }
    QCOMPARE(LetterKinds::code(LetterKind::FeeNotice), QStringLiteral("fee-notice"));
    QCOMPARE(LetterKinds::fromCode(QStringLiteral(" Refusal ")), LetterKind::Refusal);
    QVERIFY(!LetterKinds::fromCode(QStringLiteral("reminder")));
    QVERIFY(LetterKinds::answersRequest(LetterKind::Outcome));
    QVERIFY(!LetterKinds::answersRequest(LetterKind::Acknowledgement));
}

void TestLetterComposer::everyKindComposesFromItsDefault_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected"); // as plain words (escaped before comparing)
    const QStringList reference { QStringLiteral("DSAR-2027-00042") };
    for (const QString& language : LetterComposer::languages()) {
        const bool sv = language == QLatin1String("sv");
        const QString due = sv ? QStringLiteral("2027-04-05") : QStringLiteral("5 April 2027");
        const QString received = sv ? QStringLiteral("2027-03-05") : QStringLiteral("5 March 2027");
        auto row = [&language](LetterKind kind) -> QTestData& {
            return QTest::newRow(qPrintable(LetterKinds::code(kind) + QLatin1Char('/') + language)) << kind << language;
        };
        row(LetterKind::Acknowledgement) << reference + QStringList { received, due };
        row(LetterKind::IdentificationRequest) << reference + QStringList { QStringLiteral("identity document") };
        row(LetterKind::ExtensionNotice) << reference
                + QStringList { QStringLiteral("seven systems"), due,
                                sv ? QStringLiteral("2027-06-07") : QStringLiteral("7 June 2027") };
        row(LetterKind::Refusal) << reference
                + QStringList { QStringLiteral("Purchase history"), QStringLiteral("Accounting Act"),
                                QStringLiteral("GDPR Art. 17(3)(b); BFL 7 kap. 2 §"),
                                sv ? QStringLiteral("delvis") : QStringLiteral("in part") };
        row(LetterKind::Outcome) << reference
                + QStringList { QStringLiteral("We erased what we no longer need."), QStringLiteral("Invoices"),
                                QStringLiteral("Exempel Distribution AB") };
        row(LetterKind::RestrictionLifting) << reference
                + QStringList { sv ? QStringLiteral("2027-04-01") : QStringLiteral("1 April 2027"),
                                QStringLiteral("found accurate") };
        row(LetterKind::FeeNotice) << reference
                + QStringList { QStringLiteral("350 kr"), QStringLiteral("Four identical requests"),
                                sv ? QStringLiteral("Återkalla din begäran")
                                   : QStringLiteral("Withdraw your request") };
    }
}

void TestLetterComposer::everyKindComposesFromItsDefault()
{
    QFETCH(LetterKind, kind);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QString body = LetterTemplates::defaultBody(kind, language);
    QVERIFY2(!body.isEmpty(), "the default template is compiled in");
    QVERIFY2(LetterTemplates::validate(kind, body).ok(), qPrintable(LetterTemplates::validate(kind, body).error()));
    const LetterFacts facts = completeFacts(kind, language);
    QVERIFY(LetterComposer::missingElements(facts).isEmpty());
    Result<ComposedLetter> letter = LetterComposer::compose(facts, body);
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    QCOMPARE(letter->kind, kind);
    QCOMPARE(letter->language, language);
    QCOMPARE(letter->caseReference, QStringLiteral("DSAR-2027-00042"));
    QVERIFY(!letter->title.isEmpty());
    QVERIFY2(!letter->title.contains(QLatin1Char('#')), qPrintable(letter->title));
    QVERIFY2(!letter->markdown.contains(QLatin1String("{{")), qPrintable(letter->markdown));
    for (const QString& text : expected) {
        QVERIFY2(letter->markdown.contains(LetterComposer::escapeMarkdown(text)) || letter->title.contains(text),
                 qPrintable(text + QStringLiteral(" not in:\n") + letter->markdown));
    }
    // Every letter ends with the organisation's name.
    QVERIFY(letter->markdown.trimmed().endsWith(QStringLiteral("Assessio Sverige AB")));
    // Swedish letters are written in Swedish.
    if (language == QLatin1String("sv"))
        QVERIFY(letter->markdown.contains(QStringLiteral("Med vänlig hälsning")));
    else
        QVERIFY(letter->markdown.contains(QStringLiteral("Yours sincerely")));
}

void TestLetterComposer::refusalTellsTheRightsOfArticle12_4_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("sv") << QStringLiteral("sv")
                        << QStringList { QStringLiteral("klagomål"),
                                         QStringLiteral("Integritetsskyddsmyndigheten"),
                                         QStringLiteral("Box 8114, 104 20 Stockholm"),
                                         QStringLiteral("imy@imy.se"),
                                         QStringLiteral("där du bor eller arbetar"),
                                         QStringLiteral("domstol"),
                                         QStringLiteral("artikel 79") };
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList { QStringLiteral("lodge a complaint"),
                                         QStringLiteral("Integritetsskyddsmyndigheten"),
                                         QStringLiteral("Box 8114, 104 20 Stockholm"),
                                         QStringLiteral("imy@imy.se"),
                                         QStringLiteral("where you live or work"),
                                         QStringLiteral("in court"),
                                         QStringLiteral("Article 79") };
}

void TestLetterComposer::refusalTellsTheRightsOfArticle12_4()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    Result<ComposedLetter> letter = LetterComposer::compose(
        completeFacts(LetterKind::Refusal, language), LetterTemplates::defaultBody(LetterKind::Refusal, language));
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    for (const QString& text : expected)
        QVERIFY2(letter->markdown.contains(LetterComposer::escapeMarkdown(text)), qPrintable(text));
}

void TestLetterComposer::datesFollowTheLetterLanguage()
{
    QCOMPARE(LetterWording::date(QDate(2027, 1, 15), QStringLiteral("sv")), QStringLiteral("2027-01-15"));
    QCOMPARE(LetterWording::date(QDate(2027, 1, 15), QStringLiteral("en")), QStringLiteral("15 January 2027"));
    QCOMPARE(LetterWording::date(QDate(), QStringLiteral("en")), QString());
    QCOMPARE(LetterWording::pageOfPages(1, 3, QStringLiteral("sv")), QStringLiteral("Sida 1 av 3"));
    QCOMPARE(LetterWording::pageOfPages(2, 3, QStringLiteral("en")), QStringLiteral("Page 2 of 3"));
}

// GDPR Art. 18(1)(a) and (d): a rectification or objection is acknowledged with the offer of restriction.
void TestLetterComposer::acknowledgementOffersRestrictionWhileChecking()
{
    const auto acknowledged = [](RequestRight right, const QString& language) {
        LetterFacts facts = completeFacts(LetterKind::Acknowledgement, language);
        facts.caseRecord.right = right;
        Result<ComposedLetter> letter
            = LetterComposer::compose(facts, LetterTemplates::defaultBody(LetterKind::Acknowledgement, language));
        // Values are escaped for Markdown ("18\\.1"); the words are what matters here.
        QString text = letter ? letter->markdown : letter.error();
        return text.remove(QLatin1Char('\\'));
    };
    QVERIFY(acknowledged(RequestRight::Rectification, QStringLiteral("sv")).contains(QStringLiteral("18.1 a")));
    QVERIFY(acknowledged(RequestRight::Objection, QStringLiteral("en")).contains(QStringLiteral("18(1)(d)")));
    QVERIFY(!acknowledged(RequestRight::Access, QStringLiteral("sv")).contains(QStringLiteral("begränsar")));
}

void TestLetterComposer::outcomeListsDoneKeptAndRecipients()
{
    LetterFacts facts = completeFacts(LetterKind::Outcome, QStringLiteral("sv"));
    facts.recipients << LetterRecipient { QStringLiteral("Gamla Kredit AB"), QStringLiteral("Mottagare"), QDate(),
                                          QString(), QStringLiteral("Bolaget finns inte längre.") };
    Result<ComposedLetter> letter
        = LetterComposer::compose(facts, LetterTemplates::defaultBody(facts.kind, facts.language));
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    const QString& md = letter->markdown;
    // Tables with the Swedish headers, one row per line, the dates in ISO form.
    QVERIFY(md.contains(QStringLiteral("| Åtgärd | System | Datum | Grund |")));
    QVERIFY(md.contains(QStringLiteral("| Uppgifter | System | Skäl och lagstöd | Sparas till och med |")));
    QVERIFY(md.contains(QStringLiteral("| Invoices | Finance | BFL 7 kap\\. 2 § | 2033\\-12\\-31 |")));
    QVERIFY(md.contains(QStringLiteral("| Mottagare | Typ av mottagare | Underrättad | Hur, eller varför inte |")));
    // GDPR Art. 19: a recipient not notified says so, and why.
    QVERIFY(md.contains(QStringLiteral("| Gamla Kredit AB | Mottagare | Nej | Bolaget finns inte längre\\. |")));
}

void TestLetterComposer::missingElementsRefuse_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("refusal without reasons") << LetterKind::Refusal << QStringLiteral("refusalReasons")
                                             << QStringLiteral("specific reasons for the refusal");
    QTest::newRow("refusal without legal reference")
        << LetterKind::Refusal << QStringLiteral("refusalLegalReference") << QStringLiteral("legal reference");
    QTest::newRow("partial refusal without lines")
        << LetterKind::Refusal << QStringLiteral("refused") << QStringLiteral("must list what is refused");
    QTest::newRow("partial refusal without what was granted")
        << LetterKind::Refusal << QStringLiteral("decisionSummary") << QStringLiteral("what was granted");
    QTest::newRow("outcome without decision")
        << LetterKind::Outcome << QStringLiteral("decisionSummary") << QStringLiteral("decision summary");
    QTest::newRow("kept item without date")
        << LetterKind::Outcome << QStringLiteral("keptDate") << QStringLiteral("until which it is kept");
    QTest::newRow("recipient neither notified nor excused")
        << LetterKind::Outcome << QStringLiteral("recipientDate") << QStringLiteral("GDPR Art. 19");
    QTest::newRow("extension without reason") << LetterKind::ExtensionNotice << QStringLiteral("extensionReason")
                                              << QStringLiteral("reason for the extension");
    QTest::newRow("extension without new date")
        << LetterKind::ExtensionNotice << QStringLiteral("extendedDue") << QStringLiteral("extended due date");
    QTest::newRow("fee without amount") << LetterKind::FeeNotice << QStringLiteral("feeAmount")
                                        << QStringLiteral("amount");
    QTest::newRow("fee without reasons") << LetterKind::FeeNotice << QStringLiteral("feeReasons")
                                         << QStringLiteral("manifestly unfounded or excessive");
    QTest::newRow("lifting without date")
        << LetterKind::RestrictionLifting << QStringLiteral("restrictionLiftedOn") << QStringLiteral("date from which");
    QTest::newRow("lifting without reason")
        << LetterKind::RestrictionLifting << QStringLiteral("restrictionLiftReason") << QStringLiteral("reason why");
    QTest::newRow("identification without reason")
        << LetterKind::IdentificationRequest << QStringLiteral("identificationReason")
        << QStringLiteral("identification reason");
    QTest::newRow("acknowledgement without due date")
        << LetterKind::Acknowledgement << QStringLiteral("due") << QStringLiteral("due date");
    for (LetterKind kind : LetterKinds::all()) {
        QTest::newRow(qPrintable(LetterKinds::code(kind) + QStringLiteral(" without the subject's name")))
            << kind << QStringLiteral("subjectName") << QStringLiteral("name the letter is addressed to");
        QTest::newRow(qPrintable(LetterKinds::code(kind) + QStringLiteral(" without the organisation")))
            << kind << QStringLiteral("controllerName") << QStringLiteral("organisation");
    }
}

void TestLetterComposer::missingElementsRefuse()
{
    QFETCH(LetterKind, kind);
    QFETCH(QString, field);
    QFETCH(QString, message);
    LetterFacts facts = completeFacts(kind, QStringLiteral("en"));
    if (field == QLatin1String("refusalReasons"))
        facts.refusalReasons = QStringLiteral("  ");
    else if (field == QLatin1String("refusalLegalReference"))
        facts.refusalLegalReference.clear();
    else if (field == QLatin1String("refused"))
        facts.refused.clear();
    else if (field == QLatin1String("decisionSummary"))
        facts.decisionSummary.clear();
    else if (field == QLatin1String("keptDate"))
        facts.kept[0].date = QDate();
    else if (field == QLatin1String("recipientDate"))
        facts.recipients[0].notifiedOn = QDate();
    else if (field == QLatin1String("extensionReason"))
        facts.extensionReason.clear();
    else if (field == QLatin1String("extendedDue"))
        facts.caseRecord.extendedDue = QDate();
    else if (field == QLatin1String("feeAmount"))
        facts.feeAmount.clear();
    else if (field == QLatin1String("feeReasons"))
        facts.feeReasons.clear();
    else if (field == QLatin1String("restrictionLiftedOn"))
        facts.restrictionLiftedOn = QDate();
    else if (field == QLatin1String("restrictionLiftReason"))
        facts.restrictionLiftReason.clear();
    else if (field == QLatin1String("identificationReason"))
        facts.identificationReason.clear();
    else if (field == QLatin1String("due"))
        facts.caseRecord.due = QDate();
    else if (field == QLatin1String("subjectName"))
        facts.subject.name.clear();
    else if (field == QLatin1String("controllerName"))
        facts.controller.name.clear();
    else
        QFAIL("unknown field");

    const QStringList missing = LetterComposer::missingElements(facts);
    QCOMPARE(missing.size(), 1);
    QVERIFY2(missing.first().contains(message), qPrintable(missing.first()));
    const QString error = composeError(facts);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(error.contains(LetterKinds::label(kind)));
}

void TestLetterComposer::fullRefusalNeedsNoLines()
{
    // GDPR Art. 12(4): refusing the whole request says what is refused: the request. Its table is left out.
    LetterFacts facts = completeFacts(LetterKind::Refusal, QStringLiteral("sv"));
    facts.partialRefusal = false;
    facts.refused.clear();
    facts.decisionSummary.clear();
    QVERIFY(LetterComposer::missingElements(facts).isEmpty());
    Result<ComposedLetter> letter
        = LetterComposer::compose(facts, LetterTemplates::defaultBody(facts.kind, facts.language));
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    QCOMPARE(letter->title, QStringLiteral("Beslut: din begäran avslås helt"));
    QVERIFY(letter->markdown.contains(QStringLiteral("beslutat att helt avslå den")));
    QVERIFY(!letter->markdown.contains(QStringLiteral("Det här avslår vi")));
    QVERIFY(letter->markdown.contains(QStringLiteral("Skälen för beslutet")));
}

void TestLetterComposer::valuesAreEscaped()
{
    LetterFacts facts = completeFacts(LetterKind::Outcome, QStringLiteral("en"));
    facts.subject.name = QStringLiteral("*Anna* [x](y)");
    facts.decisionSummary = QStringLiteral("# Not a heading\n- not a list\n<b>not html</b> `code` 1. &amp;");
    facts.done[0].what = QStringLiteral("a | b");
    Result<ComposedLetter> letter
        = LetterComposer::compose(facts,
                                  QStringLiteral("# To {{subject.name}}\n\nDear {{subject.name}},\n\n{{decision}}"
                                                 "\n\n## Done\n\n{{done_table}}\n"));
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    const QString& md = letter->markdown;
    QVERIFY2(md.contains(QStringLiteral("Dear \\*Anna\\* \\[x\\]\\(y\\),")), qPrintable(md));
    QVERIFY(!md.contains(QStringLiteral("*Anna*")));
    // The title is plain text, not Markdown.
    QCOMPARE(letter->title, QStringLiteral("To *Anna* [x](y)"));
    // A value's own lines stay in its paragraph (hard breaks), and none of them becomes markup.
    QVERIFY2(
        md.contains(QStringLiteral("\\# Not a heading\\\n\\- not a list\\\n\\<b\\>not html\\</b\\> \\`code\\` 1\\. "
                                   "\\&amp;")),
        qPrintable(md));
    // In a table cell, a pipe is text.
    QVERIFY2(md.contains(QStringLiteral("| a \\| b |")), qPrintable(md));
    QCOMPARE(LetterComposer::escapeMarkdown(QStringLiteral("Åsa Öberg, 2027")), QStringLiteral("Åsa Öberg, 2027"));
}

void TestLetterComposer::emptyFieldsAndSectionsAreLeftOut()
{
    LetterFacts facts = completeFacts(LetterKind::Outcome, QStringLiteral("sv"));
    facts.kept.clear();
    facts.recipients.clear();
    facts.controller.dpoContact.clear();
    Result<ComposedLetter> letter
        = LetterComposer::compose(facts, LetterTemplates::defaultBody(facts.kind, facts.language));
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    const QString& md = letter->markdown;
    QVERIFY(md.contains(QStringLiteral("## Det här har vi gjort")));
    QVERIFY2(!md.contains(QStringLiteral("Uppgifter som vi sparar")), qPrintable(md));
    QVERIFY(!md.contains(QStringLiteral("Mottagare som vi har underrättat")));
    // The line about the DPO goes when there is none; no empty "dataskyddsombud: ." is left.
    QVERIFY(!md.contains(QStringLiteral("dataskyddsombud")));
    QVERIFY(md.contains(QStringLiteral("## Om du inte är nöjd")));
    QVERIFY(!md.contains(QStringLiteral("\n\n\n")));
}

void TestLetterComposer::titleComesFromTheHeading()
{
    const LetterFacts facts = completeFacts(LetterKind::Acknowledgement, QStringLiteral("en"));
    Result<ComposedLetter> own = LetterComposer::compose(
        facts, QStringLiteral("\n#   Your request {{case.reference}}\n\nWe answer by {{case.due}}.\n"));
    QVERIFY2(own.ok(), qPrintable(own.error()));
    QCOMPARE(own->title, QStringLiteral("Your request DSAR-2027-00042"));
    QCOMPARE(own->markdown, QStringLiteral("We answer by 5 April 2027.\n"));
    Result<ComposedLetter> plain = LetterComposer::compose(facts, QStringLiteral("We answer by {{case.due}}."));
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    QCOMPARE(plain->title, QStringLiteral("We have received your request"));
}

void TestLetterComposer::unknownPlaceholderRefused_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("message");
    QTest::newRow("misspelt") << LetterKind::Acknowledgement << QStringLiteral("Dear {{subject.nmae}},")
                              << QStringList { QStringLiteral("{{subject.nmae}}"), QStringLiteral("{{subject.name}}"),
                                               QStringLiteral("{{case.due}}") };
    QTest::newRow("another letter's field")
        << LetterKind::Acknowledgement << QStringLiteral("Pay {{fee.amount}}.")
        << QStringList { QStringLiteral("{{fee.amount}}"), QStringLiteral("can use") };
    QTest::newRow("several") << LetterKind::Refusal << QStringLiteral("{{a.b}} {{c}} {{a.b}}")
                             << QStringList { QStringLiteral("2 field"), QStringLiteral("{{a.b}}, {{c}}"),
                                              QStringLiteral("{{refused_table}}") };
    QTest::newRow("malformed") << LetterKind::Outcome << QStringLiteral("Line\nDear {{subject name}},")
                               << QStringList { QStringLiteral("Line 2"), QStringLiteral("{{subject name}}") };
    QTest::newRow("not closed") << LetterKind::Outcome << QStringLiteral("Dear {{subject.name,")
                                << QStringList { QStringLiteral("without a closing") };
    QTest::newRow("table inside a sentence")
        << LetterKind::Outcome << QStringLiteral("We did: {{done_table}}")
        << QStringList { QStringLiteral("{{done_table}}"), QStringLiteral("line of its own") };
}

void TestLetterComposer::unknownPlaceholderRefused()
{
    QFETCH(LetterKind, kind);
    QFETCH(QString, body);
    QFETCH(QStringList, message);
    Result<ComposedLetter> letter = LetterComposer::compose(completeFacts(kind, QStringLiteral("en")), body);
    QVERIFY(!letter.ok());
    for (const QString& part : message)
        QVERIFY2(letter.error().contains(part), qPrintable(letter.error()));
    QVERIFY(!LetterTemplates::validate(kind, body).ok());
}

void TestLetterComposer::templateValidation()
{
    QVERIFY(LetterTemplates::validate(LetterKind::Outcome, QStringLiteral("{{decision}}")).ok());
    const Status empty = LetterTemplates::validate(LetterKind::Outcome, QStringLiteral(" \n "));
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error().contains(QStringLiteral("reset the template")), qPrintable(empty.error()));
    const Status tooLong = LetterTemplates::validate(LetterKind::Outcome, QString(20001, QLatin1Char('a')));
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error().contains(QStringLiteral("20000")) && tooLong.error().contains(QStringLiteral("Shorten")),
             qPrintable(tooLong.error()));
    QVERIFY(LetterTemplates::validate(LetterKind::Outcome, QString(20000, QLatin1Char('a'))).ok());
    QVERIFY(LetterTemplates::defaultBody(LetterKind::Outcome, QStringLiteral("de")).isEmpty());
    const LetterFacts german = completeFacts(LetterKind::Acknowledgement, QStringLiteral("de"));
    QVERIFY(!LetterComposer::compose(german, QStringLiteral("x")).ok());
    for (LetterKind kind : LetterKinds::all()) {
        const QStringList fields = LetterComposer::placeholders(kind);
        QVERIFY(fields.contains(QStringLiteral("subject.name")));
        QVERIFY(fields.contains(QStringLiteral("case.reference")));
        QVERIFY(fields.contains(QStringLiteral("controller.name")));
    }
    QVERIFY(LetterComposer::placeholders(LetterKind::Outcome).contains(QStringLiteral("recipients_table")));
    QVERIFY(!LetterComposer::placeholders(LetterKind::Acknowledgement).contains(QStringLiteral("refused_table")));
}

QTEST_GUILESS_MAIN(TestLetterComposer)
#include "tst_lettercomposer.moc"
