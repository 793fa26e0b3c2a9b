#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace riaya {

class MessageLabel;
class RosterSession;

// The first page of the roster import: the file (chosen in a dialog or typed), the sheet of a
// workbook that has several, and for a text file the encoding found, which the person may
// correct (the file is read again). A file that cannot be read says why here. The empty
// template of this kind of roster is saved from here too.
class RosterFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RosterFilePage(RosterSession& session, QWidget* parent = nullptr);

    // Opens the file named in the path field with the sheet and encoding chosen; false with
    // the reason shown.
    bool openFile();
    // Writes the template (.xlsx or .csv) in the user's language; false with the reason shown.
    bool saveTemplate(const QString& path);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void choose();
    void chooseTemplatePath();
    void showFile();
    // Another sheet or encoding: the same file read again.
    void reopen();

    RosterSession& m_session;
    QLineEdit* m_path;
    QLabel* m_sheetLabel;
    QComboBox* m_sheet;
    QLabel* m_encodingLabel;
    QComboBox* m_encoding;
    QLabel* m_found;
    MessageLabel* m_message;
    QPushButton* m_template;
    bool m_encodingChosen = false; // by the person, not by detection
};

} // namespace riaya
