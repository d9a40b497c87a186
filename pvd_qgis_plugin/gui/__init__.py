"""Dialogs and actions; imported only from ``PvdPlugin.initGui``."""
