#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace riaya {

// The user's preferences. The language changes at once, without a restart.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);
    // A section of settings that belongs to the open database (backups), below the user's own.
    void addPanel(QWidget* panel);

signals:
    // Dates or digits are now shown another way: views redraw them.
    void displayOptionsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void languageChosen(int index);

    QLabel* m_title;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QCheckBox* m_arabicDigits;
    QCheckBox* m_hijri;
};

} // namespace riaya
