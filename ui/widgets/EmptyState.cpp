#include "EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QTableView>

namespace riaya {
namespace {

bool showsRows(QAbstractItemView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model) {
        return false;
    }
    const int rows = model->rowCount(view->rootIndex());
    const auto* table = qobject_cast<QTableView*>(view);
    if (!table) {
        return rows > 0;
    }
    for (int row = 0; row < rows; ++row) {
        if (!table->isRowHidden(row)) {
            return true;
        }
    }
    return false;
}

} // namespace

EmptyState::EmptyState(QAbstractItemView* view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(24);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // The grey of hints (MessageLabel), a little larger: read at a glance, not a warning.
    setStyleSheet(QStringLiteral("color: #555555;"));
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    setFont(larger);
    view->viewport()->installEventFilter(this);
    watchModel();
    setGeometry(view->viewport()->rect());
    refresh();
}

EmptyState* EmptyState::of(QAbstractItemView* view)
{
    return view->viewport()->findChild<EmptyState*>(QString(), Qt::FindDirectChildrenOnly);
}

void EmptyState::watchModel()
{
    QAbstractItemModel* model = m_view->model();
    if (!model) {
        return;
    }
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
}

void EmptyState::refresh()
{
    setHidden(showsRows(m_view));
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport is this label's parent; the view itself is not asked (it may be half destroyed).
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
    }
    return QLabel::eventFilter(watched, event);
}

} // namespace riaya
