"""The "Petites villes de demain" menu and toolbar."""
import functools

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolButton

from ..i18n import tr
from ..resources_path import resource_path

MENU_OBJECT_NAME = "pvdMenu"
TOOLBAR_OBJECT_NAME = "pvdToolbar"
LOAD_ACTION_OBJECT_NAME = "pvd_action_load_layers"
ZOOM_ACTION_OBJECT_NAME = "pvd_action_zoom_commune"


def open_algorithm_dialog(algorithm_id):
    import processing

    processing.execAlgorithmDialog(algorithm_id)


def load_layers(iface):
    from .loader import choose_and_load

    choose_and_load(iface)


def zoom_to_commune(iface):
    from .commune_choice import zoom_to_commune as choose_and_zoom

    choose_and_zoom(iface)


def build_menu_and_toolbar(iface, provider):
    """Add a top-level menu and a toolbar; return (menu, toolbar, actions) for unload."""
    main_window = iface.mainWindow()
    menu = QMenu(tr("Petites villes de demain"), main_window)
    menu.setObjectName(MENU_OBJECT_NAME)
    toolbar = iface.addToolBar(tr("Petites villes de demain"))
    toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

    # no parentheses in tooltips: QGIS's shortcut manager cuts "(…)" out of them
    load = _action(main_window, "/mActionAddOgrLayer.svg", tr("Load PVD layers"), LOAD_ACTION_OBJECT_NAME,
                   tr("Load the layers of a PVD GeoPackage, grouped and styled; the sample is offered first"),
                   lambda: load_layers(iface))
    menu.addAction(load)
    toolbar.addAction(load)
    zoom = _action(main_window, "/mActionZoomToLayer.svg", tr("Zoom to a commune"), ZOOM_ACTION_OBJECT_NAME,
                   tr("Choose a commune of the PVD layers and zoom the map on it"), lambda: zoom_to_commune(iface))
    menu.addAction(zoom)
    actions = [load, zoom]
    # The toolbar keeps one button per job: loading, and the algorithms in a drop-down.
    algorithms_menu = QMenu(tr("Petites villes de demain algorithms"), main_window)
    for group in sorted({alg.group() for alg in provider.algorithms()}):
        menu.addSection(group)
        algorithms_menu.addSection(group)
        for algorithm in sorted((a for a in provider.algorithms() if a.group() == group),
                                key=lambda alg: alg.displayName()):
            action = _action(main_window, "/processingAlgorithm.svg", algorithm.displayName(),
                             "pvd_action_{}".format(algorithm.name()),
                             algorithm.shortDescription() or algorithm.displayName(),
                             functools.partial(open_algorithm_dialog, algorithm.id()))
            menu.addAction(action)
            algorithms_menu.addAction(action)
            actions.append(action)
    button = QToolButton(toolbar)
    button.setIcon(QIcon(resource_path("icons", "pvd.svg")))
    button.setToolTip(tr("Petites villes de demain algorithms"))
    button.setMenu(algorithms_menu)
    button.setPopupMode(QToolButton.InstantPopup)
    toolbar.addWidget(button)

    menu_bar = main_window.menuBar()
    menu_bar.insertMenu(_help_menu_action(menu_bar), menu)
    return menu, toolbar, actions


def _action(parent, icon, text, object_name, tooltip, run):
    """A menu and toolbar action: QGIS theme ``icon``, ``text``, ``tooltip``; ``run()`` when triggered."""
    action = QAction(QgsApplication.getThemeIcon(icon), text, parent)
    action.setObjectName(object_name)
    action.setToolTip(tooltip)
    action.triggered.connect(lambda _checked=False: run())
    return action


def _help_menu_action(menu_bar):
    """The menu bar's last entry (Help in QGIS), so our menu sits before it."""
    existing = menu_bar.actions()
    return existing[-1] if existing else None

