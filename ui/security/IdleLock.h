#pragma once

#include <QObject>
#include <QTimer>

namespace riaya {

// Watches the keyboard and mouse of the whole application and says when nobody has used it
// for the given time, so the window can lock a shared laptop.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    IdleLock(int minutes, QObject* parent = nullptr);

    void restart();
    bool isActive() const { return m_timer.isActive(); }
    void stop() { m_timer.stop(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace riaya
