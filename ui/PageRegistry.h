#pragma once

#include "MainWindow.h"
#include "security/Access.h"

#include <QKeyCombination>
#include <QList>
#include <span>

namespace riaya {

class Database;

using PageFactory = QWidget* (*)(Database& db, QWidget* parent);

// The page registry: every screen once, in the order of the navigation. The navigation, the
// Go menu, the making of the pages and what the signed-in person may open all come from it.
struct PageEntry
{
    MainWindow::Page id;
    const char* title; // translated in the context of riaya::MainWindow
    QList<Permission> anyOf = {}; // any of them shows the page; none: everyone sees it
    PageFactory make = nullptr; // none: a screen of a later version, listed but not chosen
    void (*shown)(QWidget* page) = nullptr; // each time it is shown
    const char* goMenuText = nullptr; // listed in the Go menu, with its shortcut
    QKeyCombination shortcut = {};
    const char* icon = nullptr; // in resources/icons
};

// Every screen once, in the order of MainWindow::Page.
std::span<const PageEntry> pageRegistry();
// Whether the signed-in person may open the screen.
bool mayOpen(Database& db, const PageEntry& entry);

} // namespace riaya
