<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>pvd</name>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>'{0}' cannot be read as a GeoPackage: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>'{0}' is not a PVD GeoPackage: it has none of the layers of the PVD data model (such as {1}). Its layers: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>'{}' cannot be read as a GeoPackage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>'{}' is not a PVD GeoPackage: it has no layer 'communes'.</source>
      <translation>« {} » n'est pas un GeoPackage PVD : il n'a pas de couche « communes ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>ANCT liste PVD / ORT (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Abords</source>
      <translation>Abords</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Abords of monuments (500 m)</source>
      <translation>Abords des monuments (500 m)</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>An operation needs at least one producer and one consumer.</source>
      <translation>Une opération nécessite au moins un producteur et un consommateur.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Analyses — {}</source>
      <translation>Analyses — {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Applicant</source>
      <translation>Demandeur</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>BD TOPO tronçons de route (GeoPackage, shapefile)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>BT network</source>
      <translation>Réseau BT</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Buildings</source>
      <translation>Bâtiments</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>CNIG SUP assiettes AC1/AC2/AC4 (shapefile, GeoJSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Cancelled by the user: nothing was written.</source>
      <translation>Annulé par l'utilisateur : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Check a PVD GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Checks a GeoPackage against the PVD data model (docs/data-model.md): missing layers or fields, wrong field types, wrong geometry type, a CRS other than EPSG:2154, empty or invalid geometries, empty required values, values outside the allowed list, duplicate identifiers, start dates after end dates.

Output: a table with one row per problem: layer, feature_id (the feature's fid, empty for a layer-level problem), field, problem (missing_layer, missing_field, field_type, geometry_type, crs, empty_geometry, invalid_geometry, missing_value, value_not_allowed, duplicate_id, dates_out_of_order) and detail. The log gives the count per problem kind; PROBLEMS is the total.

Layers that are not part of the model are ignored. The file is not modified.

Example: the plugin's sample pvd_isigny_omaha.gpkg has no problem.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Checks the geographic criterion of an extended collective self-consumption operation (autoconsommation collective étendue, code de l'énergie L315-2; arrêté of 21 November 2019): the distance between the two participants farthest apart must not exceed 2 km, measured between the consumers' delivery points and the producers' injection points.

MAX_DISTANCE: the limit in metres (default 2000). DEROGATION: the limits a minister's derogation can grant (arrêté of 19 September 2023): 10 000 m when every participant is in a rural or peri-urban commune of the INSEE density grid, 20 000 m when every participant is in a rural commune; a derogation replaces MAX_DISTANCE. The plugin does not check the communes' density class, the power limit or the single low-voltage network.

Outputs:
- Circle: the smallest circle enclosing all participants (exact, Welzl's algorithm) with rayon_m, diametre_m, distance_max_m (the farthest pair, the distance the rule bears on), limite_m, conforme, nb_hors_regle and nb_postes_cercle.
- Farthest pair: a line between the two participants farthest apart.
- Participants: every producer and consumer with dist_max_m (to the farthest other participant), nb_hors_distance (participants farther than the limit from it) and hors_regle = at least one participant is farther than the limit from it; the operation complies when no participant breaks the rule.
- Substations (with an HTA/BT substation layer): the substations involved, i.e. the nearest substation of at least one participant (nb_participants) or inside the circle (dans_cercle); each participant also gets id_poste_proche and dist_poste_m.

Distances are metres on the ground in any CRS (geographic coordinates are projected to the local UTM zone).</source>
      <translation>Vérifie le critère géographique d'une opération d'autoconsommation collective étendue (code de l'énergie L315-2 ; arrêté du 21 novembre 2019) : la distance entre les deux participants les plus éloignés ne doit pas dépasser 2 km, mesurée entre les points de livraison des consommateurs et les points d'injection des producteurs.

MAX_DISTANCE : la limite en mètres (2000 par défaut). DEROGATION : les limites qu'une dérogation ministérielle peut accorder (arrêté du 19 septembre 2023) : 10 000 m lorsque tous les participants sont dans une commune rurale ou périurbaine de la grille de densité de l'INSEE, 20 000 m lorsque tous les participants sont dans une commune rurale ; une dérogation remplace MAX_DISTANCE. Le plugin ne vérifie pas la classe de densité des communes, la limite de puissance ni l'unicité du réseau basse tension.

Sorties :
- Cercle : le plus petit cercle englobant tous les participants (exact, algorithme de Welzl) avec rayon_m, diametre_m, distance_max_m (la paire la plus éloignée, la distance sur laquelle porte la règle), limite_m, conforme, nb_hors_regle et nb_postes_cercle.
- Paire la plus éloignée : une ligne entre les deux participants les plus éloignés.
- Participants : chaque producteur et consommateur avec dist_max_m (jusqu'au participant le plus éloigné), nb_hors_distance (participants plus éloignés de lui que la limite) et hors_regle = au moins un participant est plus éloigné de lui que la limite ; l'opération est conforme lorsqu'aucun participant n'enfreint la règle.
- Postes (avec une couche de postes HTA/BT) : les postes concernés, c'est-à-dire le poste le plus proche d'au moins un participant (nb_participants) ou situé dans le cercle (dans_cercle) ; chaque participant reçoit aussi id_poste_proche et dist_poste_m.

Les distances sont des mètres au sol quel que soit le SCR (les coordonnées géographiques sont projetées dans la zone UTM locale).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Collective self-consumption perimeter (Périmètre d'autoconsommation collective)</source>
      <translation>Périmètre d'autoconsommation collective</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Communal report</source>
      <translation>Rapport communal</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Communal report (PDF)</source>
      <translation>Rapport communal (PDF)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Communal report — {0} ({1})</source>
      <translation>Rapport communal — {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Commune INSEE code field (for the share of the commune total)</source>
      <translation>Champ du code INSEE de la commune (pour la part du total communal)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Communes (INSEE codes or names, comma-separated; empty = all)</source>
      <translation>Communes (codes INSEE ou noms séparés par des virgules ; vide = toutes)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Comparison (reference) year</source>
      <translation>Année de comparaison (référence)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Connection requests</source>
      <translation>Demandes de raccordement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Connection routes</source>
      <translation>Tracés de raccordement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Connection routes: {0} requests, total {1}, applicants' share {2}.</source>
      <translation>Tracés de raccordement : {0} demandes, total {1}, part des demandeurs {2}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Connection works</source>
      <translation>Travaux de raccordement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Connection works (travaux de raccordement)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Consumer identifier field</source>
      <translation>Champ de l'identifiant du consommateur</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Consumers (delivery points)</source>
      <translation>Consommateurs (points de livraison)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Consumption field (MWh per year)</source>
      <translation>Champ de la consommation (MWh par an)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Consumption per zone</source>
      <translation>Consommation par zone</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Consumption points</source>
      <translation>Points de consommation</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>Could not write features to the output: {}</source>
      <translation>Impossible d'écrire les entités en sortie : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Could not write the problem table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Data</source>
      <translation>Données</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Derogation</source>
      <translation>Dérogation</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Dig once: finds the connection works (WORKS, lines or points with start and end dates) that pass within DISTANCE metres of a public-space project (PROJECTS, polygons or lines with start and end dates, done or planned) and says what to do about each pair.

relation = mutualisable: project and work both planned, the later one starting at most WINDOW_MONTHS after the earlier one ends: one trench can serve both.
relation = conflit_moratoire: the work starts less than MORATORIUM_MONTHS after a done project (status réalisé) ended, i.e. it digs into a freshly renovated surface. With SURFACES and their renovation date field, a work crossing a public space renovated inside the moratorium is reported too (id_projet empty, id_surface set), unless it already conflicts with a done project.
relation = sequence_a_revoir: both planned, the project ends before the work starts, too early to pool them, and the work would reopen the new surface inside the moratorium: review the order.

Dates: date or date-time fields, or text as YYYY-MM-DD (ISO) or JJ/MM/AAAA (French). A missing date field, an unreadable date or a start after its end stops the algorithm with the features concerned; features with an empty date are left out with a warning. Status fields: 'realise' (réalisé, any case) means done, anything else planned; clear the status field to treat everything as planned. A work already done is only checked for moratorium conflicts. Month arithmetic follows the calendar (31 January + 1 month = 28/29 February); window edges are included, the moratorium ends on its last day.

Output (one row per pair, geometry = the stretch of the work within DISTANCE of the project): id_travaux, id_projet, id_surface, relation, insee (work's commune), longueur_commune_m (metres of that stretch), ecart_jours (days between the two periods, 0 if they overlap; for a conflict, days since the renovation), economie_eur (trench cost saved by pooling, mutualisable rows only: length × unit cost), cout_unitaire_eur_m, debut_travaux, fin_travaux, debut_projet, fin_projet, date_refection.
UNIT_COST: €/m of trench (default 150 €/m, between the usual sidewalk 80–150 and roadway 120–250 €/m; adapt it). With SURFACES and a cost field (cout_m, €/m), the stretch is priced at the cost of the surfaces it crosses, elsewhere at UNIT_COST.
Summary table: per commune and project, the number of pairs of each relation, the pooled length and the total saving.

Layers in a projected CRS (metres); other layers are reprojected to the works' CRS.
Example: travaux_raccordement × projets_espaces_publics of the sample GeoPackage, SURFACES espaces_publics.</source>
      <translation type="unfinished" />
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Distance between a work and a project (metres)</source>
      <translation type="unfinished" />
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Electricity consumption per zone (Consommation électrique par zone)</source>
      <translation>Consommation électrique par zone</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Electricity network</source>
      <translation>Réseau électrique</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Enedis postes électriques (CSV ';' with "Geo Point", GeoJSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Enedis réseau BT/HTA (GeoJSON, shapefile)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Farthest pair</source>
      <translation>Paire la plus éloignée</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Farthest participants {0} and {1}: {2:.0f} m apart; the operation {3} the {4:.0f} m limit ({5} participant(s) farther than the limit from another).</source>
      <translation>Participants les plus éloignés {0} et {1} : {2:.0f} m d'écart ; l'opération {3} la limite de {4:.0f} m ({5} participant(s) plus éloigné(s) d'un autre que la limite).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>File not found: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Grid cell size (metres, used without zones)</source>
      <translation>Taille des cellules de la grille (mètres, utilisée sans zones)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>HTA network</source>
      <translation>Réseau HTA</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>HTA/BT substations</source>
      <translation>Postes HTA/BT</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>HTA/BT substations (postes)</source>
      <translation>Postes HTA/BT</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Heritage layer '{0}' is not a polygon layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Heritage perimeters (abords of monuments historiques)</source>
      <translation>Périmètres des abords de monuments historiques</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Heritage zones (abords, SPR…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>INSEE codes of the communes to keep (empty: all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Import open data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Imported layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Install it with: {}</source>
      <translation>Installez-le avec : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}' has no date field '{1}': choose its start and end date fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Layer '{0}' has no field '{1}' ({2}).</source>
      <translation>La couche « {0} » n'a pas de champ « {1} » ({2}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Layer '{0}' has no field '{1}'.</source>
      <translation>La couche « {0} » n'a pas de champ « {1} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Layer '{0}' has no field '{1}': substations are named by feature id.</source>
      <translation>La couche « {0} » n'a pas de champ « {1} » : les postes sont nommés par leur identifiant d'entité.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>Layer '{0}' has no field '{1}': {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>Layer '{0}' is not in a projected CRS: distances in metres need one (reproject it, e.g. to EPSG:2154 Lambert-93).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}', field '{1}': trench costs must be numbers (€/m); feature(s) {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}', field '{1}': unreadable date(s) (expected a date field, YYYY-MM-DD or JJ/MM/AAAA) for feature(s) {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}': choose its start and end date fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}': feature(s) {1} have no start or end date: left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}': the start date ({1}) is after the end date ({2}) for feature(s) {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Layer '{}' is not in a projected CRS in metres: a grid of {} m cannot be drawn. Reproject it (e.g. to EPSG:2154) or give a zone layer.</source>
      <translation>La couche « {} » n'est pas dans un SCR projeté en mètres : impossible de tracer une grille de {} m. Reprojetez-la (par exemple en EPSG:2154) ou indiquez une couche de zones.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/report_layout.py" />
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Length</source>
      <translation>Longueur</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>Load PVD layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/menu.py" />
      <source>Load the layers of a PVD GeoPackage (the sample by default), grouped and styled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Maximum distance between the two farthest participants (metres)</source>
      <translation>Distance maximale entre les deux participants les plus éloignés (mètres)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Minimum number of sites (smaller zones are masked)</source>
      <translation>Nombre minimal de sites (les zones plus petites sont masquées)</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Moratorium after a renovation (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Mérimée monuments historiques (CSV, GeoJSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Name field</source>
      <translation>Champ du nom</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Nature</source>
      <translation>Nature</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>No analysis layer was given: only the map is reported.</source>
      <translation>Aucune couche d'analyse fournie : seule la carte figure au rapport.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>No participant with a geometry in the producer and consumer layers.</source>
      <translation>Aucun participant avec une géométrie dans les couches de producteurs et de consommateurs.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>No point of layer '{0}' has year {1} in field '{2}'.</source>
      <translation>Aucun point de la couche « {0} » n'a l'année {1} dans le champ « {2} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>No problem found: {} follows the PVD data model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/report_layout.py" />
      <source>No result for this commune.</source>
      <translation>Aucun résultat pour cette commune.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>None (MAX_DISTANCE)</source>
      <translation>Aucune (MAX_DISTANCE)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Not an INSEE commune code: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Number of problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Number of sites field</source>
      <translation>Champ du nombre de sites</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>ORT perimeters</source>
      <translation>Périmètres ORT</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Open-data file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Overlap analysis</source>
      <translation>Analyse de recouvrement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Overlap shares (%)</source>
      <translation>Parts de recouvrement (%)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>PDF report</source>
      <translation>Rapport PDF</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>PVD GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>PVD GeoPackage (empty = the shipped sample)</source>
      <translation>GeoPackage PVD (vide = l'exemple fourni)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Parameter {} needs a field of layer '{}'.</source>
      <translation>Le paramètre {} attend un champ de la couche « {} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Percentile flagging the highest zones</source>
      <translation>Centile signalant les zones les plus élevées</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/provider.py" />
      <source>Petites villes de demain</source>
      <translation>Petites villes de demain</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Petites villes de demain · town centre and ORT perimeter · {}</source>
      <translation>Petites villes de demain · centre-bourg et périmètre ORT · {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Pooling window (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Producer identifier field</source>
      <translation>Champ de l'identifiant du producteur</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Producers (injection points)</source>
      <translation>Producteurs (points d'injection)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Projects: end date field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Projects: id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Projects: start date field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Projects: status field (réalisé / prévu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Public spaces</source>
      <translation>Espaces publics</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Public spaces with costs and renovation dates (espaces publics)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Public spaces: id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Public spaces: last renovation date field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Public spaces: trench cost field (€/m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Public-space projects</source>
      <translation>Projets d'espaces publics</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Public-space projects (projets d'espaces publics)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Ranks HTA/BT substations (SUBSTATIONS, points) for embellishment (painting, landscape integration): the ones that stand where the town centre, heritage and passers-by are come first.

Criteria, each worth between 0 and 1 and multiplied by its weight:
- ORT: 1 inside an ORT perimeter (weight WEIGHT_ORT, default 2);
- heritage: 1 inside a zone of any HERITAGE layer, e.g. abords of monuments historiques and SPR (weight WEIGHT_HERITAGE, default 2);
- public spaces: the share of the disc of VISIBILITY_DISTANCE metres (default 25) around the substation covered by PUBLIC_SPACES polygons (weight WEIGHT_PUBLIC_SPACES, default 2);
- type (TYPE_FIELD, default type_poste): cabine_haute 1, poste_au_sol 0.5, poste_sur_poteau 0.1; case, accents, spaces and hyphens are ignored; another or an empty value counts 0 and is listed in the log (weight WEIGHT_TYPE, default 4: the cabin's own visibility counts most).
A context layer left empty gives 0 to its criterion.

Output: the substations with their attributes, plus one column per criterion holding its points (weight × value): pts_ort, pts_patrimoine, pts_espaces_publics, pts_type; score = their sum (out of 10 with the default weights); rang = 1 for the highest score, equal scores share a rank (1, 2, 2, 4). Features are written by rank (ties in input order); a GeoPackage that keeps the input's fid lists them by fid: sort on rang.

Changing the weights: set any weight to what matters locally, e.g. WEIGHT_HERITAGE 5 to favour heritage, or 0 to ignore a criterion. Only ratios between weights change the ranking.

Substations without geometry are left out and listed in the log. Distances are metres: the substations' CRS must be projected; the other layers are reprojected to it.
Example: postes_hta_bt of the sample GeoPackage with ORT ort_perimetres, HERITAGE abords_mh and spr, PUBLIC_SPACES espaces_publics.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Reads a French open-data file into a layer of the PVD data model, in EPSG:2154, keeping the source's attributes after the model's fields.

FORMAT and the layer it gives:
- Enedis postes électriques (poste-electrique: CSV separated by ';' with the column "Geo Point" = "lat,lon", or GeoJSON) → postes_hta_bt. Enedis publishes no id, name or power: id_poste is generated from the commune and the position (stable from one download to the next), type_poste and puissance_kva stay empty.
- Enedis réseau BT/HTA (reseau-bt, reseau-souterrain-bt, reseau-hta, reseau-souterrain-hta: GeoJSON or shapefile) → reseau_bt or reseau_hta; BT/HTA and the pose come from the file name (or a 'tension' field).
- Mérimée monuments historiques (CSV ';' or GeoJSON; coordonnees_au_format_wgs84 as {"lat": .., "lon": ..} or "lat, lon") → monuments_historiques.
- CNIG SUP assiettes (surfaces; AC1_ASSIETTE_SUP_S…, or GPU lower-case fields): AC1 → abords_mh (facteur 1.3), AC2 sites (1.3) and AC4 SPR (1.5) → spr.
- ANCT liste PVD (insee_com, lib_com, id_pvd, date_signature) or liste ORT (Code commune, Commune, Signée ?, Si signée, date de signature), dates YYYY-MM-DD or DD/MM/YYYY → a table (no geometry) in the ort_perimetres schema.
- BD TOPO troncon_de_route → espaces_publics: roadway surfaces largeur_de_chaussee wide (or a width by nature), classe chaussee or non_revetu, cout_m the middle of the placeholder range (€/m).

INSEE: optional commune codes separated by commas or spaces (e.g. 14035, 14342); rows of their delegated communes (Vaubadon 14727, Castilly 14142 …) are kept and given the current commune's code.

A file without a field the format needs stops with a message naming the file, the field and the format expected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Report of {0} commune(s) written to {1}.</source>
      <translation>Rapport de {0} commune(s) écrit dans {1}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Rural communes: 20 000 m</source>
      <translation>Communes rurales : 20 000 m</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Rural or peri-urban communes: 10 000 m</source>
      <translation>Communes rurales ou périurbaines : 10 000 m</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>SPR</source>
      <translation>SPR</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Smallest enclosing circle</source>
      <translation>Plus petit cercle englobant</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Sources: IGN – Admin Express COG 2018 (Licence Ouverte); Mérimée, Ministère de la Culture; network, public spaces and works: PVD GeoPackage ({}); analyses: QGIS plugin Petites villes de demain.</source>
      <translation>Sources : IGN – Admin Express COG 2018 (Licence Ouverte) ; Mérimée, Ministère de la Culture ; réseau, espaces publics et travaux : GeoPackage PVD ({}) ; analyses : extension QGIS Petites villes de demain.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Style {} could not be applied.</source>
      <translation>Le style {} n'a pas pu être appliqué.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Substation</source>
      <translation>Poste</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Substation embellishment priorities (postes HTA/BT)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Substation identifier field</source>
      <translation>Champ de l'identifiant du poste</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Substation priorities</source>
      <translation>Priorités des postes</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Substation type field (cabine_haute, poste_au_sol, poste_sur_poteau)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Substation(s) without geometry left out: feature(s) {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Substations by priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Substations involved</source>
      <translation>Postes concernés</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Substations to embellish first</source>
      <translation>Postes à embellir en priorité</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Summary per commune and project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Sums annual electricity consumption points (such as the layer consommation_electrique imported from the Enedis open data) per zone and per year, to find where consumption concentrates and how it changed before/after works.

Zones: any polygon layer (ORT perimeters, IRIS, communes); a point inside several zones, or on their shared edge, counts in each. Without zones, a square grid of GRID_SIZE metres aligned on multiples of the size (points in a projected CRS in metres); only cells holding at least one point are written.

Fields of the points: year (YEAR_FIELD), annual consumption in MWh (MWH_FIELD), number of sites or delivery points (SITES_FIELD), commune INSEE code (INSEE_FIELD, optional). Points with a NULL value are ignored and counted in the log.

Output per zone: annee, nb_sites, conso_mwh, mwh_par_site; insee = the commune holding most of the zone's MWh; part_commune_pct = the zone's MWh in percent of the total of the communes present in the zone (all their points, inside zones or not); au_dessus_percentile = the zone's MWh is strictly above the PERCENTILE of the unmasked zones' MWh (seuil_percentile_mwh). With COMPARE_YEAR (the reference, e.g. before works): nb_sites_comparaison, conso_mwh_comparaison, evolution_mwh = MWh of YEAR minus MWh of COMPARE_YEAR, evolution_pct = that change in percent of COMPARE_YEAR.

Privacy: a zone with fewer than MIN_SITES sites (default 10) in a year is masked: its values for that year are NULL and masque (or masque_comparaison) is true, so that no household can be re-identified. Publish the output only with masking kept on.</source>
      <translation>Additionne les points de consommation électrique annuelle (comme la couche consommation_electrique importée de l'open data Enedis) par zone et par année, pour repérer où la consommation se concentre et comment elle a évolué avant/après travaux.

Zones : toute couche de polygones (périmètres ORT, IRIS, communes) ; un point situé dans plusieurs zones, ou sur leur limite commune, compte dans chacune. Sans zones, une grille carrée de GRID_SIZE mètres alignée sur les multiples de la taille (points dans un SCR projeté en mètres) ; seules les cellules contenant au moins un point sont écrites.

Champs des points : année (YEAR_FIELD), consommation annuelle en MWh (MWH_FIELD), nombre de sites ou de points de livraison (SITES_FIELD), code INSEE de la commune (INSEE_FIELD, facultatif). Les points ayant une valeur NULL sont ignorés et comptés dans le journal.

Sortie par zone : annee, nb_sites, conso_mwh, mwh_par_site ; insee = la commune qui porte la plus grande part des MWh de la zone ; part_commune_pct = les MWh de la zone en pourcentage du total des communes présentes dans la zone (tous leurs points, dans les zones ou non) ; au_dessus_percentile = les MWh de la zone sont strictement supérieurs au centile PERCENTILE des MWh des zones non masquées (seuil_percentile_mwh). Avec COMPARE_YEAR (la référence, par exemple avant travaux) : nb_sites_comparaison, conso_mwh_comparaison, evolution_mwh = MWh de YEAR moins MWh de COMPARE_YEAR, evolution_pct = cette évolution en pourcentage de COMPARE_YEAR.

Confidentialité : une zone comptant moins de MIN_SITES sites (10 par défaut) une année donnée est masquée : ses valeurs pour cette année sont NULL et masque (ou masque_comparaison) vaut vrai, afin qu'aucun ménage ne puisse être ré-identifié. Ne publiez la sortie qu'avec le masquage activé.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>The PDF could not be written to {}.</source>
      <translation>Le PDF n'a pas pu être écrit dans {}.</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>The input field '{0}' is replaced by the computed one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>The zones already have a field '{}': the computed value replaces it.</source>
      <translation>Les zones ont déjà un champ « {} » : la valeur calculée le remplace.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Total saving of pooling (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Trench unit cost (€/m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Unknown commune '{0}'. Known: {1}.</source>
      <translation>Commune inconnue « {0} ». Communes connues : {1}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Visibility distance for public spaces (metres)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Weight: inside a heritage zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Weight: inside an ORT perimeter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Weight: share of public space around</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Weight: visibility of the substation type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Work/project pairs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Works coordination</source>
      <translation>Coordination des travaux</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works coordination (connection works and public-space projects)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works: commune field (summary)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works: end date field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works: id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works: start date field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works: status field (réalisé / prévu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Writes a PDF report for one commune or several: for each, a map of the town centre (ORT perimeter, heritage zones, Enedis network, connection requests and analysed routes) with legend, scale bar, north arrow and sources, then a page of tables: connection routes with their costs, overlap shares, works coordination opportunities and the substations to embellish first.

PVD GeoPackage: the territory (layers of the PVD data model; the shipped sample by default).
Communes: INSEE codes or names separated by commas; empty for every commune of the GeoPackage.
Analysis layers (all optional): outputs of pvd:connectionroutes, pvd:overlapanalysis, pvd:workscoordination and pvd:substationpriority. Each commune's tables keep the features that intersect the commune.

Works without the QGIS window (qgis_process). Example: COMMUNES=14342 gives the report of Isigny-sur-Mer.</source>
      <translation>Produit un rapport PDF pour une ou plusieurs communes : pour chacune, une carte du centre-bourg (périmètre ORT, zones patrimoniales, réseau Enedis, demandes de raccordement et tracés analysés) avec légende, échelle, flèche du nord et sources, puis une page de tableaux : tracés de raccordement et leurs coûts, parts de recouvrement, opportunités de coordination des travaux et postes à embellir en priorité.

GeoPackage PVD : le territoire (couches du modèle de données PVD ; l'exemple fourni par défaut).
Communes : codes INSEE ou noms séparés par des virgules ; vide pour toutes les communes du GeoPackage.
Couches d'analyse (toutes facultatives) : sorties de pvd:connectionroutes, pvd:overlapanalysis, pvd:workscoordination et pvd:substationpriority. Les tableaux de chaque commune gardent les entités qui intersectent la commune.

Fonctionne sans la fenêtre QGIS (qgis_process). Exemple : COMMUNES=14342 donne le rapport d'Isigny-sur-Mer.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Year</source>
      <translation>Année</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Year field</source>
      <translation>Champ de l'année</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Zones (polygons; empty = regular grid)</source>
      <translation>Zones (polygones ; vide = grille régulière)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>breaks</source>
      <translation>dépasse</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>complies with</source>
      <translation>respecte</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>every project is taken as planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>every work is taken as planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>features are named by their feature id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>no renovation date is checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>public spaces are named by their feature id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>the summary has no commune</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>the type criterion is 0 for all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>trenches are priced at the unit cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>{0} feature(s) imported into the model layer '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>{0} mutualisable pair(s), saving {1:.0f} € of trench; {2} conflit_moratoire; {3} sequence_a_revoir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>{0} perimeter(s) of {1} m written.</source>
      <translation>{0} périmètre(s) de {1} m écrit(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>{0} problem(s) found in {1}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>{0} substation(s) have a type that is not cabine_haute, poste_au_sol or poste_sur_poteau ({1}): their type criterion is 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>{0} substation(s) ranked; weights ORT {1}, heritage {2}, public spaces {3}, type {4}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>{0} zone(s): {1} masked (fewer than {2} sites), {3} above the {4}th percentile ({5:.1f} MWh).</source>
      <translation>{0} zone(s) : {1} masquée(s) (moins de {2} sites), {3} au-dessus du {4}e centile ({5:.1f} MWh).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>{0} {1} (layer '{2}') has no geometry: left out.</source>
      <translation>{0} {1} (couche « {2} ») sans géométrie : écarté.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>{} invalid zone geometry(ies) repaired to find the points inside.</source>
      <translation>{} géométrie(s) de zone invalide(s) réparée(s) pour trouver les points qu'elles contiennent.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>{} layer(s) loaded from {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>{} point(s) without geometry or with a NULL year, consumption or number of sites: ignored.</source>
      <translation>{} point(s) sans géométrie ou avec une année, une consommation ou un nombre de sites NULL : ignoré(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/report_layout.py" />
      <source>… and {} more rows (see the output layer).</source>
      <translation>… et {} lignes de plus (voir la couche en sortie).</translation>
    </message>
  </context>
</TS>
