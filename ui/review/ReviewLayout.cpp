#include "ReviewLayout.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

void layOutReview(QWidget* tab, QListWidget* list, QLabel* explanation, QTableWidget* fields,
                  const QList<QPushButton*>& decisions, QLabel* message, QWidget* aboveList)
{
    message->setWordWrap(true);
    fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fields->verticalHeader()->hide();
    fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto* detail = new QWidget(tab);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    if (explanation) {
        explanation->setWordWrap(true);
        detailLayout->addWidget(explanation);
    }
    detailLayout->addWidget(fields, 1);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* decision : decisions) {
        buttons->addWidget(decision);
    }
    buttons->addStretch();
    detailLayout->addLayout(buttons);
    auto* splitter = new QSplitter(tab);
    if (aboveList) {
        auto* side = new QWidget(tab);
        auto* sideLayout = new QVBoxLayout(side);
        sideLayout->setContentsMargins(0, 0, 0, 0);
        sideLayout->addWidget(aboveList);
        sideLayout->addWidget(list, 1);
        splitter->addWidget(side);
    } else {
        splitter->addWidget(list);
    }
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter, 1);
    layout->addWidget(message);
}

} // namespace riaya
