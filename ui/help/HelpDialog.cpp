#include "HelpDialog.h"

#include "common/Bidi.h"
#include "widgets/RecordTable.h"
#include "widgets/ScreenFit.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace riaya {

QString userGuidePath()
{
    switch (QLocale().language()) {
    case QLocale::Arabic:
        return QStringLiteral(":/riaya/help/guide-ar.md");
    case QLocale::French:
        return QStringLiteral(":/riaya/help/guide-fr.md");
    default:
        return QStringLiteral(":/riaya/help/guide-en.md");
    }
}

HelpDialog::HelpDialog(QWidget* window, Part part)
    : QDialog(window)
    , m_window(window)
    , m_tabs(new QTabWidget(this))
    , m_guide(new QTextBrowser(this))
    , m_shortcuts(newRecordTable(2, this, QStringLiteral("shortcutList")))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_guide->setObjectName(QStringLiteral("userGuide"));
    m_guide->setOpenExternalLinks(false);
    m_tabs->addTab(m_guide, QString());
    m_tabs->addTab(m_shortcuts, QString());
    m_tabs->setCurrentIndex(part == Guide ? 0 : 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    retranslate();
    resizeToFit(this, { 760, 600 });
}

void HelpDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void HelpDialog::retranslate()
{
    setWindowTitle(tr("Riaya help"));
    m_tabs->setTabText(0, tr("User guide"));
    m_tabs->setTabText(1, tr("Keyboard shortcuts"));
    QFile guide(userGuidePath());
    m_guide->setMarkdown(guide.open(QIODevice::ReadOnly) ? QString::fromUtf8(guide.readAll()) : QString());
    m_shortcuts->setHorizontalHeaderLabels({ tr("Keys"), tr("What they do") });
    listShortcuts();
}

// Every action, shortcut and button of the window with keys, as the menus and the screens
// opened so far define them (the keys inside the screens are in the guide).
void HelpDialog::listShortcuts()
{
    if (!m_window) {
        return;
    }
    QList<QPair<QString, QString>> rows;
    const auto add = [&rows](const QKeySequence& keys, QString what) {
        if (keys.isEmpty() || what.isEmpty()) {
            return;
        }
        what.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        what.remove(QStringLiteral("…"));
        const QString text = isolateLtr(keys.toString(QKeySequence::NativeText));
        if (!rows.contains({ text, what })) {
            rows.append({ text, what });
        }
    };
    for (const QAction* action : m_window->findChildren<QAction*>()) {
        add(action->shortcut(), action->text());
    }
    for (const QShortcut* shortcut : m_window->findChildren<QShortcut*>()) {
        add(shortcut->key(), shortcut->whatsThis());
    }
    for (const QAbstractButton* button : m_window->findChildren<QAbstractButton*>()) {
        add(button->shortcut(), button->text());
    }
    m_shortcuts->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        fillRecordRow(m_shortcuts, row, { rows.at(row).first, rows.at(row).second });
    }
    m_shortcuts->resizeColumnToContents(0);
}

} // namespace riaya
