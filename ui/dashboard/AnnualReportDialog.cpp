#include "AnnualReportDialog.h"

#include "DisplayFormat.h"
#include "PdfExtractRenderer.h"
#include "ProblemLabel.h"
#include "cases/PdfPreviewDialog.h"
#include "crypto/Crypto.h"
#include "services/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {
namespace {

constexpr int firstYear = 2018; // GDPR Art. 99(2): applies from 25 May 2018

} // namespace

AnnualReportDialog::AnnualReportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("annualReportDialog"));
    const int thisYear = m_session.clock().today().year();
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("annualReportYear"));
    // Core refuses any other year as well; the range only saves typing one.
    m_year->setRange(firstYear, std::max(firstYear, thisYear));
    m_year->setValue(thisYear);
    m_year->setGroupSeparatorShown(false);
    m_yearLabel = new QLabel(this);
    m_yearLabel->setBuddy(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, &AnnualReportDialog::updateHint);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("annualReportLanguage"));
    // Each language named in itself, as in the documents section.
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Swedish ? 0 : 1);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("annualReportHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_problem = ProblemLabel::create(QStringLiteral("annualReportProblem"), QString(), this);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_make = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_make->setObjectName(QStringLiteral("makeAnnualReportButton"));
    m_make->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this,
            [this] { makeReport(m_year->value(), m_language->currentData().toString()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(m_yearLabel, m_year);
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setTabOrder(m_year, m_language);
    setTabOrder(m_language, m_make);
    retranslateUi();
    resize(fontMetrics().averageCharWidth() * 60, sizeHint().height());
}

PdfPreviewDialog* AnnualReportDialog::makeReport(int year, const QString& language)
{
    Result<RenderedPdf> pdf = m_session.dashboard().annualReport(year, language, PdfExtractRenderer());
    if (!pdf) {
        ProblemLabel::show(m_problem, pdf.error(), true);
        m_year->setFocus();
        return nullptr;
    }
    ProblemLabel::show(m_problem, QString(), false);
    PdfPreviewDialog::Content content {
        QStringLiteral("annualReport"),
        tr("Annual report %1").arg(year),
        tr("Annual report for %1, %n page(s), made %2. DSAR Desk does not keep it: save or print it now, or make it "
           "again later.",
           nullptr, pdf->pages)
            .arg(year)
            .arg(DisplayFormat::longDate(m_session.clock().today())),
        QStringLiteral("DSAR-ANNUAL-%1").arg(year), // the id core prints in the report's footer
        QString::fromLatin1(crypto::sha256(pdf->pdf).toHex()),
        pdf->pdf,
    };
    // Beside this dialog, not in it: the preview stays when this one closes.
    auto* preview = new PdfPreviewDialog(content, parentWidget());
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
    accept();
    return preview;
}

void AnnualReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AnnualReportDialog::retranslateUi()
{
    setWindowTitle(tr("Annual report"));
    m_yearLabel->setText(tr("&Year:"));
    m_year->setAccessibleName(tr("Year of the report"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language of the report"));
    m_problem->setAccessibleName(tr("Why the report could not be made"));
    m_make->setText(tr("&Make report"));
    m_make->setAccessibleName(tr("Make the annual report as PDF"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without making a report"));
    updateHint();
}

void AnnualReportDialog::updateHint()
{
    const QDate today = m_session.clock().today();
    const int year = m_year->value();
    m_hint->setText(
        year == today.year()
            ? tr("The requests received in %1 and what became of them. The year is not over: the report "
                 "counts up to today, %2.")
                  .arg(year)
                  .arg(DisplayFormat::longDate(today))
            : tr("The requests received in %1 and what became of them, and the answers sent that year.").arg(year));
    m_hint->setAccessibleName(m_hint->text());
}

} // namespace dsar
