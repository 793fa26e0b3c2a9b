#pragma once

#include "residents/DuplicateFinder.h"

#include <QFrame>

class QLabel;
class QListWidget;
class QPushButton;

namespace riaya {

// Shown in a new resident's file when the same child may already be registered: lists
// the candidates and lets the person open one of them or register a new child anyway.
class DuplicatePanel : public QFrame
{
    Q_OBJECT

public:
    explicit DuplicatePanel(QWidget* parent = nullptr);
    void setCandidates(const QList<DuplicateCandidate>& candidates);

signals:
    void openRequested(const QString& residentId);
    void registerAnywayRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QListWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_anyway;
    QList<DuplicateCandidate> m_candidates;
};

} // namespace riaya
