#include "RosterFilePage.h"

#include "RosterSession.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "roster/RosterTemplate.h"
#include "widgets/FileFilters.h"
#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <climits>

namespace riaya {
namespace {

// The encodings Arabic and French offices' files come in, by their ICU names.
struct Encoding
{
    const char* name;
    const char* label;
};

constexpr Encoding kEncodings[] = {
    { "UTF-8", QT_TRANSLATE_NOOP("riaya::RosterFilePage", "UTF-8 (Unicode)") },
    { "UTF-16", QT_TRANSLATE_NOOP("riaya::RosterFilePage", "UTF-16 (Excel's “Unicode text”)") },
    { "windows-1256", QT_TRANSLATE_NOOP("riaya::RosterFilePage", "Windows-1256 (Arabic Excel's CSV)") },
    { "ISO-8859-6", QT_TRANSLATE_NOOP("riaya::RosterFilePage", "ISO-8859-6 (Arabic)") },
    { "windows-1252", QT_TRANSLATE_NOOP("riaya::RosterFilePage", "Windows-1252 (French Excel's CSV)") },
};

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char('\t')) {
        return RosterFilePage::tr("tabs");
    }
    if (separator == QLatin1Char(';')) {
        return RosterFilePage::tr("semicolons “;”");
    }
    return RosterFilePage::tr("commas “,”");
}

// What the template is called where it is offered to be saved ("residents roster.xlsx").
QString templateName(RosterKind kind)
{
    switch (kind) {
    case RosterKind::Residents:
        return RosterFilePage::tr("residents roster");
    case RosterKind::Institutions:
        return RosterFilePage::tr("institutions list");
    case RosterKind::Families:
        return RosterFilePage::tr("foster families register");
    }
    return {};
}

} // namespace

RosterFilePage::RosterFilePage(RosterSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_sheetLabel(new QLabel(tr("&Sheet:"), this))
    , m_sheet(new QComboBox(this))
    , m_encodingLabel(new QLabel(tr("&Encoding:"), this))
    , m_encoding(new QComboBox(this))
    , m_found(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_template(new QPushButton(tr("Save a &template…"), this))
{
    setTitle(tr("The file"));
    setSubTitle(
        tr("Choose the spreadsheet that holds the list: an Excel workbook (%1) or a text file (%2). "
           "Riaya reads it and changes nothing in it.")
            .arg(isolateLtr(QStringLiteral(".xlsx, .xls")), isolateLtr(QStringLiteral(".csv, .txt"))));
    m_path->setObjectName(QStringLiteral("rosterPath"));
    m_sheet->setObjectName(QStringLiteral("rosterSheet"));
    m_encoding->setObjectName(QStringLiteral("rosterEncoding"));
    m_found->setObjectName(QStringLiteral("rosterFound"));
    m_message->setObjectName(QStringLiteral("rosterFileMessage"));
    m_template->setObjectName(QStringLiteral("saveRosterTemplate"));
    m_path->setLayoutDirection(Qt::LeftToRight); // a path is read left to right
    m_path->setPlaceholderText(tr("The file's path, or Choose…"));
    m_found->setWordWrap(true);
    m_sheetLabel->setBuddy(m_sheet);
    m_encodingLabel->setBuddy(m_encoding);
    for (const Encoding& encoding : kEncodings) {
        m_encoding->addItem(tr(encoding.label), QString::fromLatin1(encoding.name));
    }

    auto* choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseRoster"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    auto* form = new QFormLayout;
    form->addRow(pathLabel, pathRow);
    form->addRow(m_sheetLabel, m_sheet);
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_found);

    auto* templateNote = new QLabel(tr("No file yet? Save the empty template, fill it in with a spreadsheet "
                                       "program, then choose it here. Its headers are in your language."),
                                    this);
    templateNote->setWordWrap(true);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(templateNote, 1);
    templateRow->addWidget(m_template);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(templateRow);

    connect(choose, &QPushButton::clicked, this, &RosterFilePage::choose);
    connect(m_template, &QPushButton::clicked, this, &RosterFilePage::chooseTemplatePath);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_encodingChosen = false;
        emit completeChanged();
    });
    connect(m_sheet, &QComboBox::activated, this, &RosterFilePage::reopen);
    connect(m_encoding, &QComboBox::activated, this, [this] {
        m_encodingChosen = true;
        reopen();
    });
    showFile();
}

bool RosterFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty() && !m_session.busy();
}

bool RosterFilePage::validatePage()
{
    // Typed and Enter pressed, or changed since it was opened: opened now.
    if (!m_session.file || m_session.path != m_path->text().trimmed()) {
        return openFile();
    }
    return true;
}

