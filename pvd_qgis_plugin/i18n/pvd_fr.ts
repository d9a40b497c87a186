<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>pvd</name>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Abords</source>
      <translation>Abords</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Algorithm '{}' cannot run:</source>
      <translation>L'algorithme « {} » ne peut pas s'exécuter :</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>An input layer could not be read.</source>
      <translation>Une couche en entrée n'a pas pu être lue.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Cancelled by the user: nothing was written.</source>
      <translation>Annulé par l'utilisateur : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>Could not write features to the output: {}</source>
      <translation>Impossible d'écrire les entités en sortie : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Data</source>
      <translation>Données</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Dissolve into one zone</source>
      <translation>Fusionner en une seule zone</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Distance (metres, whatever the layer's CRS)</source>
      <translation>Distance (mètres, quel que soit le SCR de la couche)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Draws the abords of monuments historiques: the zone within DISTANCE metres of each monument (500 m by default, Code du patrimoine L621-30, where no PDA has been delimited). Inside it, works that change the exterior aspect need the accord of the Architecte des Bâtiments de France.

Monuments: points or polygons (a polygon's abords are measured from its outline), in any CRS. Distances are metres on the ground: planar in a projected CRS, exact geodesic circles around points in a geographic CRS.

Name field (optional): names the monuments in the log and in the merged zone.
Dissolve: off gives one perimeter per monument with all its attributes; on gives one merged zone with the fields nb_monuments and monuments (names, '; '-joined).

Output field rayon_m: the distance used, in metres.
Missing or empty geometries are skipped and listed in the log; invalid ones are repaired and listed.

Example: monuments_historiques of the sample GeoPackage, DISTANCE 500, DISSOLVE off.</source>
      <translation>Dessine les abords des monuments historiques : la zone à moins de DISTANCE mètres de chaque monument (500 m par défaut, Code du patrimoine L621-30, en l'absence de périmètre délimité des abords). Dans cette zone, les travaux qui modifient l'aspect extérieur nécessitent l'accord de l'Architecte des Bâtiments de France.

Monuments : points ou polygones (les abords d'un polygone se mesurent depuis son contour), dans n'importe quel SCR. Les distances sont des mètres au sol : planes dans un SCR projeté, cercles géodésiques exacts autour des points dans un SCR géographique.

Champ du nom (facultatif) : nomme les monuments dans le journal et dans la zone fusionnée.
Fusionner : désactivé, un périmètre par monument avec tous ses attributs ; activé, une seule zone fusionnée avec les champs nb_monuments et monuments (noms séparés par « ; »).

Champ en sortie rayon_m : la distance utilisée, en mètres.
Les géométries absentes ou vides sont ignorées et listées dans le journal ; les géométries invalides sont réparées et listées.

Exemple : monuments_historiques du GeoPackage d'exemple, DISTANCE 500, fusion désactivée.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Electricity network</source>
      <translation>Réseau électrique</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Heritage perimeters (abords of monuments historiques)</source>
      <translation>Périmètres des abords de monuments historiques</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Install it with: {}</source>
      <translation>Installez-le avec : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Layer '{0}' has no field '{1}'.</source>
      <translation>La couche « {0} » n'a pas de champ « {1} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Monument {0} (feature {1}) had an invalid geometry: repaired.</source>
      <translation>Monument {0} (entité {1}) : géométrie invalide, réparée.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Monument {0} (feature {1}) has no geometry: skipped.</source>
      <translation>Monument {0} (entité {1}) : pas de géométrie, ignoré.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Monuments historiques</source>
      <translation>Monuments historiques</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Name field</source>
      <translation>Champ du nom</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/provider.py" />
      <source>Petites villes de demain</source>
      <translation>Petites villes de demain</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Style {} could not be applied.</source>
      <translation>Le style {} n'a pas pu être appliqué.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>The Python package '{0}' (version {1} or later) is not installed.</source>
      <translation>Le paquet Python « {0} » (version {1} ou ultérieure) n'est pas installé.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>The Python package '{0}' is version {2}; version {1} or later is needed.</source>
      <translation>Le paquet Python « {0} » est en version {2} ; la version {1} ou ultérieure est nécessaire.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>The distance must be greater than 0 m.</source>
      <translation>La distance doit être supérieure à 0 m.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>The input already has a field 'rayon_m': its values are replaced.</source>
      <translation>L'entrée a déjà un champ « rayon_m » : ses valeurs sont remplacées.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>{0} perimeter(s) of {1} m written.</source>
      <translation>{0} périmètre(s) de {1} m écrit(s).</translation>
    </message>
  </context>
</TS>
