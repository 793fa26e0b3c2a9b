#pragma once

#include "common/Result.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace riaya {

class MessageLabel;

// Asks for the passphrase of the site's keys: to open them (once), to seal new keys (twice),
// or to change it (the current one, then the new one twice). The new one is checked against
// core's rules (KeyStore::passphraseProblem) as it is typed. The button runs the action; when
// core refuses, the dialog stays open with the reason. The copies handed to the action are
// wiped afterwards and the fields emptied.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Open, // the current passphrase
        Create, // a new one, twice
        Change // the current one, and a new one twice
    };
    // Gets the current passphrase (Open, Change; else empty) and the new one (Create, Change;
    // else empty).
    using Action = std::function<Status(const QByteArray& current, const QByteArray& fresh)>;

    // The texts are asked for again when the language changes.
    using Text = std::function<QString()>;

    PassphraseDialog(Mode mode, Text intro, Text actionText, Action action, QWidget* parent = nullptr);

    // The action behind the button: true (and the dialog accepted) when it was done.
    bool submit();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showStrength();
    void retranslate();

    Mode m_mode;
    Action m_action;
    Text m_introText;
    Text m_actionText;
    QLabel* m_intro;
    QLabel* m_currentLabel;
    QLineEdit* m_current;
    QLabel* m_freshLabel;
    QLineEdit* m_fresh;
    QLabel* m_againLabel;
    QLineEdit* m_again;
    MessageLabel* m_strength;
    MessageLabel* m_message;
    QPushButton* m_ok;
    QPushButton* m_cancel;
};

} // namespace riaya
