#include "PassphraseDialog.h"

#include "security/KeyStore.h"
#include "security/Wipe.h"
#include "widgets/MessageLabel.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace riaya {

PassphraseDialog::PassphraseDialog(Mode mode, Text intro, Text actionText, Action action, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_action(std::move(action))
    , m_introText(std::move(intro))
    , m_actionText(std::move(actionText))
    , m_intro(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_current(new QLineEdit(this))
    , m_freshLabel(new QLabel(this))
    , m_fresh(new QLineEdit(this))
    , m_againLabel(new QLabel(this))
    , m_again(new QLineEdit(this))
    , m_strength(new MessageLabel(this))
    , m_message(new MessageLabel(this))
    , m_ok(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    m_current->setObjectName(QStringLiteral("currentPassphrase"));
    m_fresh->setObjectName(QStringLiteral("newPassphrase"));
    m_again->setObjectName(QStringLiteral("newPassphraseAgain"));
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));
    m_message->setObjectName(QStringLiteral("passphraseMessage"));
    m_ok->setObjectName(QStringLiteral("passphraseOk"));
    for (QLineEdit* field : { m_current, m_fresh, m_again }) {
        field->setEchoMode(QLineEdit::Password);
    }
    m_intro->setWordWrap(true);
    m_currentLabel->setBuddy(m_current);
    m_freshLabel->setBuddy(m_fresh);
    m_againLabel->setBuddy(m_again);
    m_ok->setDefault(true);

    const bool asksCurrent = mode != Mode::Create;
    const bool asksNew = mode != Mode::Open;
    auto* form = new QFormLayout;
    if (asksCurrent) {
        form->addRow(m_currentLabel, m_current);
    }
    if (asksNew) {
        form->addRow(m_freshLabel, m_fresh);
        form->addRow(m_againLabel, m_again);
        form->addRow(m_strength);
    }
    for (QWidget* unused : { static_cast<QWidget*>(m_currentLabel), static_cast<QWidget*>(m_current) }) {
        unused->setVisible(asksCurrent);
    }
    for (QWidget* unused : { static_cast<QWidget*>(m_freshLabel), static_cast<QWidget*>(m_fresh),
                             static_cast<QWidget*>(m_againLabel), static_cast<QWidget*>(m_again),
                             static_cast<QWidget*>(m_strength) }) {
        unused->setVisible(asksNew);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_ok);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_fresh, &QLineEdit::textChanged, this, &PassphraseDialog::showStrength);
    connect(m_again, &QLineEdit::textChanged, this, &PassphraseDialog::showStrength);
    connect(m_ok, &QPushButton::clicked, this, &PassphraseDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] {
        for (QLineEdit* field : { m_current, m_fresh, m_again }) {
            field->clear();
        }
    });
    retranslate();
    (asksCurrent ? m_current : m_fresh)->setFocus();
    resize(520, sizeHint().height());
}

void PassphraseDialog::showStrength()
{
    QByteArray fresh = m_fresh->text().toUtf8();
    WipeOnExit wipeFresh(fresh);
    if (fresh.isEmpty()) {
        m_strength->showHint(tr("At least %n characters: a few words that you will remember.", nullptr,
                                KeyStore::kMinPassphraseLength));
    } else if (const QString problem = KeyStore::passphraseProblem(fresh); !problem.isEmpty()) {
        m_strength->showHint(problem);
    } else if (m_again->text().isEmpty()) {
        m_strength->showHint(tr("Long enough. Type it again below."));
    } else if (m_again->text() != m_fresh->text()) {
        m_strength->showHint(tr("The two passphrases differ."));
    } else {
        m_strength->showSuccess(tr("The two passphrases match."));
    }
}

bool PassphraseDialog::submit()
{
    QByteArray current = m_mode == Mode::Create ? QByteArray() : m_current->text().toUtf8();
    QByteArray fresh = m_mode == Mode::Open ? QByteArray() : m_fresh->text().toUtf8();
    WipeOnExit wipeCurrent(current);
    WipeOnExit wipeFresh(fresh);
    if (m_mode != Mode::Create && current.isEmpty()) {
        m_message->showError(tr("Type the current passphrase."));
        m_current->setFocus();
        return false;
    }
    if (m_mode != Mode::Open) {
        if (const QString problem = KeyStore::passphraseProblem(fresh); !problem.isEmpty()) {
            m_message->showError(problem);
            m_fresh->setFocus();
            return false;
        }
        if (m_again->text() != m_fresh->text()) {
            m_message->showError(tr("The two passphrases differ: type the new one again."));
            m_again->clear();
            m_again->setFocus();
            return false;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // deriving the key takes a second
    const Status done = m_action(current, fresh);
    QApplication::restoreOverrideCursor();
    if (!done) {
        m_message->showError(done.error().whatToFix());
        if (m_mode != Mode::Create) {
            m_current->clear();
            m_current->setFocus();
        }
        return false;
    }
    m_message->clear();
    accept();
    return true;
}

void PassphraseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslate()
{
    setWindowTitle(tr("Passphrase of the keys"));
    m_currentLabel->setText(m_mode == Mode::Change ? tr("&Current passphrase:") : tr("&Passphrase:"));
    m_freshLabel->setText(m_mode == Mode::Change ? tr("&New passphrase:") : tr("&Passphrase:"));
    m_againLabel->setText(tr("The passphrase &again:"));
    m_intro->setText(m_introText());
    m_ok->setText(m_actionText());
    m_cancel->setText(tr("Cancel"));
    showStrength();
}

} // namespace riaya
