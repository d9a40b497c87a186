"""Shared base of the plugin's Processing algorithms."""
import os
import weakref

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProjUtils,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from .. import deps
from ..core.messages import UserError
from ..core.progress import Cancelled
from ..i18n import tr, user_locale
from ..resources_path import resource_path


_POST_PROCESSORS = []


def share_proj_data_with_pyproj():
    """Point pyproj at QGIS's PROJ database when it cannot find one by itself.

    Inside QGIS, pyproj's own search may miss the system's ``proj.db`` that QGIS
    uses; both link the same PROJ library, so they share its data.
    """
    import pyproj

    try:
        pyproj.datadir.get_data_dir()
        return
    except pyproj.exceptions.DataDirError:
        pass
    for path in QgsProjUtils.searchPaths():
        if os.path.exists(os.path.join(path, "proj.db")):
            pyproj.datadir.set_data_dir(path)
            return


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies one of the plugin's QML styles (if any) and the fields' display names to an
    output layer QGIS loads."""

    def __init__(self, qml_path=None, aliases=None):
        super().__init__()
        self.qml_path = qml_path
        self.aliases = aliases

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API name)
        from .field_labels import apply_field_labels

        if self.qml_path:
            _message, ok = layer.loadNamedStyle(self.qml_path)
            if not ok:
                feedback.pushWarning(tr("Style {} could not be applied.").format(os.path.basename(self.qml_path)))
        if hasattr(layer, "fields"):
            apply_field_labels(layer, self.aliases)
        layer.triggerRepaint()


class PvdAlgorithm(QgsProcessingAlgorithm):
    """Base class: id, group, help, icon, translation and dependency checks.

    Subclasses set ``ALGORITHM_ID``, ``REQUIRES`` and implement
    ``displayName``, ``shortHelpString``, ``initAlgorithm`` and ``run_algorithm`` (the body
    of ``processAlgorithm``, called once dependencies are known to be present).
    """

    ALGORITHM_ID = ""
    GROUP_ID = "analysis"
    REQUIRES = ("numpy", "shapely")
    # The dialog's preselection when the current project holds PVD layers (see
    # project_layers.project_defaults): {input parameter: model table, tuple of tables for a
    # multi-layer input, or project_layers.GEOPACKAGE_FILE} and {field or text parameter:
    # (its layer parameter, field name)}. Scripts are unaffected: see processAlgorithm.
    MODEL_INPUTS = {}
    MODEL_FIELDS = {}
    # Parameters under "Advanced parameters" in the dialog, and decimals shown by number
    # widgets ({name: decimals}; other decimal numbers show 2, not QGIS's 6).
    ADVANCED = ()
    DECIMALS = {}
    # ((language, command line), …) for the offline help page and the README (scripts/build_help.py)
    EXAMPLES = ()

    def tr(self, text):
        return tr(text)

    def name(self):
        return self.ALGORITHM_ID

    def groupId(self):
        return self.GROUP_ID

    def group(self):
        return {
            "analysis": tr("Analysis"),
            "data": tr("Data"),
            "network": tr("Electricity network"),
            "report": tr("Reports"),
        }.get(self.GROUP_ID, self.GROUP_ID)

    def createInstance(self):
        return type(self)()

    def icon(self):
        return QIcon(resource_path("icons", "pvd.svg"))

    def helpUrl(self):
        for name in ("{}.{}.html".format(self.ALGORITHM_ID, user_locale()), "{}.html".format(self.ALGORITHM_ID)):
            page = resource_path("help", name)
            if os.path.exists(page):
                return QUrl.fromLocalFile(page).toString()
        return ""

    def style_output_on_load(self, context, dest_id, style_name=None, aliases=None):
        """Style an output with ``resources/styles/<style_name>.qml`` and give its fields their
        display names (see field_labels; ``aliases``: more {field: name}) if QGIS will load it."""
        qml = resource_path("styles", "{}.qml".format(style_name)) if style_name else None
        if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
            return
        processor = StylePostProcessor(qml if qml and os.path.exists(qml) else None, aliases)
        # Processing keeps only a C++ pointer: the Python object must outlive the run.
        _POST_PROCESSORS.append(processor)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)

    def label_outputs_on_load(self, context, outputs):
        """Display names for the fields of every output QGIS loads that has no post-processor yet."""
        for value in (outputs or {}).values():
            if isinstance(value, str) and value and context.willLoadLayerOnCompletion(value) and \
                    context.layerToLoadOnCompletionDetails(value).postProcessor() is None:
                self.style_output_on_load(context, value)

    def name_output_on_load(self, context, dest_id, name, parameter):
        """The layer name output ``parameter`` gets in the project when QGIS loads it, unless it was
        given another name than the output's own (a model names its outputs)."""
        if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
            return
        details = context.layerToLoadOnCompletionDetails(dest_id)
        definition = self.parameterDefinition(parameter)
        if details.name and definition is not None and details.name != definition.description():
            return
        details.name = name

    def technical_help(self):
        """Details for the offline help page only (parameter codes, conventions, formats)."""
        return ""

    def missing_dependencies_message(self):
        problems = deps.missing_requirements(self.REQUIRES)
        if not problems:
            return None
        lines = []
        for module, minimum, found in problems:
            if found is None:
                text = tr("The Python package '{0}' (version {1} or later) is not installed.")
                lines.append(text.format(module, minimum))
            else:
                text = tr("The Python package '{0}' is version {2}; version {1} or later is needed.")
                lines.append(text.format(module, minimum, found))
            lines.append(tr("Install it with: {}").format(deps.install_hint(module)))
        return "{}\n{}".format(
            tr("Algorithm '{}' cannot run:").format(self.displayName()), "\n".join(lines))

    #: Layer parameters whose layers may lack a CRS (none by default: every measure needs units).
    CRS_FREE_PARAMETERS = ()

    def addParameter(self, definition, createOutput=True):  # noqa: N802, N803 (QGIS API names)
        """Add a parameter; in a project with PVD layers, its default is the matching layer or field."""
        if not hasattr(self, "_static_defaults"):
            self._static_defaults = {}
            self._project_defaults = self._defaults_from_project()
        name = definition.name()
        self._present(definition)
        if name in self._project_defaults:
            self._static_defaults[name] = definition.defaultValue()
            definition.setDefaultValue(self._project_defaults[name])
        return super().addParameter(definition, createOutput)

    def _present(self, definition):
        """Advanced flag and number decimals, as ADVANCED and DECIMALS declare."""
        from qgis.core import QgsProcessingParameterDefinition, QgsProcessingParameterNumber

        if definition.name() in self.ADVANCED:
            definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        if isinstance(definition, QgsProcessingParameterNumber) and \
                definition.dataType() == QgsProcessingParameterNumber.Double:
            metadata = definition.metadata()
            wrapper = dict(metadata.get("widget_wrapper") or {})
            wrapper.setdefault("decimals", self.DECIMALS.get(definition.name(), 2))
            metadata["widget_wrapper"] = wrapper
            definition.setMetadata(metadata)

    def _defaults_from_project(self):
        from qgis.core import QgsProject
        from qgis.PyQt.QtCore import QCoreApplication, QThread

        if not (self.MODEL_INPUTS or self.MODEL_FIELDS):
            return {}
        application = QCoreApplication.instance()
        # QgsProject.instance() belongs to the main thread: elsewhere, no preselection
        if application is None or QThread.currentThread() != application.thread():
            return {}
        from .project_layers import project_defaults

        return project_defaults(self.MODEL_INPUTS, self.MODEL_FIELDS, QgsProject.instance())

    def _restore_static_defaults(self):
        """Give back the parameters' own defaults before running.

        The project's layers are what a dialog shows first; a value left out (a script) or
        cleared (an optional input set to nothing) means the parameter's own default, as
        whatever the project holds.
        """
        for name, value in getattr(self, "_static_defaults", {}).items():
            definition = self.parameterDefinition(name)
            if definition is not None:
                definition.setDefaultValue(value)

    def processAlgorithm(self, parameters, context, feedback):
        self._restore_static_defaults()
        message = self.missing_dependencies_message()
        if message:
            raise QgsProcessingException(message)
        if "pyproj" in self.REQUIRES:
            share_proj_data_with_pyproj()
        self.check_inputs_and_outputs(parameters, context)
        self.warn_empty_inputs(parameters, context, feedback)
        self._created_outputs = []
        locks = []
        try:
            locks = self.lock_outputs(parameters, context, feedback)
            results = self.run_algorithm(parameters, context, feedback)
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
            self.label_outputs_on_load(context, results)
        except UserError as error:
            self.discard_outputs()
            raise QgsProcessingException(error.translated(tr))
        except Cancelled:
            self.discard_outputs()
            raise QgsProcessingException(tr("Cancelled by the user: nothing was written."))
        except BaseException:
            self.discard_outputs()
            raise
        finally:
            for lock in locks:
                lock.release()
        self._created_outputs = []
        if feedback is not None:
            feedback.setProgress(100.0)
        return results

    # --- Inputs stay untouched, outputs are complete or absent ---------------------------------

    def check_inputs_and_outputs(self, parameters, context):
        """Refuse, before anything is written, an output that would overwrite an input (or another
        output), an output folder that cannot be written and an input layer without CRS."""
        from .qgis_io import conflicts, destination_files, input_files, unwritable_folder

        inputs = input_files(self, parameters, context)
        outputs = destination_files(self, parameters, context)
        for output, data, kind in conflicts(inputs, outputs):
            raise QgsProcessingException(self.overwrite_message(output, data, kind, inputs))
        for output in outputs:
            folder = unwritable_folder(output)
            if folder is not None:
                raise QgsProcessingException(tr(
                    "Output {0}: '{1}' cannot be written (missing, not a folder, or read-only): nothing was "
                    "written. Choose a folder where you may write.").format(output.parameter, folder))
        self.check_crs(parameters, context)

    def lock_outputs(self, parameters, context, feedback):
        """Hold a lock per output file for the whole run: concurrent runs (other QGIS windows,
        qgis_process) writing the same file take turns, so each finds and leaves it complete."""
        from .qgis_io import OutputLock, destination_files

        paths = sorted({os.path.normcase(os.path.realpath(output.path))
                        for output in destination_files(self, parameters, context)})
        locks = []
        try:
            for path in paths:
                lock = OutputLock(path)
                if not lock.acquire(feedback):
                    raise Cancelled()
                locks.append(lock)
        except BaseException:
            for lock in locks:
                lock.release()
            raise
        return locks

    def overwrite_message(self, output, data, kind, inputs):
        """Why ``output`` may not be written where it is asked (over an input, or over another
        output: ``kind``), and how to write it instead."""
        from .qgis_io import container_tables

        name = os.path.basename(data.path)
        if kind == "output":
            text = tr("Outputs {0} and {1} would be written to the same file '{2}': the second would destroy "
                      "the first. Nothing was written. Give each output its own file.").format(
                data.parameter, output.parameter, name)
        elif data.whole_file:
            text = tr("Output {0} would overwrite the input file '{1}' (parameter {2}): nothing was "
                      "written.").format(output.parameter, name, data.parameter)
        else:
            text = tr("Output {0} would overwrite the input layer '{1}' (file '{2}', parameter {3}): "
                      "nothing was written.").format(output.parameter, data.label or data.table or name, name,
                                                     data.parameter)
        if data.is_container and not output.whole_file:
            taken = container_tables(data.path) | {item.table.lower() for item in inputs if item.table}
            base = "{}_{}".format(self.ALGORITHM_ID, output.parameter.lower())
            new_table, number = base, 2
            while new_table.lower() in taken:
                new_table, number = "{}_{}".format(base, number), number + 1
            return "{} {}".format(text, tr(
                "Write to a new file, or to a new table of that GeoPackage with "
                "ogr:dbname='{0}' table=\"{1}\".").format(data.path, new_table))
        return "{} {}".format(text, tr("Write to a new file."))

    def warn_empty_inputs(self, parameters, context, feedback):
        """Say so when an input layer has no feature: its criterion, or the whole output, is empty."""
        from qgis.core import QgsMapLayer, QgsProcessingParameterFeatureSource

        from .qgis_io import given_inputs, layer_label, layer_title, parameter_layers

        if feedback is None:
            return
        for definition in given_inputs(self, parameters):
            name = definition.name()
            if isinstance(definition, QgsProcessingParameterFeatureSource):
                source = self.parameterAsSource(parameters, name, context)
                if source is not None and source.featureCount() == 0:
                    feedback.pushWarning(tr("Layer '{0}' (parameter {1}) has no feature (or none selected): "
                                            "what depends on it is empty.").format(
                        layer_label(self, parameters, name, context, source), name))
                continue
            for layer in parameter_layers(self, definition, parameters, context):
                if layer is not None and layer.type() == QgsMapLayer.VectorLayer and layer.featureCount() == 0:
                    feedback.pushWarning(tr("Layer '{0}' (parameter {1}) has no feature (or none selected): "
                                            "what depends on it is empty.").format(layer_title(layer), name))

    def check_crs(self, parameters, context):
        """A layer without CRS has no known units (metres? degrees?): refuse it, saying how to set it."""
        from qgis.core import QgsMapLayer

        from .qgis_io import crs_is_unknown, given_inputs, layer_title, parameter_layers

        for definition in given_inputs(self, parameters, self.CRS_FREE_PARAMETERS):
            name = definition.name()
            for layer in parameter_layers(self, definition, parameters, context):
                if layer is None or not crs_is_unknown(layer.crs()):
                    continue
                if layer.type() == QgsMapLayer.VectorLayer and not layer.isSpatial():
                    continue
                if layer.type() not in (QgsMapLayer.VectorLayer, QgsMapLayer.RasterLayer):
                    continue
                raise QgsProcessingException(tr(
                    "Layer '{0}' (parameter {1}) has no coordinate reference system: its units (metres, "
                    "feet or degrees) are unknown, so no distance or area can be measured. Set its CRS "
                    "in QGIS (Layer Properties > Source > Assigned Coordinate Reference System, or the "
                    "Processing tool Assign projection) and run again.").format(layer_title(layer), name))

    def parameterAsSink(self, parameters, name, context, *args, **kwargs):  # noqa: N802 (QGIS API name)
        """QGIS's sink, remembered so that a run that fails later removes what it wrote."""
        from .qgis_io import destination_files

        from .qgis_io import DataFile

        planned = destination_files(self, {name: parameters.get(name)}, context)
        sink, dest_id = super().parameterAsSink(parameters, name, context, *args, **kwargs)
        if sink is not None and planned and hasattr(self, "_created_outputs"):
            if not planned[0].new_table:  # the file QGIS created (it may have added an extension)
                planned = [DataFile(name, str(dest_id).split("|layername=")[0])]
            self._created_outputs.append((weakref.ref(sink), dest_id, planned[0]))
        return sink, dest_id

    def required_source(self, parameters, name, context):
        """The feature source of input ``name``; Processing's own error when there is none."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def required_raster(self, parameters, name, context):
        """The raster layer of input ``name``; Processing's own error when there is none."""
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, name))
        return layer

    def required_sink(self, parameters, name, context, *args, **kwargs):
        """``(sink, dest_id)`` of output ``name`` (see parameterAsSink); Processing's own error
        when the sink cannot be created."""
        sink, dest_id = self.parameterAsSink(parameters, name, context, *args, **kwargs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, dest_id

    def remember_output_file(self, path):
        """Record a file the algorithm writes itself, removed if the run fails afterwards."""
        from .qgis_io import DataFile

        if hasattr(self, "_created_outputs"):
            self._created_outputs.append((lambda: None, path, DataFile("", path)))

    def discard_outputs(self):
        """Close and remove every output this run created (all or nothing)."""
        from qgis.PyQt import sip

        from .qgis_io import remove_output_file

        created, self._created_outputs = getattr(self, "_created_outputs", []), []
        for reference, _dest_id, _planned in created:
            sink = reference()
            if sink is not None and not sip.isdeleted(sink):
                sip.delete(sink)  # closes the file before it is removed
        for _reference, dest_id, planned in reversed(created):
            remove_output_file(planned.path, planned.table if planned.new_table else None)

    def run_algorithm(self, parameters, context, feedback):
        raise NotImplementedError

    @staticmethod
    def progress_callback(feedback, start=0.0, end=100.0):
        """A core progress callable that moves the feedback bar between two percentages."""

        def progress(fraction):
            feedback.setProgress(start + (end - start) * fraction)
            return not feedback.isCanceled()

        return progress
