#include "ReadableHeader.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>

namespace riaya {
namespace {

// Hears of every widget being polished (before it is first shown) and takes in the headers.
class HeaderWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Polish) {
            if (auto* header = qobject_cast<QHeaderView*>(watched)) {
                ReadableHeader::keep(header);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void ReadableHeader::keepAll()
{
    const QString name = QStringLiteral("riayaHeaderWatcher");
    if (!qApp->findChild<QObject*>(name, Qt::FindDirectChildrenOnly)) {
        auto* watcher = new HeaderWatcher(qApp);
        watcher->setObjectName(name);
        qApp->installEventFilter(watcher);
    }
}

void ReadableHeader::keep(QHeaderView* header)
{
    if (!header->findChild<ReadableHeader*>(QString(), Qt::FindDirectChildrenOnly)) {
        new ReadableHeader(header);
    }
}

ReadableHeader::ReadableHeader(QHeaderView* header)
    : QObject(header)
    , m_header(header)
{
    header->installEventFilter(this);
    connect(header, &QHeaderView::sectionCountChanged, this, &ReadableHeader::widenLater);
    widenLater();
}

bool ReadableHeader::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::Show) {
        widenLater();
    }
    return QObject::eventFilter(watched, event);
}

// After the pending events: a language switch retranslates the titles after this header hears of it.
void ReadableHeader::widenLater()
{
    if (QAbstractItemModel* model = m_header->model()) {
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ReadableHeader::widenLater,
                Qt::UniqueConnection);
        connect(model, &QAbstractItemModel::modelReset, this, &ReadableHeader::widenLater,
                Qt::UniqueConnection);
    }
    if (!m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(this, &ReadableHeader::widen, Qt::QueuedConnection);
    }
}

void ReadableHeader::widen()
{
    m_pending = false;
    for (int section = 0; section < m_header->count(); ++section) {
        if (m_header->isSectionHidden(section)
            || m_header->sectionResizeMode(section) != QHeaderView::Interactive) {
            continue;
        }
        const int hint = m_header->sectionSizeHint(section);
        if (m_header->sectionSize(section) < hint) {
            m_header->resizeSection(section, hint);
        }
    }
}

} // namespace riaya