void RosterFilePage::choose()
{
    const QString start = m_path->text().trimmed().isEmpty()
        ? QDir::homePath()
        : QFileInfo(m_path->text().trimmed()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the roster"), start,
        isolatedFilters(tr("Spreadsheets (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;"
                           "Text files (*.csv *.txt);;All files (*)")));
    if (!path.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(path));
        openFile();
    }
}

void RosterFilePage::reopen()
{
    if (m_session.file && m_session.path == m_path->text().trimmed()) {
        openFile();
    }
}

bool RosterFilePage::openFile()
{
    const QString path = m_path->text().trimmed();
    SheetOptions options;
    if (m_session.file && m_session.path == path) { // the same file: another sheet or encoding
        options.sheet = m_sheet->currentText();
        if (m_encodingChosen) {
            options.encoding = m_encoding->currentData().toString();
        }
    }
    m_session.file.reset();
    m_session.check.reset();
    m_session.path = path;
    m_session.options = options;
    Result<RosterFile> file = openRosterFile(m_session.db(), m_session.kind(), path, options);
    if (file) {
        m_session.file = std::move(*file);
        m_message->clear();
        if (const qint64 unreadable = m_session.file->unreadableCharacters; unreadable > 0) {
            m_message->showError(
                displayDigits(tr("%n characters of the first rows cannot be read in %1: the file is "
                                 "probably in another encoding. Choose it above.",
                                 nullptr, int(std::min<qint64>(unreadable, INT_MAX)))
                                  .arg(isolateLtr(m_session.file->info.encoding))));
        }
    } else {
        m_message->showError(file.error().message);
    }
    showFile();
    emit completeChanged();
    return m_session.file.has_value();
}

void RosterFilePage::showFile()
{
    const bool open = m_session.file.has_value();
    const SheetFileInfo info = open ? m_session.file->info : SheetFileInfo();
    const bool text = open && info.format == QLatin1String("csv");
    const bool sheets = open && info.sheets.size() > 1;
    m_sheet->clear();
    m_sheet->addItems(info.sheets);
    m_sheet->setCurrentIndex(std::max(0, int(info.sheets.indexOf(info.sheet))));
    for (QWidget* widget : { static_cast<QWidget*>(m_sheetLabel), static_cast<QWidget*>(m_sheet) }) {
        widget->setVisible(sheets);
    }
    for (QWidget* widget : { static_cast<QWidget*>(m_encodingLabel), static_cast<QWidget*>(m_encoding) }) {
        widget->setVisible(text);
    }
    if (text) {
        int index = m_encoding->findData(info.encoding, Qt::UserRole, Qt::MatchFixedString);
        if (index < 0) { // found by detection, not among the usual ones
            m_encoding->addItem(info.encoding, info.encoding);
            index = m_encoding->count() - 1;
        }
        m_encoding->setCurrentIndex(index);
    }
    if (!open) {
        m_found->clear();
    } else if (text) {
        const QString detected
            = tr("Text file. Encoding detected: %1 (confidence %2%); fields separated by %3.")
                  .arg(isolateLtr(info.detectedEncoding))
                  .arg(info.encodingConfidence)
                  .arg(separatorName(info.separator));
        m_found->setText(displayDigits(
            m_encodingChosen
                ? detected + QLatin1Char(' ') + tr("Read as %1, as you chose.").arg(isolateLtr(info.encoding))
                : detected + QLatin1Char(' ') + tr("If the names look wrong, choose another encoding.")));
    } else {
        m_found->setText(displayDigits(tr("Excel workbook (%1): the sheet “%2” is read; %n sheets in all.",
                                          nullptr, int(info.sheets.size()))
                                           .arg(info.format.toUpper(), isolate(info.sheet))));
    }
}

void RosterFilePage::chooseTemplatePath()
{
    const QString suggested
        = QDir(QDir::homePath()).filePath(templateName(m_session.kind()) + QStringLiteral(".xlsx"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save an empty template"), suggested,
        isolatedFilters(tr("Excel workbooks (*.xlsx);;Text files, comma-separated (*.csv)")));
    if (!path.isEmpty()) {
        saveTemplate(path);
    }
}

bool RosterFilePage::saveTemplate(const QString& path)
{
    if (Status written = writeRosterTemplate(m_session.kind(), path, QLocale().name().left(2)); !written) {
        m_message->showError(written.error().message);
        return false;
    }
    m_message->showSuccess(tr("The template is saved in %1. Fill it in, then choose it above.")
                               .arg(isolateLtr(QDir::toNativeSeparators(path))));
    return true;
}

} // namespace riaya
