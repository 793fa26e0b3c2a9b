#pragma once

#include <QDialog>

class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace riaya {

// The short user guide in the language shown, and the keyboard shortcuts of the window
// that opened it, read from its own actions so the list never drifts from the keys.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    enum Part
    {
        Guide,
        Shortcuts
    };

    // window: the main window whose shortcuts are listed (none: the guide only).
    HelpDialog(QWidget* window, Part part);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void listShortcuts();

    QWidget* m_window;
    QTabWidget* m_tabs;
    QTextBrowser* m_guide;
    QTableWidget* m_shortcuts;
};

// The guide's resource for the language shown: ":/riaya/help/guide-ar.md" and so on.
QString userGuidePath();

} // namespace riaya
