<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>pvd</name>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>'{0}' cannot be read as a GeoPackage: {1}</source>
      <translation>« {0} » ne peut pas être lu comme un GeoPackage : {1}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>'{0}' is not a PVD GeoPackage: it has none of the layers of the PVD data model (such as {1}). Its layers: {2}.</source>
      <translation>« {0} » n'est pas un GeoPackage PVD : il ne contient aucune des couches du modèle de données PVD (comme {1}). Ses couches : {2}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>'{0}' is not a possible date in a date field ({1}; expected YYYY-MM-DD, a real day): QGIS reads it as NULL or as another day</source>
      <translation>« {0} » n'est pas une date possible dans un champ date ({1} ; attendu AAAA-MM-JJ, un jour qui existe) : QGIS la lit comme NULL ou comme un autre jour</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>'{0}' is stored as text in a number field ({1}): QGIS reads it as {2}</source>
      <translation>« {0} » est stocké comme texte dans un champ numérique ({1}) : QGIS le lit comme {2}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>'{}' cannot be read as a GeoPackage.</source>
      <translation>« {} » ne peut pas être lu comme un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>'{}' is not a PVD GeoPackage: it has no layer 'communes'.</source>
      <translation>« {} » n'est pas un GeoPackage PVD : il n'a pas de couche « communes ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>'{}' is not an allowed value of {}</source>
      <translation>« {} » n'est pas une valeur permise de {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>'{}' is not one of: {}</source>
      <translation>« {} » ne fait pas partie de : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>'{}' is used by {} features</source>
      <translation>« {} » est utilisé par {} entités</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>- BD TOPO troncon_de_route also gives, along urban streets (urbain), a sidewalk strip on each side (classe trottoir, SIDEWALK_WIDTH metres wide, never over a roadway), so that trench routes follow the sidewalks.
- Etalab cadastre parcelles (cadastre-&lt;code&gt;-parcelles.json or .json.gz, per commune or department) → parcelles (id = IDU, commune, prefixe, section, numero, contenance_m2); cadastre bâtiments → batiments (no height).
- BD TOPO batiment → batiments with usage (usage_1) and hauteur_m (hauteur, m). The table has no commune code: insee stays empty here (pvd:preparecommune gives it from the commune outlines).
- Base Adresse Nationale adresses-&lt;dept&gt;.csv or .csv.gz → adresses.
- IGN Admin Express COMMUNE (shapefile INSEE_COM, NOM or GeoPackage code_insee, nom_officiel) → communes.
- Mérimée: the national export separated by '|' (Date_et_typologie_de_la_protection such as "1977/12/30 : inscrit MH ; 2013/05/16 : classé MH" gives classe, 2013-05-16) is read too.
- Enedis réseau: the CSV exports with the 'Geo Shape' column (field names or labels) are read too.
National and department files are read once, streamed and filtered by INSEE code.</source>
      <translation>- BD TOPO troncon_de_route donne aussi, le long des rues urbaines (urbain), une bande de trottoir de chaque côté (classe trottoir, SIDEWALK_WIDTH mètres de large, jamais sur une chaussée), pour que les tracés de tranchée suivent les trottoirs.
- Cadastre Etalab parcelles (cadastre-&lt;code&gt;-parcelles.json ou .json.gz, par commune ou département) → parcelles (id = IDU, commune, prefixe, section, numero, contenance_m2) ; cadastre bâtiments → batiments (sans hauteur).
- BD TOPO batiment → batiments avec l'usage (usage_1) et hauteur_m (hauteur, m). La table n'a pas de code commune : insee reste vide ici (pvd:preparecommune le donne d'après les contours des communes).
- Base Adresse Nationale adresses-&lt;dept&gt;.csv ou .csv.gz → adresses.
- IGN Admin Express COMMUNE (shapefile INSEE_COM, NOM ou GeoPackage code_insee, nom_officiel) → communes.
- Mérimée : l'export national séparé par « | » est lu aussi (Date_et_typologie_de_la_protection comme « 1977/12/30 : inscrit MH ; 2013/05/16 : classé MH » donne classe, 2013-05-16).
- Enedis réseau : les exports CSV avec la colonne « Geo Shape » (noms de champs ou libellés) sont lus aussi.
Les fichiers nationaux et départementaux sont lus une seule fois, en flux, filtrés par code INSEE.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>- Enedis consommation annuelle par adresse (consommation-annuelle-residentielle-par-adresse, CSV ';') and Enedis consommation par IRIS et secteur d'activité (consommation-electrique-par-secteurs-dactivite, CSV ';') → consommation_electrique: one point per address or IRIS, year and sector with conso_mwh and nb_sites. The per-address file as published has no coordinates: its records are kept without geometry (geocode the file first, or aggregate per IRIS); the per-IRIS file is placed at the IRIS centroid.</source>
      <translation>- Enedis consommation annuelle par adresse (consommation-annuelle-residentielle-par-adresse, CSV « ; ») et Enedis consommation par IRIS et secteur d'activité (consommation-electrique-par-secteurs-dactivite, CSV « ; ») → consommation_electrique : un point par adresse ou IRIS, année et secteur avec conso_mwh et nb_sites. Le fichier par adresse tel que publié n'a pas de coordonnées : ses enregistrements sont gardés sans géométrie (géocodez d'abord le fichier, ou agrégez par IRIS) ; le fichier par IRIS est placé au centroïde de l'IRIS.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>- GPU servitudes: INPUT may be one assiette file, or the folder or zip of the CNIG SUP package as downloaded from the Géoportail de l'urbanisme (2016 CamelCase or 2019 lower-case fields), or an API Carto GPU answer (GeoJSON). AC1 assiettes 'Egal au générateur' are the monuments' own footprints: the CNIG SUP format leaves them out of abords_mh, and the GPU SUP AC1 monuments format turns them into monuments_historiques points (protection from the generator table, name from the servitude table, commune from the generator's ADRESSE). 'Zone tampon' and 'Périmètre des abords' give abords_mh with pda = 0; 'Périmètre délimité des abords' gives abords_mh with pda = 1.</source>
      <translation>- Servitudes du GPU : INPUT peut être un fichier d'assiettes, ou le dossier ou le zip du paquet CNIG SUP tel que téléchargé sur le Géoportail de l'urbanisme (champs 2016 en CamelCase ou 2019 en minuscules), ou une réponse de l'API Carto GPU (GeoJSON). Les assiettes AC1 « Egal au générateur » sont l'emprise des monuments eux-mêmes : le format CNIG SUP les écarte de abords_mh, et le format GPU SUP AC1 monuments en fait des points monuments_historiques (protection tirée de la table des générateurs, nom de la table des servitudes, commune de l'ADRESSE du générateur). « Zone tampon » et « Périmètre des abords » donnent abords_mh avec pda = 0 ; « Périmètre délimité des abords » donne abords_mh avec pda = 1.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>- INSEE Filosofi carreaux 200 m (the INSEE download: Idcar_200m, Ind, Men, Men_pauv, Ind_snv, Log_av45 …, as a CSV with the cell id only or a GeoPackage; or the Géoplateforme WFS layer in lower case with id_inspire) → carreaux_filosofi. Without geometry, each cell is rebuilt from its id CRS3035RES200mN&lt;y&gt;E&lt;x&gt;: the 200 m square whose lower-left corner is (E, N) in EPSG:3035.
- ADEME DPE logements existants / neufs (the CSV export with its 200+ columns: N°DPE, Etiquette_DPE, Date_établissement_DPE, Coordonnée_cartographique_X_(BAN) …, Lambert-93; or the API's JSON answer with _geopoint) → dpe points; a DPE without an energy label A–G is left out.</source>
      <translation>- INSEE Filosofi carreaux 200 m (le téléchargement de l'INSEE : Idcar_200m, Ind, Men, Men_pauv, Ind_snv, Log_av45 …, en CSV avec le seul identifiant du carreau ou en GeoPackage ; ou la couche du WFS de la Géoplateforme en minuscules avec id_inspire) → carreaux_filosofi. Sans géométrie, chaque carreau est reconstruit à partir de son identifiant CRS3035RES200mN&lt;y&gt;E&lt;x&gt; : le carré de 200 m dont le coin inférieur gauche est (E, N) en EPSG:3035.
- ADEME DPE logements existants / neufs (l'export CSV et ses plus de 200 colonnes : N°DPE, Etiquette_DPE, Date_établissement_DPE, Coordonnée_cartographique_X_(BAN) …, en Lambert-93 ; ou la réponse JSON de l'API avec _geopoint) → points dpe ; un DPE sans étiquette énergie de A à G est écarté.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/commune_choice.py" />
      <source>A commune of the GeoPackage, or INSEE codes or names separated by commas</source>
      <translation>Une commune du GeoPackage, ou des codes INSEE ou noms séparés par des virgules</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>A figure drawn from too few sites (10 by default) is masked.</source>
      <translation>Un chiffre tiré de trop peu de sites (10 par défaut) est masqué.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>A grid cell is named id_zone = E&lt;xmin&gt;N&lt;ymin&gt; (its lower-left corner, in metres). The output also gives annee_comparaison and masque_comparaison. The share of the commune needs no commune layer: the communes are those of the points' INSEE field, all their points counted. Masking does not prevent differencing (a commune total minus its unmasked zones): publish commune totals with care.
Points and zones that are whole, unfiltered file layers (GeoPackage, shapefile…) in the same CRS are read in bulk through GDAL (only the year, MWh, sites and INSEE fields of the points); memory layers, selections, filtered layers and points in another CRS than the zones are read through QGIS. Both give the same output.</source>
      <translation>Une maille de la grille est nommée id_zone = E&lt;xmin&gt;N&lt;ymin&gt; (son coin inférieur gauche, en mètres). La sortie donne aussi annee_comparaison et masque_comparaison. La part de la commune ne demande aucune couche de communes : les communes sont celles du champ INSEE des points, tous leurs points comptés. Le masquage n'empêche pas la différenciation (le total d'une commune moins ses zones non masquées) : publiez les totaux communaux avec prudence.
Les points et les zones qui sont des couches de fichier entières et sans filtre (GeoPackage, shapefile…), dans le même SCR, sont lus en bloc par GDAL (seuls les champs année, MWh, sites et INSEE des points) ; les couches en mémoire, les sélections, les couches filtrées et les points dans un autre SCR que les zones sont lus par QGIS. Les deux donnent la même sortie.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>ABF accord</source>
      <translation>accord de l'ABF</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>ABF consultation</source>
      <translation>Consultation de l'ABF</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>ABF consultation (Consultation de l'ABF)</source>
      <translation>Consultation de l'ABF</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>ADEME DPE logements existants / neufs (CSV, API JSON)</source>
      <translation>ADEME DPE logements existants / neufs (CSV, JSON de l'API)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>ANCT liste PVD / ORT (CSV)</source>
      <translation>Liste PVD / ORT de l'ANCT (CSV)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Abords</source>
      <translation>Abords</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>Abords (output of heritageperimeters)</source>
      <translation>Abords (sortie de heritageperimeters)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Abords of monuments (500 m)</source>
      <translation>Abords des monuments (500 m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Advanced parameters: the search margin around each request (300 m), the cell size of the calculation (1 m; 2 m is about four times faster), a cost raster instead of the surfaces, a maximum length, a fixed cost per connection.</source>
      <translation>Paramètres avancés : la marge de recherche autour de chaque demande (300 m), la taille de cellule du calcul (1 m ; 2 m est environ quatre fois plus rapide), un raster de coût à la place des surfaces, une longueur maximale, un coût fixe par raccordement.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>After a run from the QGIS window the PDF opens; the log gives its link.</source>
      <translation>Après une exécution depuis la fenêtre de QGIS, le PDF s'ouvre ; le journal donne son lien.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Agglomeration (polygons; default: the ORT perimeters)</source>
      <translation>Agglomération (polygones ; par défaut : les périmètres ORT)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Algorithm '{}' cannot run:</source>
      <translation>L'algorithme « {} » ne peut pas s'exécuter :</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/commune_choice.py" />
      <source>All communes</source>
      <translation>Toutes les communes</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>Another run is writing '{}': waiting for it to finish.</source>
      <translation>Une autre exécution écrit « {} » : attente de sa fin.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Applicant</source>
      <translation>Demandeur</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Areas and lengths are in square metres and metres, whatever the layers' coordinate system. Invalid geometries are repaired and listed in the log.</source>
      <translation>Surfaces et longueurs sont en mètres carrés et en mètres, quel que soit le système de coordonnées des couches. Les géométries invalides sont réparées et listées dans le journal.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/pricing.py" />
      <source>BAREME needs rows of 5 numbers (upper bound kVA, CfB €, CvB €/m, CfE €, CvE €/m); got {0} value(s).</source>
      <translation>BAREME demande des lignes de 5 nombres (borne haute kVA, CfB €, CvB €/m, CfE €, CvE €/m) ; {0} valeur(s) reçue(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/pricing.py" />
      <source>BAREME row {0}, column {1}: '{2}' is not a number ≥ 0.</source>
      <translation>BAREME ligne {0}, colonne {1} : « {2} » n'est pas un nombre ≥ 0.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/pricing.py" />
      <source>BAREME: the upper bounds (kVA) must increase from row to row; {0} follows {1}.</source>
      <translation>BAREME : les bornes hautes (kVA) doivent croître d'une ligne à l'autre ; {0} suit {1}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>BD TOPO batiment used instead</source>
      <translation>BD TOPO batiment utilisée à la place</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>BD TOPO bâtiments (GeoPackage, shapefile)</source>
      <translation>BD TOPO bâtiments (GeoPackage, shapefile)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>BD TOPO tronçons de route (GeoPackage, shapefile)</source>
      <translation>Tronçons de route BD TOPO (GeoPackage, shapefile)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>BT network</source>
      <translation>Réseau BT</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Barriers (impassable polygons)</source>
      <translation>Obstacles (polygones infranchissables)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Barème (indicative defaults): one row per power band</source>
      <translation>Barème (valeurs par défaut indicatives) : une ligne par tranche de puissance</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Base Adresse Nationale adresses (CSV ';', .csv.gz)</source>
      <translation>Base Adresse Nationale adresses (CSV « ; », .csv.gz)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Billed by Enedis</source>
      <translation>Facturé par Enedis</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Branchement length (m)</source>
      <translation>Longueur de branchement (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Building height field (m)</source>
      <translation>Champ de hauteur des bâtiments (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Buildings</source>
      <translation>Bâtiments</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Buildings (polygons with a height)</source>
      <translation>Bâtiments (polygones avec une hauteur)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Buildings are burnt into the surface by cell centre. The viewshed is gdal.ViewshedGenerate in its mode with the narrowest shadows: the prudent side, since being seen means the ABF's accord. Checked on a flat surface where a 20 m wall 101 m east of a 10 m monument hides the sector behind it (111 333 m² worked out by hand; GDAL's interpolation widens the edges of the shadow by at most 4 800 m²), and against gdal.ViewshedGenerate run directly on the same surface (within 0.5 %).</source>
      <translation>Les bâtiments sont ajoutés à la surface par centre de cellule. Le champ de visibilité est celui de gdal.ViewshedGenerate, dans son mode aux ombres les plus étroites : le côté prudent, puisqu'être vu signifie l'accord de l'ABF. Vérifié sur une surface plane où un mur de 20 m, à 101 m à l'est d'un monument de 10 m, masque le secteur situé derrière lui (111 333 m² calculés à la main ; l'interpolation de GDAL élargit les bords de l'ombre d'au plus 4 800 m²), et par comparaison avec gdal.ViewshedGenerate lancé directement sur la même surface (écart inférieur à 0,5 %).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Builds the PVD GeoPackage of one or more communes from the files you can download, in one run. Each file's format is told from its content, not its name; national and department files are read once, streamed and filtered by INSEE code (and by the communes' outlines when an Admin Express file is given).

INSEE: one or more INSEE codes or commune names (names are matched without case or accents in the Admin Express file), separated by commas. Rows of delegated communes are kept under the current code.
FILES: any mix of Admin Express COMMUNE, Etalab cadastre parcelles / bâtiments (.json, .json.gz), BD TOPO batiment and troncon_de_route (GeoPackage or shapefile), BAN adresses (.csv, .csv.gz), Mérimée (national '|' export or API CSV/JSON), GPU servitudes (CNIG SUP package as zip or folder, API Carto JSON), Enedis postes, réseaux (CSV with Geo Shape or GeoJSON) and consumption per address or per IRIS, ANCT PVD/ORT list.
FOLDER: optional, every supported file in it (a SUP package folder counts as one file).
ORT: optional polygon layer of the ORT perimeters; without it ort_perimetres stays empty (never invented).
COST_TABLE: optional table with the fields classe and cout_m (€/m of trench per surface class); without it the costs are the indicative middles of the ranges of the data model.

What it writes (OUTPUT, a new GeoPackage): every layer of the PVD data model (it passes pvd:validatedata), with BD TOPO roads as roadway and sidewalk surfaces (espaces_publics with cout_m) and buildings (batiments) ready for pvd:connectionroutes; the Enedis consumption per address placed at its BAN address (same commune, number, repetition index and normalised street name: the match rate is logged and given as MATCH_RATE); the table consommation_non_geocodee (records no address matched, with the reason); the table sources (fichier, format, lus = rows of the communes read, gardes = kept, rejetes and raison, date_fichier, licence). Files of no supported format and formats with no row for the communes are named in warnings. Enedis does not publish the kind of its substations: type_poste is poste_au_sol for all, flagged type_poste_defaut = 1.

Example: INSEE = 14035, FOLDER = the folder of the downloaded files (COMMUNE.shp of Admin Express, the BD TOPO GeoPackage of the department, cadastre-14-parcelles.json.gz, adresses-14.csv.gz, poste-electrique.csv …), ORT = the ORT perimeters, OUTPUT = balleroy.gpkg.</source>
      <translation>Construit en une seule exécution le GeoPackage PVD d'une ou plusieurs communes à partir des fichiers téléchargeables. Le format de chaque fichier est reconnu d'après son contenu, pas son nom ; les fichiers nationaux et départementaux sont lus une seule fois, en flux, filtrés par code INSEE (et par les contours des communes quand un fichier Admin Express est fourni).

INSEE : un ou plusieurs codes INSEE ou noms de communes (les noms sont comparés sans casse ni accents dans le fichier Admin Express), séparés par des virgules. Les lignes des communes déléguées sont gardées sous le code actuel.
FILES : tout mélange de Admin Express COMMUNE, cadastre Etalab parcelles / bâtiments (.json, .json.gz), BD TOPO batiment et troncon_de_route (GeoPackage ou shapefile), adresses BAN (.csv, .csv.gz), Mérimée (export national « | » ou CSV/JSON de l'API), servitudes du GPU (paquet CNIG SUP en zip ou dossier, JSON de l'API Carto), postes Enedis, réseaux (CSV avec Geo Shape ou GeoJSON) et consommation par adresse ou par IRIS, liste ANCT PVD/ORT.
FOLDER : facultatif, tous les fichiers reconnus qu'il contient (un dossier de paquet SUP compte pour un fichier).
ORT : couche facultative des périmètres de l'ORT (polygones) ; sans elle, ort_perimetres reste vide (jamais inventé).
COST_TABLE : table facultative avec les champs classe et cout_m (€/m de tranchée par classe de surface) ; sans elle, les coûts sont les milieux indicatifs des fourchettes du modèle de données.

Ce qui est écrit (OUTPUT, un nouveau GeoPackage) : toutes les couches du modèle de données PVD (il passe pvd:validatedata), avec les routes de la BD TOPO en surfaces de chaussée et de trottoir (espaces_publics avec cout_m) et les bâtiments (batiments) prêts pour pvd:connectionroutes ; la consommation Enedis par adresse placée à son adresse BAN (même commune, numéro, indice de répétition et nom de voie normalisé : le taux d'appariement est journalisé et donné par MATCH_RATE) ; la table consommation_non_geocodee (enregistrements qu'aucune adresse n'a appariés, avec la raison) ; la table sources (fichier, format, lus = lignes des communes lues, gardes = gardées, rejetes et raison, date_fichier, licence). Les fichiers d'aucun format reconnu et les formats sans ligne pour les communes sont nommés dans des avertissements. Enedis ne publie pas le type de ses postes : type_poste vaut poste_au_sol pour tous, signalé par type_poste_defaut = 1.

Exemple : INSEE = 14035, FOLDER = le dossier des fichiers téléchargés (COMMUNE.shp d'Admin Express, le GeoPackage BD TOPO du département, cadastre-14-parcelles.json.gz, adresses-14.csv.gz, poste-electrique.csv …), ORT = les périmètres de l'ORT, OUTPUT = balleroy.gpkg.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Builds, in one run, the PVD GeoPackage of your commune from the files you download: commune outlines (IGN Admin Express), cadastre (Etalab), buildings and roads (IGN BD TOPO), addresses (Base Adresse Nationale), monuments (Mérimée) and servitudes (Géoportail de l'urbanisme), the Enedis network and consumption, the ANCT lists, INSEE Filosofi and ADEME DPE.</source>
      <translation>Construit en une fois le GeoPackage PVD de votre commune à partir des fichiers téléchargés : contours des communes (Admin Express de l'IGN), cadastre (Etalab), bâtiments et routes (BD TOPO de l'IGN), adresses (Base Adresse Nationale), monuments (Mérimée) et servitudes (Géoportail de l'urbanisme), réseau et consommation Enedis, listes de l'ANCT, Filosofi de l'INSEE et DPE de l'ADEME.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>CNIG SUP assiettes AC1/AC2/AC4 (shapefile, GeoJSON)</source>
      <translation>Assiettes SUP CNIG AC1/AC2/AC4 (shapefile, GeoJSON)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>COST_TABLE needs the fields 'classe' and 'cout_m' (found: {}).</source>
      <translation>COST_TABLE doit avoir les champs « classe » et « cout_m » (trouvés : {}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>COST_TABLE: '{}' is not a cost in €/m for the class {}.</source>
      <translation>COST_TABLE : « {} » n'est pas un coût en €/m pour la classe {}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>COST_TABLE: '{}' is not a surface class (one of {}).</source>
      <translation>COST_TABLE : « {} » n'est pas une classe de surface (une de {}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>CPCE L49: length to publish in agglomeration (m)</source>
      <translation>CPCE L49 : longueur à rendre publique en agglomération (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>CPCE L49: length to publish outside agglomeration (m)</source>
      <translation>CPCE L49 : longueur à rendre publique hors agglomération (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>CPCE L49: no agglomeration layer and no ORT perimeters: every work is taken as in agglomeration (the lower threshold).</source>
      <translation>CPCE L49 : ni couche d'agglomération ni périmètres ORT : tous les travaux sont pris en agglomération (le seuil le plus bas).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>CPCE L49: the ORT perimeters of the works' GeoPackage count as agglomeration.</source>
      <translation>CPCE L49 : les périmètres ORT du GeoPackage des travaux comptent comme agglomération.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>CPCE L49: {0} work(s) to publish so that other networks can join: {1}.</source>
      <translation>CPCE L49 : {0} chantier(s) à rendre public(s) pour que d'autres réseaux s'y joignent : {1}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>CRS is {}, expected {}</source>
      <translation>le SCR est {}, {} attendu</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_cadastre.py" />
      <source>Cadastre buildings have no height nor use: hauteur_m is empty (BD TOPO batiment has them).</source>
      <translation>Les bâtiments du cadastre n'ont ni hauteur ni usage : hauteur_m est vide (la BD TOPO batiment les donne).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Cancelled by the user: nothing was written.</source>
      <translation>Annulé par l'utilisateur : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>Cannot create the GeoPackage {}.</source>
      <translation>Impossible de créer le GeoPackage {}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Cell</source>
      <translation>Carreau</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Cell size (m)</source>
      <translation>Taille de cellule (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Cell size (m, without a cost raster)</source>
      <translation>Taille de cellule (m, sans raster de coût)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Cells with the highest index</source>
      <translation>Carreaux à l'indice le plus élevé</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>CfB (€)</source>
      <translation>CfB (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>CfE (€)</source>
      <translation>CfE (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Change</source>
      <translation>Évolution</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Change per site (%)</source>
      <translation>Évolution par site (%)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Check a PVD GeoPackage</source>
      <translation>Vérifier un GeoPackage PVD</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Checks a GeoPackage against the PVD data model (docs/data-model.md): missing layers or fields, wrong field types, wrong geometry type, a CRS other than EPSG:2154, empty or invalid geometries, empty required values, values outside the allowed list, duplicate identifiers, start dates after end dates, and values stored against their field's type: text in number fields (QGIS reads 'abc' as 0 and '12,5' as 12), decimals in integer fields, dates that are not YYYY-MM-DD or do not exist (31/02/2024, 2024-02-31, 'demain': QGIS reads them as NULL or as another day). These are read as stored in the file, with their feature id.

Output: a table with one row per problem: layer, feature_id (the feature's fid, empty for a layer-level problem), field, problem (missing_layer, missing_field, field_type, geometry_type, crs, empty_geometry, invalid_geometry, missing_value, value_not_allowed, duplicate_id, dates_out_of_order, not_a_number, invalid_date) and detail. The log gives the count per problem kind; PROBLEMS is the total.

Layers that are not part of the model are ignored. The file is not modified.

Example: the plugin's sample pvd_isigny_omaha.gpkg has no problem.</source>
      <translation>Vérifie un GeoPackage par rapport au modèle de données PVD (docs/data-model.md) : couches ou champs manquants, types de champ erronés, type de géométrie erroné, SCR autre qu'EPSG:2154, géométries vides ou invalides, valeurs obligatoires vides, valeurs hors de la liste autorisée, identifiants en double, dates de début postérieures aux dates de fin, et valeurs stockées contre le type de leur champ : texte dans des champs numériques (QGIS lit « abc » comme 0 et « 12,5 » comme 12), décimales dans des champs entiers, dates qui ne sont pas au format AAAA-MM-JJ ou n'existent pas (31/02/2024, 2024-02-31, « demain » : QGIS les lit comme NULL ou comme un autre jour). Ces valeurs sont lues telles qu'elles sont stockées dans le fichier, avec l'identifiant de leur entité.

Sortie : une table avec une ligne par problème : layer, feature_id (le fid de l'entité, vide pour un problème au niveau de la couche), field, problem (missing_layer, missing_field, field_type, geometry_type, crs, empty_geometry, invalid_geometry, missing_value, value_not_allowed, duplicate_id, dates_out_of_order, not_a_number, invalid_date) et detail. Le journal donne le nombre de problèmes par type ; PROBLEMS en donne le total.

Les couches qui ne font pas partie du modèle sont ignorées. Le fichier n'est pas modifié.

Exemple : le GeoPackage d'exemple de l'extension, pvd_isigny_omaha.gpkg, ne présente aucun problème.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Checks a PVD GeoPackage against the plugin's data model: missing layers or fields, wrong types, a coordinate system other than Lambert-93 (EPSG:2154), empty or invalid geometries, missing or unexpected values, duplicate identifiers, start dates after end dates.</source>
      <translation>Vérifie un GeoPackage PVD par rapport au modèle de données de l'extension : couches ou champs manquants, types erronés, un système de coordonnées autre que le Lambert-93 (EPSG:2154), géométries vides ou invalides, valeurs manquantes ou inattendues, identifiants en double, dates de début après les dates de fin.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Checks the distance criterion of a collective self-consumption operation (arrêté of 21 November 2019): the two participants farthest apart must be at most 2 km from each other (10 or 20 km with a derogation for peri-urban or rural communes).</source>
      <translation>Vérifie le critère de distance d'une opération d'autoconsommation collective (arrêté du 21 novembre 2019) : les deux participants les plus éloignés doivent être à 2 km au plus l'un de l'autre (10 ou 20 km avec une dérogation pour les communes périurbaines ou rurales).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Checks the geographic criterion of an extended collective self-consumption operation (autoconsommation collective étendue, code de l'énergie L315-2; arrêté of 21 November 2019): the distance between the two participants farthest apart must not exceed 2 km, measured between the consumers' delivery points and the producers' injection points.

MAX_DISTANCE: the limit in metres (default 2000). DEROGATION: the limits a minister's derogation can grant (arrêté of 19 September 2023): 10 000 m when every participant is in a rural or peri-urban commune of the INSEE density grid, 20 000 m when every participant is in a rural commune; a derogation replaces MAX_DISTANCE.

Outputs:
- Circle: the smallest circle enclosing all participants (exact, GEOS's minimum bounding circle) with rayon_m, diametre_m, distance_max_m (the farthest pair, the distance the rule bears on), limite_m, conforme, nb_hors_regle and nb_postes_cercle.
- Farthest pair: a line between the two participants farthest apart.
- Participants: every producer and consumer with dist_max_m (to the farthest other participant), nb_hors_distance (participants farther than the limit from it) and hors_regle = at least one participant is farther than the limit from it; the operation complies when no participant breaks the rule.
- Substations (with an HTA/BT substation layer): the substations involved, i.e. the nearest substation of at least one participant (nb_participants) or inside the circle (dans_cercle); each participant also gets id_poste_proche and dist_poste_m.

Distances are metres on the ground in any CRS.</source>
      <translation>Vérifie le critère géographique d'une opération d'autoconsommation collective étendue (code de l'énergie L315-2 ; arrêté du 21 novembre 2019) : la distance entre les deux participants les plus éloignés ne doit pas dépasser 2 km, mesurée entre les points de livraison des consommateurs et les points d'injection des producteurs.

MAX_DISTANCE : la limite en mètres (2000 par défaut). DEROGATION : les limites qu'une dérogation ministérielle peut accorder (arrêté du 19 septembre 2023) : 10 000 m lorsque tous les participants sont dans une commune rurale ou périurbaine de la grille de densité de l'INSEE, 20 000 m lorsque tous les participants sont dans une commune rurale ; une dérogation remplace MAX_DISTANCE.

Sorties :
- Cercle : le plus petit cercle englobant tous les participants (exact, cercle minimal de GEOS) avec rayon_m, diametre_m, distance_max_m (la paire la plus éloignée, la distance sur laquelle porte la règle), limite_m, conforme, nb_hors_regle et nb_postes_cercle.
- Paire la plus éloignée : une ligne entre les deux participants les plus éloignés.
- Participants : chaque producteur et consommateur avec dist_max_m (jusqu'au participant le plus éloigné), nb_hors_distance (participants plus éloignés de lui que la limite) et hors_regle = au moins un participant est plus éloigné de lui que la limite ; l'opération est conforme lorsqu'aucun participant n'enfreint la règle.
- Postes (avec une couche de postes HTA/BT) : les postes concernés, c'est-à-dire le poste le plus proche d'au moins un participant (nb_participants) ou situé dans le cercle (dans_cercle) ; chaque participant reçoit aussi id_poste_proche et dist_poste_m.

Les distances sont des mètres au sol quel que soit le SCR.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/menu.py" />
      <source>Choose a commune of the PVD layers and zoom the map on it</source>
      <translation>Choisir une commune des couches PVD et zoomer la carte sur elle</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Choose the file and its format; optionally the INSEE codes of the communes to keep (their delegated communes are kept too). A file that lacks a column its format needs stops with a message naming the column.</source>
      <translation>Choisissez le fichier et son format ; si vous le souhaitez, les codes INSEE des communes à garder (leurs communes déléguées sont gardées aussi). Un fichier auquel manque une colonne de son format s'arrête avec un message qui nomme la colonne.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Class field</source>
      <translation>Champ de classe</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Classes (polygons, lines or points)</source>
      <translation>Classes (polygones, lignes ou points)</translation>
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
      <location filename="../../pvd_qgis_plugin/core/report_tables.py" />
      <source>Commune '{0}' is ambiguous: {1}. Give its INSEE code.</source>
      <translation>La commune « {0} » est ambiguë : {1}. Donnez son code INSEE.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Commune INSEE code field (for the share of the commune total)</source>
      <translation>Champ du code INSEE de la commune (pour la part du total communal)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>Commune(s) not found: {}. Give their INSEE codes, or an Admin Express COMMUNE file among the files.</source>
      <translation>Commune(s) introuvable(s) : {}. Donnez leurs codes INSEE, ou un fichier Admin Express COMMUNE parmi les fichiers.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/commune_choice.py" />
      <source>Commune:</source>
      <translation>Commune :</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Communes (INSEE codes or names, separated by commas)</source>
      <translation>Communes (codes INSEE ou noms, séparés par des virgules)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Communes are matched without case or accents, and one word that names a single commune is enough (Trevieres, isigny). In the dialog, a list offers the GeoPackage's communes and All communes, and the GeoPackage is the one of the loaded PVD layers.
The map page frames the town centre around the ORT perimeter and every route the tables list; the legend shrinks to fit inside the page. A route counts in the commune of its request (its last point), a route of 0 m (a request on the network: a branchement, priced at the fixed cost) included. Headers and coded values are in French (à mutualiser, cabine haute, tracé trouvé), substations are ranked within the commune, numbers are rounded and written the French way. The log gives each commune's figures and the link of the PDF; after a run from the QGIS window the PDF opens.</source>
      <translation>Les communes sont reconnues sans tenir compte de la casse ni des accents, et un seul mot suffit s'il ne désigne qu'une commune (Trevieres, isigny). Dans la boîte de dialogue, une liste propose les communes du GeoPackage et « Toutes les communes », et le GeoPackage proposé est celui des couches PVD chargées.
La page de carte cadre le centre-bourg autour du périmètre ORT et de tous les tracés que listent les tableaux ; la légende se réduit pour tenir dans la page. Un tracé compte dans la commune de sa demande (son dernier point), y compris un tracé de 0 m (une demande déjà sur le réseau : un branchement, chiffré au coût fixe). Les en-têtes et les valeurs codées sont en français (à mutualiser, cabine haute, tracé trouvé), les postes sont classés au sein de la commune, les nombres sont arrondis et écrits à la française. Le journal donne les chiffres de chaque commune et le lien du PDF ; après une exécution depuis la fenêtre de QGIS, le PDF s'ouvre.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Communes with their density class (derogation per commune)</source>
      <translation>Communes avec leur classe de densité (dérogation par commune)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Communes: {}</source>
      <translation>Communes : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Compares the electricity consumption (CONSUMPTION, the layer consommation_electrique with two years or more) of a year before renovation works (YEAR_BEFORE) and a year after (YEAR_AFTER), inside each works zone (WORKS: polygons such as an OPAH perimeter or renovated blocks, or points of renovated buildings, taken as the disc of POINT_RADIUS metres, default 50), and in the comparison group: the consumption points of the same communes outside every works zone. The effect is the zone's change minus the comparison group's change, in percentage points: -20 % in the zone while the rest of the commune is at -5 % gives an effect of -15 points, what the works saved beyond the winter, prices and sobriety everyone had.

Changes are computed on the consumption per site (MWh / number of sites), so that new dwellings do not pass for an increase. Only the residential sector counts when RESIDENTIAL_ONLY is checked (default) and the layer has a secteur field.

Weather (optional): DJU is a table of heating degree days per year (fields DJU_YEAR_FIELD, default annee, and DJU_VALUE_FIELD, default dju, e.g. from Météo-France or the local energy agency). The weather-dependent share HEATING_SHARE of each year's consumption (default 0.3, a placeholder: more where dwellings are heated electrically) is brought to the reference winter: consumption × ((1 - HEATING_SHARE) + HEATING_SHARE × DJU_REFERENCE / DJU of the year); DJU_REFERENCE defaults to the mean of the table.

Output, per works zone with its attributes: annee_avant, annee_apres, sites_avant, sites_apres (number of sites behind each figure), conso_avant_mwh, conso_apres_mwh (weather-corrected with DJU), evolution_pc, the same for the comparison group (temoin_sites_avant, temoin_sites_apres, temoin_conso_avant_mwh, temoin_conso_apres_mwh, temoin_evolution_pc), effet_pts, masque. Figures on fewer than MIN_SITES sites (default 10, the Enedis rule) are not given, nor the changes that need them; masque says which group (travaux, temoin). With WORKS_DATE_FIELD, works not dated between the two years are listed in the log.
Example: CONSUMPTION consommation_electrique and WORKS ort_perimetres of the sample GeoPackage, YEAR_BEFORE 2022, YEAR_AFTER 2023: the town centres, where the synthetic dwellings within 150 m of the centre use 12 % less in 2023, against the rest of each commune.</source>
      <translation>Compare la consommation d'électricité (CONSUMPTION, la couche consommation_electrique sur deux années ou plus) d'une année avant des travaux de rénovation (YEAR_BEFORE) et d'une année après (YEAR_AFTER), dans chaque zone de travaux (WORKS : des polygones comme un périmètre d'OPAH ou des îlots rénovés, ou des points de bâtiments rénovés, pris comme le disque de POINT_RADIUS mètres, 50 par défaut), et dans le groupe témoin : les points de consommation des mêmes communes hors de toute zone de travaux. L'effet est l'évolution de la zone moins celle du groupe témoin, en points de pourcentage : -20 % dans la zone quand le reste de la commune est à -5 % donne un effet de -15 points, ce que les travaux ont fait gagner au-delà de l'hiver, des prix et de la sobriété que tout le monde a connus.

Les évolutions sont calculées sur la consommation par site (MWh / nombre de sites), pour que des logements neufs ne passent pas pour une hausse. Seul le secteur résidentiel compte quand RESIDENTIAL_ONLY est coché (par défaut) et que la couche a un champ secteur.

Climat (facultatif) : DJU est une table des degrés-jours unifiés par année (champs DJU_YEAR_FIELD, annee par défaut, et DJU_VALUE_FIELD, dju par défaut, par exemple de Météo-France ou de l'agence locale de l'énergie). La part sensible au climat HEATING_SHARE de la consommation de chaque année (0,3 par défaut, une valeur provisoire : davantage là où les logements sont chauffés à l'électricité) est ramenée à l'hiver de référence : consommation × ((1 - HEATING_SHARE) + HEATING_SHARE × DJU_REFERENCE / DJU de l'année) ; DJU_REFERENCE vaut par défaut la moyenne de la table.

Sortie, par zone de travaux avec ses attributs : annee_avant, annee_apres, sites_avant, sites_apres (nombre de sites derrière chaque valeur), conso_avant_mwh, conso_apres_mwh (corrigées du climat avec DJU), evolution_pc, la même chose pour le groupe témoin (temoin_sites_avant, temoin_sites_apres, temoin_conso_avant_mwh, temoin_conso_apres_mwh, temoin_evolution_pc), effet_pts, masque. Les valeurs sur moins de MIN_SITES sites (10 par défaut, la règle d'Enedis) ne sont pas données, ni les évolutions qui en dépendent ; masque dit quel groupe (travaux, temoin). Avec WORKS_DATE_FIELD, les travaux non datés entre les deux années sont listés dans le journal.
Exemple : CONSUMPTION consommation_electrique et WORKS ort_perimetres du GeoPackage d'exemple, YEAR_BEFORE 2022, YEAR_AFTER 2023 : les centres-bourgs, où les logements synthétiques à moins de 150 m du centre consomment 12 % de moins en 2023, face au reste de chaque commune.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Comparison (reference) year</source>
      <translation>Année de comparaison (référence)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Comparison group: change per site (%)</source>
      <translation>Groupe témoin : évolution par site (%)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Comparison group: consumption after (MWh)</source>
      <translation>Groupe témoin : consommation après (MWh)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Comparison group: consumption before (MWh)</source>
      <translation>Groupe témoin : consommation avant (MWh)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Comparison group: sites after</source>
      <translation>Groupe témoin : sites après</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Comparison group: sites before</source>
      <translation>Groupe témoin : sites avant</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/chain_model.py" />
      <source>Complete PVD chain</source>
      <translation>Chaîne PVD complète</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Connection requests</source>
      <translation>Demandes de raccordement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Connection requests (points)</source>
      <translation>Demandes de raccordement (points)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Connection routes</source>
      <translation>Tracés de raccordement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Connection routes (shared trenches)</source>
      <translation>Tracés de raccordement (mutualisés)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Connection routes: {0} requests ({1} on the network: a branchement, 0 m of trench), total {2}, applicants' share {3}.</source>
      <translation>Tracés de raccordement : {0} demandes (dont {1} sur le réseau : un branchement, 0 m de tranchée), total {2}, part des demandeurs {3}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Connection routes: {0} requests, total {2}, applicants' share {3}.</source>
      <translation>Tracés de raccordement : {0} demandes, total {2}, part des demandeurs {3}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Connection works</source>
      <translation>Travaux de raccordement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Connection works (travaux de raccordement)</source>
      <translation>Travaux de raccordement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Connections served</source>
      <translation>Raccordements desservis</translation>
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
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Consumption after (MWh)</source>
      <translation>Consommation après (MWh)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Consumption before (MWh)</source>
      <translation>Consommation avant (MWh)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Consumption field (MWh per year)</source>
      <translation>Champ de la consommation (MWh par an)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Consumption of {0}, residential sector: {1} point(s).</source>
      <translation>Consommation de {0}, secteur résidentiel : {1} point(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Consumption per address placed at a BAN address: {:.0%}.</source>
      <translation>Consommation par adresse placée à une adresse BAN : {:.0%}.</translation>
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
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Contribution: branchement (€)</source>
      <translation>Contribution : branchement (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Contribution: extension (€)</source>
      <translation>Contribution : extension (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Cost factor of an already trenched cell</source>
      <translation>Facteur de coût d'une cellule déjà en tranchée</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Cost raster (€/m per cell)</source>
      <translation>Raster de coût (€/m par cellule)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/gpkg_bulk.py" />
      <source>Could not open '{}'.</source>
      <translation>Impossible d'ouvrir « {} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>Could not write features to the output: {}</source>
      <translation>Impossible d'écrire les entités en sortie : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Could not write the problem table.</source>
      <translation>Impossible d'écrire la table des problèmes.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Criteria, each with its weight: the share of poor households and their standard of living (INSEE Filosofi), the share of dwellings built before 1970, the share of energy labels F and G (the "passoires thermiques", in ADEME's energy performance diagnostics), electric heating (the same diagnostics) and the electricity used per dwelling (Enedis).</source>
      <translation>Critères, chacun avec son poids : la part des ménages pauvres et leur niveau de vie (Filosofi de l'INSEE), la part des logements construits avant 1970, la part des étiquettes énergétiques F et G (les « passoires thermiques », dans les diagnostics de performance énergétique de l'ADEME), le chauffage électrique (les mêmes diagnostics) et l'électricité consommée par logement (Enedis).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Crosses zones with classes, like ArcGIS Tabulate Intersection: for every zone (e.g. ORT perimeters, communes) and every class (e.g. public-space classes, network types), how much of the class lies in the zone.

Zones: polygons, grouped by the values of ZONE_FIELD (features sharing a value form one zone; overlaps count once). Classes: polygons, lines or points, grouped by CLASS_FIELD (features of one class are merged, so overlapping polygons or lines count once). A class layer in another CRS is reprojected to the zones' CRS. NULL is a value of its own.

Output table, one row per (zone, class) pair that meet:
- zone: the ZONE_FIELD value; class: the CLASS_FIELD value;
- area (polygon classes): m² of the class inside the zone;
- length (line classes): m of the class lines inside the zone;
- pnt_count (point classes): number of class points inside the zone (a point on the border of two zones counts in both);
- percentage: for polygons, the share of the zone's area covered by the class; for lines, the class's share of all class lines inside the zone; for points, the class's share of all class points inside the zone (so for lines and points the percentages of a zone add up to 100).

Units: m² and m, planar in a projected CRS, on the ellipsoid in a geographic CRS.
Invalid geometries are repaired and listed in the log; features without geometry are ignored and listed. Progress is reported; Cancel writes nothing.</source>
      <translation>Croise des zones avec des classes, comme l'outil Tabulate Intersection d'ArcGIS : pour chaque zone (par ex. périmètres ORT, communes) et chaque classe (par ex. classes d'espaces publics, types de réseau), indique quelle part de la classe se trouve dans la zone.

Zones : polygones, regroupés selon les valeurs de ZONE_FIELD (les entités partageant une même valeur forment une seule zone ; les chevauchements ne comptent qu'une fois). Classes : polygones, lignes ou points, regroupés selon CLASS_FIELD (les entités d'une même classe sont fusionnées, de sorte que les polygones ou lignes qui se chevauchent ne comptent qu'une fois). Une couche de classes dans un autre SCR est reprojetée dans le SCR des zones. NULL est une valeur à part entière.

Table en sortie, une ligne par paire (zone, classe) qui se rencontrent :
- zone : la valeur de ZONE_FIELD ; class : la valeur de CLASS_FIELD ;
- area (classes de polygones) : m² de la classe à l'intérieur de la zone ;
- length (classes de lignes) : m de lignes de la classe à l'intérieur de la zone ;
- pnt_count (classes de points) : nombre de points de la classe à l'intérieur de la zone (un point sur la limite entre deux zones compte dans les deux) ;
- percentage : pour les polygones, la part de la surface de la zone couverte par la classe ; pour les lignes, la part de la classe dans l'ensemble des lignes de classes à l'intérieur de la zone ; pour les points, la part de la classe dans l'ensemble des points de classes à l'intérieur de la zone (ainsi, pour les lignes et les points, les pourcentages d'une zone totalisent 100).

Unités : m² et m, planimétriques dans un SCR projeté, sur l'ellipsoïde dans un SCR géographique.
Les géométries invalides sont réparées et listées dans le journal ; les entités sans géométrie sont ignorées et listées. La progression est indiquée ; Annuler n'écrit rien.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Crosses zones with classes: for every zone (ORT perimeters, communes) and every class (public-space surfaces, network types), how much of the class lies in the zone: square metres for surfaces, metres for lines, a count for points, and its share in percent.</source>
      <translation>Croise des zones et des classes : pour chaque zone (périmètres ORT, communes) et chaque classe (surfaces d'espaces publics, types de réseau), quelle quantité de la classe se trouve dans la zone : des mètres carrés pour les surfaces, des mètres pour les lignes, un nombre pour les points, et sa part en pourcentage.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>CvB (€/m)</source>
      <translation>CvB (€/m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>CvE (€/m)</source>
      <translation>CvE (€/m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>DEROGATION ({0:.0f} m) replaced by the limit the communes' density classes allow ({1:.0f} m).</source>
      <translation>DEROGATION ({0:.0f} m) remplacée par la limite que permettent les classes de densité des communes ({1:.0f} m).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>DJU value field</source>
      <translation>Champ de la valeur des DJU</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>DJU year field</source>
      <translation>Champ de l'année des DJU</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>DPE F/G</source>
      <translation>DPE F/G</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>DPE energy label field (A to G)</source>
      <translation>Champ de l'étiquette énergie du DPE (A à G)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>DPE labelled F or G (%)</source>
      <translation>DPE étiquetés F ou G (%)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>DPE labels are read without case or spaces (f, ' G '); a DPE without a label A–G is left out of every DPE figure and counted in the log.</source>
      <translation>Les étiquettes DPE sont lues sans tenir compte de la casse ni des espaces (f, ' G ') ; un DPE sans étiquette A à G est écarté de tous les chiffres DPE et compté dans le journal.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>DPE main heating energy field</source>
      <translation>Champ de l'énergie de chauffage principale du DPE</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Data</source>
      <translation>Données</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Date of the works (optional field)</source>
      <translation>Date des travaux (champ facultatif)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Default cost (€/m; 0 = impassable outside the surfaces)</source>
      <translation>Coût par défaut (€/m ; 0 = infranchissable hors des surfaces)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Derogation</source>
      <translation>Dérogation</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Detail</source>
      <translation>Détail</translation>
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
      <translation>Une seule tranchée : repère les travaux de raccordement (WORKS, lignes ou points avec dates de début et de fin) qui passent à moins de DISTANCE mètres d'un projet d'espace public (PROJECTS, polygones ou lignes avec dates de début et de fin, réalisé ou prévu) et indique quoi faire pour chaque paire.

relation = mutualisable : projet et travaux tous deux prévus, le plus tardif commençant au plus WINDOW_MONTHS mois après la fin du plus précoce : une seule tranchée peut servir aux deux.
relation = conflit_moratoire : les travaux commencent moins de MORATORIUM_MONTHS mois après la fin d'un projet réalisé (statut réalisé), c'est-à-dire qu'ils creusent dans une surface fraîchement refaite. Avec SURFACES et leur champ de date de réfection, des travaux traversant un espace public refait pendant le moratoire sont aussi signalés (id_projet vide, id_surface renseigné), sauf s'ils sont déjà en conflit avec un projet réalisé.
relation = sequence_a_revoir : tous deux prévus, le projet se termine avant le début des travaux, trop tôt pour les mutualiser, et les travaux rouvriraient la nouvelle surface pendant le moratoire : revoir l'ordre.

Dates : champs date ou date-heure, ou texte au format AAAA-MM-JJ (ISO) ou JJ/MM/AAAA (français). Un champ de date manquant, une date illisible ou un début postérieur à sa fin arrête l'algorithme en indiquant les entités concernées ; les entités dont une date est vide sont écartées avec un avertissement. Champs de statut : « realise » (réalisé, quelle que soit la casse) signifie réalisé, toute autre valeur prévu ; videz le champ de statut pour tout traiter comme prévu. Des travaux déjà réalisés ne sont vérifiés que pour les conflits de moratoire. Le calcul des mois suit le calendrier (31 janvier + 1 mois = 28/29 février) ; les bornes de la fenêtre sont incluses, le moratoire se termine à son dernier jour.

Sortie (une ligne par paire, géométrie = le tronçon des travaux à moins de DISTANCE du projet) : id_travaux, id_projet, id_surface, relation, insee (commune des travaux), longueur_commune_m (mètres de ce tronçon), ecart_jours (jours entre les deux périodes, 0 si elles se chevauchent ; pour un conflit, jours depuis la réfection), economie_eur (coût de tranchée économisé par la mutualisation, lignes mutualisable uniquement : longueur × coût unitaire), cout_unitaire_eur_m, debut_travaux, fin_travaux, debut_projet, fin_projet, date_refection.
UNIT_COST : €/m de tranchée (150 €/m par défaut, entre les valeurs usuelles de 80–150 €/m en trottoir et 120–250 €/m en chaussée ; à adapter). Avec SURFACES et un champ de coût (cout_m, €/m), le tronçon est chiffré au coût des surfaces qu'il traverse, et ailleurs à UNIT_COST.
Table de synthèse : par commune et par projet, le nombre de paires de chaque relation, la longueur mutualisée et l'économie totale.

Couches dans un SCR projeté (mètres) ; les autres couches sont reprojetées dans le SCR des travaux.
Exemple : travaux_raccordement × projets_espaces_publics du GeoPackage d'exemple, SURFACES espaces_publics.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Dig once: finds the connection works that pass near a public-space project (within 10 m) and says what to do about each pair: pool them in one trench, avoid digging into a surface renovated less than 3 years before (moratorium), or review their order.</source>
      <translation>Ne creuser qu'une fois : trouve les travaux de raccordement qui passent près d'un projet d'espace public (à moins de 10 m) et dit que faire de chaque paire : les mutualiser dans une même tranchée, éviter de rouvrir une surface refaite depuis moins de 3 ans (moratoire), ou revoir leur ordre.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Dissolve into one zone</source>
      <translation>Fusionner en une seule zone</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Distance (m)</source>
      <translation>Distance (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Distance (metres, whatever the layer's CRS)</source>
      <translation>Distance (mètres, quel que soit le SCR de la couche)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Distance between a work and a project (metres)</source>
      <translation>Distance entre des travaux et un projet (mètres)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Downloaded files</source>
      <translation>Fichiers téléchargés</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Draws the abords of monuments historiques: the zone within 500 m of each monument (Code du patrimoine L621-30, where no PDA has been delimited). Inside it, works that change the exterior aspect need the accord of the Architecte des Bâtiments de France.</source>
      <translation>Dessine les abords des monuments historiques : la zone à moins de 500 m de chaque monument (Code du patrimoine L621-30, là où aucun PDA n'a été délimité). À l'intérieur, les travaux qui modifient l'aspect extérieur demandent l'accord de l'Architecte des Bâtiments de France.</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Draws, for each monument historique, the ground within 500 m (by default) from which it can be seen. Without a delimited perimeter (PDA), the abords are what lies within 500 m and is visible from the monument or together with it (Code du patrimoine L621-30): works there need the accord of the Architecte des Bâtiments de France, elsewhere within 500 m a simple avis.</source>
      <translation>Dessine, pour chaque monument historique, le sol à moins de 500 m (par défaut) d'où on le voit. Sans périmètre délimité (PDA), les abords sont ce qui est à moins de 500 m et visible du monument ou en même temps que lui (Code du patrimoine L621-30) : les travaux y demandent l'accord de l'Architecte des Bâtiments de France, ailleurs à moins de 500 m un simple avis.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Draws, for each monument historique, the ground within DISTANCE metres (default 500) that sees it. Code du patrimoine L621-30: without a PDA, the abords are what lies within 500 m and is visible from the monument or visible together with it; inside, works need the accord of the Architecte des Bâtiments de France (L632-2), elsewhere within 500 m a simple avis (see pvd:abfconsultation).

The surface is the elevation model DEM (metres, in a projected CRS in metres) plus the heights of the BUILDINGS (optional polygons, field HEIGHT_FIELD in metres above the ground, default hauteur as in BD TOPO); buildings that hold the monument are left out (its own roof). The line of sight runs from the monument's visible top, MONUMENT_HEIGHT metres above the ground (default 10), to a person of OBSERVER_HEIGHT metres (default 1.6) on each cell of CELL_SIZE metres (default 2; the DEM is resampled, bilinear). The viewshed is GDAL's (gdal_viewshed, mode of the narrowest shadows, standard refraction); covisibility from a third point is not computed.

Output (in the DEM's CRS): one polygon per monument with its attributes, surface_visible_m2 and part_visible (share of the disc of DISTANCE, %). Cells without elevation are never visible (warning).

Example: monuments_historiques of the sample GeoPackage, DEM = a RGE ALTI 1 m or 5 m tile in Lambert-93, BUILDINGS = batiments (hauteur), DISTANCE 500.</source>
      <translation>Dessine, pour chaque monument historique, le sol à moins de DISTANCE mètres (500 par défaut) d'où on le voit. Code du patrimoine L621-30 : sans PDA, les abords sont ce qui se trouve à moins de 500 m et est visible du monument ou visible en même temps que lui ; à l'intérieur, les travaux demandent l'accord de l'Architecte des Bâtiments de France (L632-2), ailleurs à moins de 500 m un avis simple (voir pvd:abfconsultation).

La surface est le modèle numérique de terrain DEM (mètres, dans un SCR projeté en mètres) plus les hauteurs des bâtiments BUILDINGS (polygones, facultatif, champ HEIGHT_FIELD en mètres au-dessus du sol, hauteur par défaut comme dans la BD TOPO) ; les bâtiments qui contiennent le monument sont écartés (son propre toit). La ligne de visée va du sommet visible du monument, à MONUMENT_HEIGHT mètres au-dessus du sol (10 par défaut), à une personne de OBSERVER_HEIGHT mètres (1,6 par défaut) sur chaque cellule de CELL_SIZE mètres (2 par défaut ; le MNT est rééchantillonné, bilinéaire). Le champ de visibilité est celui de GDAL (gdal_viewshed, mode des ombres les plus étroites, réfraction standard) ; la covisibilité depuis un troisième point n'est pas calculée.

Sortie (dans le SCR du MNT) : un polygone par monument avec ses attributs, surface_visible_m2 et part_visible (part du disque de rayon DISTANCE, %). Les cellules sans altitude ne sont jamais visibles (avertissement).

Exemple : monuments_historiques du GeoPackage d'exemple, DEM = une dalle RGE ALTI à 1 m ou 5 m en Lambert-93, BUILDINGS = batiments (hauteur), DISTANCE 500.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Dwellings built before 1970 (%)</source>
      <translation>Logements construits avant 1970 (%)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Each substation scores points out of 10: 2 inside an ORT perimeter, 2 inside a heritage zone (abords, SPR), up to 2 for the public space around it within 25 m, and up to 4 for its type (a tower cabin is seen from afar, a pole-mounted box hardly). The weights are advanced parameters: set one to 0 to ignore its criterion.</source>
      <translation>Chaque poste marque des points sur 10 : 2 dans un périmètre ORT, 2 dans une zone patrimoniale (abords, SPR), jusqu'à 2 pour l'espace public autour de lui dans un rayon de 25 m, et jusqu'à 4 pour son type (une cabine haute se voit de loin, un poste sur poteau à peine). Les poids sont des paramètres avancés : mettez-en un à 0 pour ignorer son critère.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Effect (points)</source>
      <translation>Effet (points)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Effect of renovation works (Effet des travaux de rénovation)</source>
      <translation>Effet des travaux de rénovation</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Effect of renovation works (output of pvd:renovationeffect)</source>
      <translation>Effet des travaux de rénovation (sortie de pvd:renovationeffect)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Effect of renovation works (per site)</source>
      <translation>Effet des travaux de rénovation (par site)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Effect of the works (percentage points)</source>
      <translation>Effet des travaux (points de pourcentage)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Electric heating in the DPE (%)</source>
      <translation>Chauffage électrique dans les DPE (%)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Electricity consumption per zone (Consommation électrique par zone)</source>
      <translation>Consommation électrique par zone</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Electricity consumption points (consommation_electrique)</source>
      <translation>Points de consommation électrique (consommation_electrique)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Electricity network</source>
      <translation>Réseau électrique</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Electricity per dwelling (MWh)</source>
      <translation>Électricité par logement (MWh)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Elevation model (DEM, metres)</source>
      <translation>Modèle numérique de terrain (MNT, mètres)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Enedis consommation annuelle par adresse (CSV ';')</source>
      <translation>Enedis consommation annuelle par adresse (CSV « ; »)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Enedis consommation électrique par IRIS et secteur d'activité (CSV ';')</source>
      <translation>Enedis consommation électrique par IRIS et secteur d'activité (CSV « ; »)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>Enedis does not publish the kind of its substations: type_poste is {} for all (type_poste_defaut = 1); set the cabines hautes by hand.</source>
      <translation>Enedis ne publie pas le type de ses postes : type_poste vaut {} pour tous (type_poste_defaut = 1) ; indiquez les cabines hautes à la main.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Enedis postes électriques (CSV ';' with "Geo Point", GeoJSON)</source>
      <translation>Postes électriques Enedis (CSV « ; » avec « Geo Point », GeoJSON)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Enedis réseau BT/HTA (GeoJSON, shapefile)</source>
      <translation>Réseau BT/HTA Enedis (GeoJSON, shapefile)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>Enedis substations have no type or rated power: type_poste and puissance_kva are empty.</source>
      <translation>Les postes Enedis n'ont ni type ni puissance : type_poste et puissance_kva sont vides.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Energy performance diagnostics (DPE points)</source>
      <translation>Diagnostics de performance énergétique (points DPE)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Energy precarity (Précarité énergétique)</source>
      <translation>Précarité énergétique</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Energy precarity (optional): the output of pvd:energyprecarity adds, per commune, a page "Précarité énergétique" with the map of the index and a page with its first cells; with the output of pvd:renovationeffect (optional), the before/after of the works zones follows.</source>
      <translation>Précarité énergétique (facultatif) : la sortie de pvd:energyprecarity ajoute, par commune, une page « Précarité énergétique » avec la carte de l'indice et une page de ses premiers carreaux ; avec la sortie de pvd:renovationeffect (facultative), l'avant/après des zones de travaux suit.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Energy precarity (output of pvd:energyprecarity)</source>
      <translation>Précarité énergétique (sortie de pvd:energyprecarity)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Energy precarity files are read too: INSEE Filosofi 200 m cells (CSV, GeoPackage or Géoplateforme GeoJSON; when the file gives no commune code, the cells whose centre lies in the communes' Admin Express outlines) and ADEME DPE (CSV export or API JSON) → carreaux_filosofi and dpe, the inputs of pvd:energyprecarity.</source>
      <translation>Les fichiers de la précarité énergétique sont lus aussi : carreaux Filosofi de 200 m de l'INSEE (CSV, GeoPackage ou GeoJSON de la Géoplateforme ; quand le fichier ne donne pas de code commune, les carreaux dont le centre est dans les contours Admin Express des communes) et DPE de l'ADEME (export CSV ou JSON de l'API) → carreaux_filosofi et dpe, les entrées de pvd:energyprecarity.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Energy precarity index</source>
      <translation>Indice de précarité énergétique</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Energy precarity — {0} ({1})</source>
      <translation>Précarité énergétique — {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Energy precarity — {}</source>
      <translation>Précarité énergétique — {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Etalab cadastre bâtiments (cadastre-&lt;code&gt;-batiments.json, .json.gz)</source>
      <translation>Cadastre Etalab bâtiments (cadastre-&lt;code&gt;-batiments.json, .json.gz)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Etalab cadastre parcelles (cadastre-&lt;code&gt;-parcelles.json, .json.gz)</source>
      <translation>Cadastre Etalab parcelles (cadastre-&lt;code&gt;-parcelles.json, .json.gz)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/chain_model.py" />
      <source>Every cost assumption is an input with its default: trench cost outside public spaces (100 €/m), fixed cost per connection (1 000 €, the branchement), réfaction (0.40), cost of a reused trench (0.2 of its price), cell size (2 m), search margin (250 m), unit cost of the coordination (150 €/m).</source>
      <translation>Chaque hypothèse de coût est une entrée avec sa valeur par défaut : coût de tranchée hors espaces publics (100 €/m), coût fixe par raccordement (1 000 €, le branchement), réfaction (0,40), coût d'une tranchée réutilisée (0,2 de son prix), taille de cellule (2 m), marge de recherche (250 m), coût unitaire de la coordination (150 €/m).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Every distance is measured on the ground, geodesically on the layer's ellipsoid, whatever its CRS: a projection's scale error (Lambert-93 is up to 0.1 % off near 46.5° N) would otherwise make a pair 2 000.3 m apart compliant.
COMMUNES (optional polygons) with DENSITY_FIELD (the INSEE communal density grid in 7 levels, 1–7 or its labels; default DENS): the derogation is read per commune (arrêté of 19 September 2023): 20 km when every participant is in a rural commune (5 bourgs ruraux, 6–7 rural à habitat dispersé / très dispersé), 10 km when every participant is in a rural or peri-urban one (3 ceintures urbaines, 4 petites villes), else MAX_DISTANCE; a participant outside the communes or with an unknown class gets no derogation. The derogation read from the communes replaces DEROGATION; each participant gets classe_densite.
TOTAL_POWER_KW (optional field of the producers, kW): the total power of the operation, checked against MAX_POWER_MW (default 3 MW, the cap of the arrêté of 21 November 2019; later texts raised it to 5 MW, and up to 10 MW for some operations of public bodies: set the cap in force). The circle gets puissance_kw, puissance_max_kw and puissance_conforme; conforme stays the distance criterion.</source>
      <translation>Toutes les distances sont mesurées au sol, géodésiquement sur l'ellipsoïde de la couche, quel que soit son SCR : l'erreur d'échelle d'une projection (jusqu'à 0,1 % en Lambert-93 vers 46,5° N) rendrait sinon conforme une paire distante de 2 000,3 m.
COMMUNES (polygones, facultatif) avec DENSITY_FIELD (la grille communale de densité de l'INSEE à 7 niveaux, 1 à 7 ou ses libellés ; DENS par défaut) : la dérogation est lue par commune (arrêté du 19 septembre 2023) : 20 km lorsque tous les participants sont dans une commune rurale (5 bourgs ruraux, 6–7 rural à habitat dispersé / très dispersé), 10 km lorsque tous sont dans une commune rurale ou périurbaine (3 ceintures urbaines, 4 petites villes), sinon MAX_DISTANCE ; un participant hors des communes ou de classe inconnue n'ouvre droit à aucune dérogation. La dérogation lue dans les communes remplace DEROGATION ; chaque participant reçoit classe_densite.
TOTAL_POWER_KW (champ des producteurs, kW, facultatif) : la puissance totale de l'opération, comparée à MAX_POWER_MW (3 MW par défaut, le plafond de l'arrêté du 21 novembre 2019 ; des textes ultérieurs l'ont porté à 5 MW, et jusqu'à 10 MW pour certaines opérations de personnes publiques : indiquer le plafond en vigueur). Le cercle reçoit puissance_kw, puissance_max_kw et puissance_conforme ; conforme reste le critère de distance.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Every weight is 0: give at least one criterion a weight.</source>
      <translation>Tous les poids sont nuls : donnez un poids à au moins un critère.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Example: INPUT = poste-electrique.csv downloaded from the Enedis open-data portal, FORMAT = Enedis postes électriques, INSEE = 14035, 14312, 14342, 14370, 14711: the HTA/BT substations of the five communes (delegated communes included) in the postes_hta_bt schema.</source>
      <translation>Exemple : INPUT = poste-electrique.csv téléchargé sur le portail open data d'Enedis, FORMAT = Postes électriques Enedis, INSEE = 14035, 14312, 14342, 14370, 14711 : les postes HTA/BT des cinq communes (communes déléguées comprises) au format de la couche postes_hta_bt.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Example: INPUT = travaux_raccordement of the sample GeoPackage, OVERLAYS = ort_perimetres, abords_mh, spr and espaces_publics, LABEL_FIELD = nom: each work with ort_perimetres_len, ort_perimetres_pc, abords_mh_noms… and a summary row per overlay layer.</source>
      <translation>Exemple : INPUT = travaux_raccordement du GeoPackage d'exemple, OVERLAYS = ort_perimetres, abords_mh, spr et espaces_publics, LABEL_FIELD = nom : chaque travail avec ort_perimetres_len, ort_perimetres_pc, abords_mh_noms… et une ligne de synthèse par couche de superposition.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Example: POINTS = consommation_electrique of the sample GeoPackage, no zones, GRID_SIZE 200, YEAR 2023, COMPARE_YEAR 2022: 200 m cells of the five towns with their 2023 consumption, their change since 2022 and the cells under 10 sites masked.</source>
      <translation>Exemple : POINTS = consommation_electrique du GeoPackage d'exemple, sans zones, GRID_SIZE 200, YEAR 2023, COMPARE_YEAR 2022 : des mailles de 200 m sur les cinq bourgs avec leur consommation 2023, son évolution depuis 2022 et les mailles de moins de 10 sites masquées.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Example: PRODUCERS = a solar roof on the school, CONSUMERS = the town hall, the sports hall and 20 dwellings of the same town centre, MAX_DISTANCE 2000: the enclosing circle, the farthest pair and whether the operation complies.</source>
      <translation>Exemple : PRODUCERS = une toiture solaire sur l'école, CONSUMERS = la mairie, la salle de sport et 20 logements du même centre-bourg, MAX_DISTANCE 2000 : le cercle englobant, la paire la plus éloignée et la conformité de l'opération.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Example: TARGETS = demandes_raccordement of the sample GeoPackage, SOURCES = postes_hta_bt and reseau_bt, SURFACES = espaces_publics (cout_m), BARRIERS = batiments, PENALTY_ZONES = abords_mh and spr, CELL_SIZE 1, SHARED_TRENCHES on: every request priced, and the saving of the shared trenches in the log.</source>
      <translation>Exemple : TARGETS = demandes_raccordement du GeoPackage d'exemple, SOURCES = postes_hta_bt et reseau_bt, SURFACES = espaces_publics (cout_m), BARRIERS = batiments, PENALTY_ZONES = abords_mh et spr, CELL_SIZE 1, SHARED_TRENCHES activé : chaque demande chiffrée, et l'économie des tranchées mutualisées dans le journal.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Example: ZONES = ort_perimetres (ZONE_FIELD nom), CLASSES = espaces_publics (CLASS_FIELD classe): the square metres of roadway, sidewalk, square and heritage paving in each ORT perimeter, and their share of it.</source>
      <translation>Exemple : ZONES = ort_perimetres (ZONE_FIELD nom), CLASSES = espaces_publics (CLASS_FIELD classe) : les mètres carrés de chaussée, de trottoir, de place et de pavage patrimonial dans chaque périmètre ORT, et leur part de celui-ci.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Example: commune 14035 (or Balleroy-sur-Drôme), the folder of the downloaded files and a new GeoPackage: every analysis of the plugin then runs on it.</source>
      <translation>Exemple : commune 14035 (ou Balleroy-sur-Drôme), le dossier des fichiers téléchargés et un nouveau GeoPackage : toutes les analyses de l'extension tournent ensuite dessus.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Example: producers = a solar roof on the school, consumers = the town hall, the sports hall and 20 dwellings of the same town centre, limit 2 000 m: the circle, the farthest pair and whether the operation complies.</source>
      <translation>Exemple : producteurs = une toiture solaire sur l'école, consommateurs = la mairie, la salle de sport et 20 logements du même centre-bourg, limite 2 000 m : le cercle, la paire la plus éloignée et la conformité de l'opération.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Example: the poste-electrique.csv file of the Enedis open-data portal, format Enedis postes électriques, communes 14035, 14312, 14342, 14370, 14711: the HTA/BT substations of the five communes.</source>
      <translation>Exemple : le fichier poste-electrique.csv du portail open data d'Enedis, format Enedis postes électriques, communes 14035, 14312, 14342, 14370, 14711 : les postes HTA/BT des cinq communes.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/chain_model.py" />
      <source>Example: the sample GeoPackage and the commune Isigny-sur-Mer: the report of Isigny-sur-Mer with the routes, the saving of shared trenches, the works to coordinate and the substations to embellish.</source>
      <translation>Exemple : le GeoPackage d'exemple et la commune d'Isigny-sur-Mer : le rapport d'Isigny-sur-Mer avec les tracés, l'économie des tranchées mutualisées, les travaux à coordonner et les postes à embellir.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Example: with the sample loaded, choose Isigny-sur-Mer (14342) and the routes you computed: two pages, the map and the tables of Isigny-sur-Mer.</source>
      <translation>Exemple : avec l'échantillon chargé, choisissez Isigny-sur-Mer (14342) et les tracés que vous avez calculés : deux pages, la carte et les tableaux d'Isigny-sur-Mer.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Example: with the sample loaded, its GeoPackage is preselected: the sample has no problem.</source>
      <translation>Exemple : avec l'échantillon chargé, son GeoPackage est présélectionné : l'échantillon n'a aucun problème.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Example: with the sample loaded, keep the ORT perimeters by name and the public spaces by class: the square metres of roadway, sidewalk, square and heritage paving in each ORT perimeter, and their share of it.</source>
      <translation>Exemple : avec l'échantillon chargé, gardez les périmètres ORT par nom et les espaces publics par classe : les mètres carrés de chaussée, trottoir, place et pavage patrimonial de chaque périmètre ORT, et leur part.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Example: with the sample loaded, keep the consumption and the ORT perimeters as works zones, 2022 before and 2023 after: each town centre's change beside that of the rest of its commune.</source>
      <translation>Exemple : avec l'exemple chargé, gardez la consommation et les périmètres ORT comme zones de travaux, 2022 avant et 2023 après : l'évolution de chaque centre-bourg à côté de celle du reste de sa commune.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Example: with the sample loaded, keep the consumption points, no zones, year 2023 and comparison year 2022: 200 m cells of the five towns with their 2023 consumption and its change since 2022.</source>
      <translation>Exemple : avec l'échantillon chargé, gardez les points de consommation, sans zones, année 2023 et année de comparaison 2022 : des carrés de 200 m sur les cinq bourgs avec leur consommation 2023 et son évolution depuis 2022.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Example: with the sample loaded, keep the monuments and 500 m: a zone of 500 m around each monument of the five communes.</source>
      <translation>Exemple : avec l'échantillon chargé, gardez les monuments et 500 m : une zone de 500 m autour de chaque monument des cinq communes.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Example: with the sample loaded, keep the monuments and buildings, choose an elevation model of the commune (IGN RGE ALTI) and run: one polygon per monument, the area that sees it.</source>
      <translation>Exemple : avec l'exemple chargé, gardez les monuments et les bâtiments, choisissez un modèle d'élévation de la commune (RGE ALTI de l'IGN) et lancez : un polygone par monument, la surface qui le voit.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Example: with the sample loaded, keep the preselected Filosofi cells and energy diagnostics and run: the cells ranked by their index, the first ones where poverty and old, poorly rated dwellings meet.</source>
      <translation>Exemple : avec l'exemple chargé, gardez les carreaux Filosofi et les diagnostics préselectionnés et lancez : les carreaux classés par leur indice, en tête ceux où se rencontrent pauvreté et logements anciens mal notés.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Example: with the sample loaded, keep the preselected layers (the connection works against the ORT perimeters, abords, SPR and public spaces) and run: each work with the metres it runs inside each zone layer and the names of those zones.</source>
      <translation>Exemple : avec l'échantillon chargé, gardez les couches présélectionnées (les travaux de raccordement face aux périmètres ORT, abords, SPR et espaces publics) et exécutez : chaque travail avec les mètres qu'il parcourt dans chaque couche de zones et le nom de ces zones.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Example: with the sample loaded, keep the preselected layers, tick Share trenches and run: every request is priced, and the log shows the saving of the shared trenches.</source>
      <translation>Exemple : avec l'échantillon chargé, gardez les couches présélectionnées, cochez Mutualiser les tranchées et exécutez : chaque demande est chiffrée et le journal montre l'économie des tranchées mutualisées.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Example: with the sample loaded, keep the preselected layers: the pairs to pool with their saving, and the works that would reopen a freshly renovated street.</source>
      <translation>Exemple : avec l'échantillon chargé, gardez les couches présélectionnées : les paires à mutualiser avec leur économie, et les travaux qui rouvriraient une rue tout juste refaite.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Example: with the sample loaded, keep the preselected layers: the tower cabins of the town centres come first.</source>
      <translation>Exemple : avec l'échantillon chargé, gardez les couches présélectionnées : les cabines hautes des centres-bourgs passent en tête.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>Example: with the sample loaded, take the public-space projects, the abords and the fields of view and run: each project with accord, avis simple or hors abords.</source>
      <translation>Exemple : avec l'exemple chargé, prenez les projets d'espaces publics, les abords et les champs de visibilité et lancez : chaque projet avec accord, avis simple ou hors abords.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Extension length (m)</source>
      <translation>Longueur d'extension (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>FOLDER '{}' is not a folder.</source>
      <translation>FOLDER « {} » n'est pas un dossier.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Farthest pair</source>
      <translation>Paire la plus éloignée</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Farthest participants {0} and {1}: {2} m apart; the operation {3} the {4} m limit ({5} participant(s) farther than the limit from another).</source>
      <translation>Participants les plus éloignés {0} et {1} : {2} m d'écart ; l'opération {3} la limite de {4} m ({5} participant(s) plus éloigné(s) d'un autre que la limite).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Feature id</source>
      <translation>Identifiant de l'entité</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>Feature {0} of '{1}' has no geometry: no answer.</source>
      <translation>L'entité {0} de « {1} » n'a pas de géométrie : pas de réponse.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Features touching it</source>
      <translation>Entités qui la touchent</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Field naming the overlay zones (e.g. nom)</source>
      <translation>Champ nommant les zones de superposition (par ex. nom)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Field of view</source>
      <translation>Champ de visibilité</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Field of view of monuments (Champ de visibilité des monuments)</source>
      <translation>Champ de visibilité des monuments</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Field prefix</source>
      <translation>Préfixe des champs</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>Fields of view (output of heritagevisibility)</source>
      <translation>Champs de visibilité (sortie de heritagevisibility)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>File not found: {}</source>
      <translation>Fichier introuvable : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>File(s) not found: {}</source>
      <translation>Fichier(s) introuvable(s) : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Filosofi fields read: Idcar_200m, Ind, Men, Men_pauv, Men_prop, Men_surf, Log_av45, Log_45_70, Log_70_90, Log_ap90, Ind_snv, I_est_200, lcog_geo; the Géoplateforme layer carreaux_200m has them in lower case with id_inspire, depcom and extra *_div_* fields, as GeoJSON in EPSG:4326. The lower-left corner is the convention of the Géoplateforme's own geometries, checked on a real extract. DPE: the CSV export is UTF-8 with a BOM and quoted columns (N°DPE, Etiquette_DPE, Date_établissement_DPE, Type_bâtiment, Surface_habitable_logement, Code_INSEE_(BAN), Coordonnée_cartographique_X_(BAN) and _Y_(BAN) in Lambert-93, Type_énergie_principale_chauffage …); the API's JSON answer is {"total", "next", "results"} with lower-case names and _geopoint "lat,lon". DPE without a label A–G are counted in the log; DPE without a position are kept without geometry.</source>
      <translation>Champs Filosofi lus : Idcar_200m, Ind, Men, Men_pauv, Men_prop, Men_surf, Log_av45, Log_45_70, Log_70_90, Log_ap90, Ind_snv, I_est_200, lcog_geo ; la couche carreaux_200m de la Géoplateforme les donne en minuscules, avec id_inspire, depcom et des champs *_div_* en plus, en GeoJSON dans l'EPSG:4326. Le coin inférieur gauche est la convention des géométries de la Géoplateforme elle-même, vérifiée sur un extrait réel. DPE : l'export CSV est en UTF-8 avec BOM et colonnes entre guillemets (N°DPE, Etiquette_DPE, Date_établissement_DPE, Type_bâtiment, Surface_habitable_logement, Code_INSEE_(BAN), Coordonnée_cartographique_X_(BAN) et _Y_(BAN) en Lambert-93, Type_énergie_principale_chauffage…) ; la réponse JSON de l'API est {"total", "next", "results"}, avec des noms en minuscules et _geopoint "lat,lon". Les DPE sans étiquette A à G sont comptés dans le journal ; les DPE sans position sont gardés sans géométrie.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Finds the cheapest trench route from each connection request (TARGETS) to the existing network (SOURCES: substations as points, the BT network as lines; a route may end anywhere on a line) and prices it in euros.

Costs per metre of trench come from COST_RASTER (€/m per cell; no-data or ≤ 0 = impassable; its grid is then the routing grid) or from the SURFACES polygons (field SURFACE_COST_FIELD, €/m; where surfaces overlap the dearer applies) over DEFAULT_COST (0: impassable outside the surfaces). BARRIERS (buildings...) are impassable; inside PENALTY_ZONES (abords of monuments, SPR) costs are multiplied by the zone's field 'facteur' when it has one, else by PENALTY_FACTOR.

Moving between two of the 8 neighbouring cells costs distance × (c1 + c2) / 2, as in GRASS r.cost and scikit-image MCP_Geometric. The search area is MARGIN metres around the requests (a square window around each request): a route never leaves it, and a request that reaches no network inside it is unreachable. Requests whose windows overlap or touch are routed together on one grid of CELL_SIZE metres (the raster's cells when given), in the raster's CRS (else the requests' CRS, which must be projected); other inputs are reprojected; all requests of a group are routed in one multi-source search.

Output fields: target_id, source_id, length_m, cost_eur (trench), total_eur (+ FIXED_COST), part_demandeur_eur (after the réfaction REFACTION paid by the network tariff), penalty_m (metres inside penalty zones), nature (branchement up to 30 m, else extension) and status (ok, unreachable, too_long beyond MAX_LENGTH).

SHARED_TRENCHES grows one trench network per group from the sources to its requests: a cell already trenched costs REUSE_FACTOR times its price to later connections. The log gives the total of independent routes, the shared total and the saving; OUTPUT_NETWORK holds the trenches with the number of connections each serves.</source>
      <translation>Trouve le tracé de tranchée le moins cher entre chaque demande de raccordement (TARGETS) et le réseau existant (SOURCES : les postes en points, le réseau BT en lignes ; un tracé peut aboutir en tout point d'une ligne) et le chiffre en euros.

Le coût par mètre de tranchée vient de COST_RASTER (€/m par cellule ; sans donnée ou ≤ 0 = infranchissable ; sa grille est alors la grille de calcul) ou des polygones SURFACES (champ SURFACE_COST_FIELD, €/m ; là où des surfaces se superposent, la plus chère s'applique) sur DEFAULT_COST (0 : infranchissable hors des surfaces). Les BARRIERS (bâtiments...) sont infranchissables ; dans les PENALTY_ZONES (abords de monuments, SPR) les coûts sont multipliés par le champ 'facteur' de la zone quand elle en a un, sinon par PENALTY_FACTOR.

Passer d'une cellule à l'une de ses 8 voisines coûte distance × (c1 + c2) / 2, comme GRASS r.cost et scikit-image MCP_Geometric. La zone de recherche est MARGIN mètres autour des demandes (une fenêtre carrée autour de chaque demande) : un tracé n'en sort jamais, et une demande qui n'y atteint aucun réseau est inaccessible. Les demandes dont les fenêtres se chevauchent ou se touchent sont calculées ensemble sur une grille de CELL_SIZE mètres (les cellules du raster s'il est donné), dans le SCR du raster (sinon celui des demandes, qui doit être projeté) ; les autres entrées sont reprojetées ; toutes les demandes d'un groupe sont calculées en une seule recherche multi-sources.

Champs en sortie : target_id, source_id, length_m, cost_eur (tranchée), total_eur (+ FIXED_COST), part_demandeur_eur (après la réfaction REFACTION prise en charge par le tarif de réseau), penalty_m (mètres dans les zones de majoration), nature (branchement jusqu'à 30 m, sinon extension) et status (ok, unreachable, too_long au-delà de MAX_LENGTH).

SHARED_TRENCHES construit un réseau de tranchées par groupe, des sources vers ses demandes : une cellule déjà en tranchée coûte REUSE_FACTOR fois son prix aux raccordements suivants. Le journal donne le total des tracés indépendants, le total mutualisé et l'économie ; OUTPUT_NETWORK contient les tranchées avec le nombre de raccordements que chacune dessert.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Finds, for each connection request, the cheapest trench route to the existing electricity network (a substation, or any point of a low-voltage line) and prices it in euros.</source>
      <translation>Trouve, pour chaque demande de raccordement, le tracé de tranchée le moins cher jusqu'au réseau électrique existant (un poste, ou tout point d'une ligne basse tension) et le chiffre en euros.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Fixed cost per connection (€)</source>
      <translation>Coût fixe par raccordement (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Folder of downloaded files</source>
      <translation>Dossier des fichiers téléchargés</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>For every input feature (points, lines or polygons: substations, connection works, parcels, projects), how much of it lies inside each overlay layer (ORT perimeters, abords of monuments, SPR, public spaces…) and which zones those are.

Overlay layers: one or more polygon layers; a layer in another CRS is reprojected to the input's CRS. Each overlay layer gives a field prefix derived from its layer name: lower-case ASCII without accents, only a-z, 0-9 and _, at most 20 characters, made unique with _2, _3… (also against the input's own fields).

Output: every input feature with its geometry and all its attributes, plus per overlay layer:
- &lt;prefix&gt;_area (polygon input): area in m² of the part of the feature inside the union of that layer's polygons (overlapping overlay polygons count once);
- &lt;prefix&gt;_len (line input): length in m of the part inside that union (point input has neither field);
- &lt;prefix&gt;_pc: that part as a percentage (0–100) of the feature's own area or length; for points 0 or 100 (a multipoint: the share of its points inside); a point on a zone's boundary is inside;
- &lt;prefix&gt;_n: number of overlay features the feature intersects (touching counts);
- &lt;prefix&gt;_noms: the LABEL_FIELD values of those features (feature ids where the layer has no such field or the value is empty), sorted and joined with '; '.

Label field (optional): a field name looked up in every overlay layer, e.g. nom.

Summary table (optional): one row per overlay layer with prefix, source_layer, n_touched (input features intersecting the layer), total (m², m or points inside), unit and share_pc (percentage of the input's total area, length or point count).

Units: m² and m, planar in a projected CRS (converted from feet etc.), on the ellipsoid in a geographic CRS (never degrees).
Bad geometries: invalid input or overlay geometries are repaired (make_valid) and listed in the log with their feature ids; features without geometry get NULL in every computed field (never a false 0 %) and are listed too.
Progress is reported while reading, computing and writing; Cancel stops the run and writes nothing. A file input (GeoPackage, shapefile…) with a GeoPackage output file uses a bulk reader and writer (same result, much faster on large layers).</source>
      <translation>Pour chaque entité en entrée (points, lignes ou polygones : postes, ouvrages de raccordement, parcelles, projets), indique quelle part se trouve à l'intérieur de chaque couche de superposition (périmètres ORT, abords de monuments, SPR, espaces publics…) et de quelles zones il s'agit.

Couches de superposition : une ou plusieurs couches de polygones ; une couche dans un autre SCR est reprojetée dans le SCR de la couche en entrée. Chaque couche de superposition donne un préfixe de champ dérivé de son nom : ASCII en minuscules sans accents, uniquement a-z, 0-9 et _, 20 caractères au plus, rendu unique avec _2, _3… (y compris par rapport aux champs propres de la couche en entrée).

Sortie : chaque entité en entrée avec sa géométrie et tous ses attributs, plus, pour chaque couche de superposition :
- &lt;prefix&gt;_area (entrée polygone) : surface en m² de la partie de l'entité située dans l'union des polygones de cette couche (les polygones de superposition qui se chevauchent ne comptent qu'une fois) ;
- &lt;prefix&gt;_len (entrée ligne) : longueur en m de la partie située dans cette union (une entrée ponctuelle n'a aucun de ces deux champs) ;
- &lt;prefix&gt;_pc : cette partie en pourcentage (0–100) de la surface ou de la longueur propre de l'entité ; pour les points, 0 ou 100 (pour un multipoint : la part de ses points situés à l'intérieur) ; un point sur la limite d'une zone est à l'intérieur ;
- &lt;prefix&gt;_n : nombre d'entités de superposition que l'entité intersecte (le simple contact compte) ;
- &lt;prefix&gt;_noms : les valeurs de LABEL_FIELD de ces entités (les identifiants d'entité lorsque la couche n'a pas ce champ ou que la valeur est vide), triées et séparées par « ; ».

Champ de libellé (facultatif) : un nom de champ recherché dans chaque couche de superposition, par ex. nom.

Table de synthèse (facultatif) : une ligne par couche de superposition avec prefix, source_layer, n_touched (entités en entrée intersectant la couche), total (m², m ou points à l'intérieur), unit et share_pc (pourcentage de la surface, de la longueur ou du nombre de points total de la couche en entrée).

Unités : m² et m, planimétriques dans un SCR projeté (converties depuis les pieds, etc.), sur l'ellipsoïde dans un SCR géographique (jamais en degrés).
Géométries défectueuses : les géométries invalides en entrée ou de superposition sont réparées (make_valid) et listées dans le journal avec leurs identifiants d'entité ; les entités sans géométrie reçoivent NULL dans chaque champ calculé (jamais un faux 0 %) et sont également listées.
La progression est indiquée pendant la lecture, le calcul et l'écriture ; Annuler arrête le traitement et n'écrit rien. Une entrée fichier (GeoPackage, shapefile…) avec un fichier GeoPackage en sortie utilise un lecteur et un écrivain par lots (même résultat, beaucoup plus rapide sur les grandes couches).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>GPU SUP AC1 monuments (assiettes equal to the generator: footprints)</source>
      <translation>GPU SUP AC1 monuments (assiettes égales au générateur : emprises)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Gap (days)</source>
      <translation>Écart (jours)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Give at least one overlay layer (OVERLAYS).</source>
      <translation>Indiquez au moins une couche de superposition (OVERLAYS).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Give the PVD GeoPackage (the one loaded, else the sample) and choose one commune or all; add the results of the other tools you ran: connection routes (and the independent routes, to report the saving of shared trenches), overlap, works coordination, substation priorities. Every request counts in the commune where it lies, those already on the network (a branchement, 0 m of trench) included.</source>
      <translation>Donnez le GeoPackage PVD (celui qui est chargé, sinon l'échantillon) et choisissez une commune ou toutes ; ajoutez les résultats des autres outils que vous avez lancés : tracés de raccordement (et tracés indépendants, pour l'économie des tranchées mutualisées), recouvrement, coordination des travaux, priorités des postes. Chaque demande compte dans la commune où elle se trouve, y compris celles déjà sur le réseau (un branchement, 0 m de tranchée).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Give the commune by its INSEE code or its name; each file is recognised from its content, whatever its name, and national or department files are read once, filtered on the commune. Streets get sidewalk strips so that connection routes follow them; the consumption per address is placed through the addresses. The GeoPackage lists every file read in a sources table (rows kept and rejected, licence).</source>
      <translation>Donnez la commune par son code INSEE ou son nom ; chaque fichier est reconnu à son contenu, quel que soit son nom, et les fichiers nationaux ou départementaux sont lus une fois, filtrés sur la commune. Les rues reçoivent des bandes de trottoir pour que les tracés de raccordement les suivent ; la consommation par adresse est placée grâce aux adresses. Le GeoPackage liste chaque fichier lu dans une table des sources (lignes gardées et rejetées, licence).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Give the connection requests (points), the network (substations and low-voltage lines) and what a metre of trench costs: the public-space surfaces with their cost in €/m (roadway, sidewalk, heritage paving…); elsewhere the default cost applies (100 €/m). Buildings are obstacles a trench never crosses; inside the abords of monuments and the remarkable heritage sites (SPR) the cost is multiplied by the zone's factor (1.5 when it has none).</source>
      <translation>Donnez les demandes de raccordement (points), le réseau (postes et lignes basse tension) et ce que coûte un mètre de tranchée : les surfaces d'espaces publics avec leur coût en €/m (chaussée, trottoir, pavage patrimonial…) ; ailleurs s'applique le coût par défaut (100 €/m). Les bâtiments sont des obstacles qu'une tranchée ne traverse jamais ; dans les abords des monuments et les sites patrimoniaux remarquables (SPR), le coût est multiplié par le facteur de la zone (1,5 quand elle n'en a pas).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Give the connection works and the public-space projects, each with start and end dates and a status (réalisé or prévu); optionally the public spaces with their trench cost (€/m) and last renovation date. Dates may be dates or text such as 2025-03-01 or 01/03/2025.</source>
      <translation>Donnez les travaux de raccordement et les projets d'espaces publics, chacun avec ses dates de début et de fin et un statut (réalisé ou prévu) ; si vous le souhaitez, les espaces publics avec leur coût de tranchée (€/m) et leur date de dernière réfection. Les dates peuvent être des dates ou du texte comme 2025-03-01 ou 01/03/2025.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Give the consumption points (the Enedis open data imported by the plugin) and, optionally, zones (ORT perimeters, IRIS, communes); without zones, a square grid of 200 m is used. Choose the year and, to measure a change, a comparison year (e.g. before the works).</source>
      <translation>Donnez les points de consommation (les données ouvertes Enedis importées par l'extension) et, si vous le souhaitez, des zones (périmètres ORT, IRIS, communes) ; sans zones, une grille de carrés de 200 m est utilisée. Choisissez l'année et, pour mesurer une évolution, une année de comparaison (par exemple avant les travaux).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Give the monuments (points or polygons) and the distance in metres; tick Dissolve to get one merged zone instead of one zone per monument. Distances are metres on the ground, whatever the layer's coordinate system.</source>
      <translation>Donnez les monuments (points ou polygones) et la distance en mètres ; cochez Fusionner pour obtenir une seule zone au lieu d'une zone par monument. Les distances sont des mètres sur le terrain, quel que soit le système de coordonnées de la couche.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Give the producers (injection points, e.g. a solar roof) and the consumers (delivery points); optionally the HTA/BT substations, to see which ones the operation involves.</source>
      <translation>Donnez les producteurs (points d'injection, par exemple une toiture solaire) et les consommateurs (points de livraison) ; si vous le souhaitez, les postes HTA/BT, pour voir ceux que l'opération concerne.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Give the zone layer and the field naming the zones, then the class layer and the field giving the classes. Areas and lengths are in m² and m, whatever the coordinate system.</source>
      <translation>Donnez la couche de zones et le champ qui nomme les zones, puis la couche de classes et le champ qui donne les classes. Surfaces et longueurs sont en m² et en m, quel que soit le système de coordonnées.</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Heating degree days per year (DJU table)</source>
      <translation>Degrés-jours unifiés par année (table des DJU)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Height of the monument's visible top (m above the ground)</source>
      <translation>Hauteur du sommet visible du monument (m au-dessus du sol)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/visibility.py" />
      <source>Heights must be 0 or more (monument {0} m, observer {1} m).</source>
      <translation>Les hauteurs doivent être positives ou nulles (monument {0} m, observateur {1} m).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Heritage layer '{0}' is not a polygon layer.</source>
      <translation>La couche patrimoniale « {0} » n'est pas une couche de polygones.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Heritage perimeters (abords of monuments historiques)</source>
      <translation>Périmètres des abords de monuments historiques</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Heritage zones (abords, SPR…)</source>
      <translation>Zones patrimoniales (abords, SPR…)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>High electricity use per dwelling (MWh per year)</source>
      <translation>Consommation électrique élevée par logement (MWh par an)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Households</source>
      <translation>Ménages</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>IGN Admin Express communes (shapefile, GeoPackage)</source>
      <translation>IGN Admin Express communes (shapefile, GeoPackage)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>INSEE Filosofi 200 m cells (carreaux_filosofi)</source>
      <translation>Carreaux Filosofi 200 m de l'INSEE (carreaux_filosofi)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>INSEE Filosofi carreaux 200 m (CSV, GeoPackage, Géoplateforme WFS GeoJSON)</source>
      <translation>INSEE Filosofi carreaux 200 m (CSV, GeoPackage, GeoJSON du WFS de la Géoplateforme)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>INSEE codes of the communes to keep (empty: all)</source>
      <translation>Codes INSEE des communes à conserver (vide : toutes)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>INSEE density grid class field (1–7)</source>
      <translation>Champ de la classe de la grille de densité de l'INSEE (1 à 7)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>ISO dates may carry a time. The message of a missing date field names the layer and the field, that of an unreadable date lists the feature ids and values, and nothing is written. Other pairs (works before the project and outside the window, a moratorium over…) are not listed. An optional field the layer lacks is reported in a warning saying what is done instead. cout_unitaire_eur_m is the mean €/m used for the stretch; date_refection is the renovation behind a conflict.
Fields of the summary table: insee, id_projet, nb_mutualisable, nb_conflit_moratoire, nb_sequence_a_revoir, longueur_mutualisable_m, economie_eur. OUTPUT_WORKS (written by default) also gives id_travaux and insee of each work; N_L49_PUBLICITE counts the works to publish.</source>
      <translation>Les dates ISO peuvent comporter une heure. Le message d'un champ de date manquant nomme la couche et le champ, celui d'une date illisible liste les identifiants d'entités et les valeurs, et rien n'est écrit. Les autres paires (des travaux antérieurs au projet et hors de la fenêtre, un moratoire échu…) ne sont pas listées. Un champ facultatif absent de la couche est signalé par un avertissement qui dit ce qui est fait à la place. cout_unitaire_eur_m est le coût moyen au mètre retenu pour le tronçon ; date_refection est la réfection à l'origine d'un conflit.
Champs de la table de synthèse : insee, id_projet, nb_mutualisable, nb_conflit_moratoire, nb_sequence_a_revoir, longueur_mutualisable_m, economie_eur. OUTPUT_WORKS (produite par défaut) donne aussi id_travaux et insee de chaque opération de travaux ; N_L49_PUBLICITE compte les travaux à rendre publics.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Import open data</source>
      <translation>Importer des données ouvertes</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Imported layer</source>
      <translation>Couche importée</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>In qgis_process, give each file in its own FILES=… argument. GPU SUP packages may follow the CNIG 2016 or 2019 layout.
Rules: BD TOPO buildings are preferred to the cadastre's (they carry heights); a SUP monument whose IdGen ends with the digits of a Mérimée reference is that monument (the Mérimée point is kept and the abords refer to it). Geocoding compares the commune, the number, the repetition index (bis = B …) and the street name normalised: case, accents, articles and abbreviations (R/RUE, AV/AVENUE, BD/BOULEVARD, ST/SAINT …).
Memory: every file is read once and filtered while it is read (CSV and line-per-feature GeoJSON streamed, BD TOPO through GDAL's spatial filter on the communes' extent). National CSV files are filtered by an attribute (the INSEE code), which a spatial index does not serve, and the department GeoPackages carry their own R-tree, which GDAL's spatial filter uses: preparing a second commune does not scan them again.</source>
      <translation>Dans qgis_process, donnez chaque fichier dans un argument FILES=… distinct. Les paquets SUP du GPU peuvent suivre l'organisation CNIG 2016 ou 2019.
Règles : les bâtiments de la BD TOPO sont préférés à ceux du cadastre (ils portent les hauteurs) ; un monument SUP dont l'IdGen se termine par les chiffres d'une référence Mérimée est ce monument (le point Mérimée est gardé et les abords s'y rapportent). Le géocodage compare la commune, le numéro, l'indice de répétition (bis = B…) et le nom de voie normalisé : casse, accents, articles et abréviations (R/RUE, AV/AVENUE, BD/BOULEVARD, ST/SAINT…).
Mémoire : chaque fichier est lu une seule fois et filtré pendant la lecture (CSV et GeoJSON à une entité par ligne lus en flux, BD TOPO par le filtre spatial de GDAL sur l'emprise des communes). Les fichiers CSV nationaux sont filtrés par un attribut (le code INSEE), ce qu'un index spatial ne sert pas, et les GeoPackage départementaux portent leur propre R-tree, qu'utilise le filtre spatial de GDAL : préparer une deuxième commune ne les parcourt pas de nouveau.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Independent connection routes (optional): the output of pvd:connectionroutes without shared trenches, next to ROUTES computed with them: the report then gives each commune's saving.</source>
      <translation>Tracés de raccordement indépendants (facultatif) : la sortie de pvd:connectionroutes sans tranchées mutualisées, à côté de ROUTES calculé avec : le rapport donne alors l'économie de chaque commune.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Independent connection routes (to report the shared-trench saving)</source>
      <translation>Tracés de raccordement indépendants (pour chiffrer l'économie des tranchées mutualisées)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Index</source>
      <translation>Indice</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Index per 200 m cell (INSEE Filosofi, ADEME DPE, Enedis): places to look at, not people</source>
      <translation>Indice par carreau de 200 m (INSEE Filosofi, DPE de l'ADEME, Enedis) : des lieux où regarder, pas des personnes</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Input features (points, lines or polygons)</source>
      <translation>Entités en entrée (points, lignes ou polygones)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Install it with: {}</source>
      <translation>Installez-le avec : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Intersection table</source>
      <translation>Table des intersections</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Layer 'communes' of '{0}' has no coordinate reference system: the map and the tables cannot be placed. Set it (e.g. EPSG:2154) and run again.</source>
      <translation>La couche « communes » de « {0} » n'a pas de système de coordonnées de référence : la carte et les tableaux ne peuvent être placés. Définissez-le (par ex. EPSG:2154) puis relancez.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Layer 'communes' of '{}' has no commune with an INSEE code and a geometry: there is nothing to report (no PDF written).</source>
      <translation>La couche « communes » de « {} » n'a aucune commune avec un code INSEE et une géométrie : il n'y a rien à présenter (aucun PDF écrit).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Layer 'communes': commune(s) without INSEE code left out of the report: {}.</source>
      <translation>Couche « communes » : commune(s) sans code INSEE exclue(s) du rapport : {}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Layer 'communes': commune(s) without geometry left out of the report: {}.</source>
      <translation>Couche « communes » : commune(s) sans géométrie exclue(s) du rapport : {}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Layer '{0}' (parameter {1}) has no coordinate reference system: its units (metres, feet or degrees) are unknown, so no distance or area can be measured. Set its CRS in QGIS (Layer Properties &gt; Source &gt; Assigned Coordinate Reference System, or the Processing tool Assign projection) and run again.</source>
      <translation>La couche « {0} » (paramètre {1}) n'a pas de système de coordonnées de référence : ses unités (mètres, pieds ou degrés) sont inconnues, aucune distance ni surface ne peut être mesurée. Définissez son SCR dans QGIS (Propriétés de la couche &gt; Source &gt; Système de coordonnées de référence assigné, ou l'outil de traitement Affecter une projection) puis relancez.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Layer '{0}' (parameter {1}) has no feature (or none selected): what depends on it is empty.</source>
      <translation>La couche « {0} » (paramètre {1}) n'a aucune entité (ou aucune sélectionnée) : ce qui en dépend est vide.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Layer '{0}' has no consumption in {1}.</source>
      <translation>La couche '{0}' n'a pas de consommation en {1}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}' has no date field '{1}': choose its start and end date fields.</source>
      <translation>La couche « {0} » n'a pas de champ de date « {1} » : choisissez ses champs de date de début et de fin.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Layer '{0}' has no density class field '{1}' (INSEE density grid, 1–7): choose DENSITY_FIELD.</source>
      <translation>La couche « {0} » n'a pas de champ de classe de densité « {1} » (grille de densité de l'INSEE, 1 à 7) : choisir DENSITY_FIELD.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Layer '{0}' has no field 'men' (households): the CELLS must be INSEE Filosofi cells (import them with pvd:importopendata, format INSEE Filosofi).</source>
      <translation>La couche '{0}' n'a pas de champ 'men' (ménages) : CELLS doit contenir des carreaux Filosofi de l'INSEE (à importer avec pvd:importopendata, format INSEE Filosofi).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Layer '{0}' has no field '{1}' (cost in €/m).</source>
      <translation>La couche « {0} » n'a pas de champ « {1} » (coût en €/m).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Layer '{0}' has no field '{1}' (heating degree days per year).</source>
      <translation>La couche '{0}' n'a pas de champ '{1}' (degrés-jours unifiés par année).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Layer '{0}' has no field '{1}' (the DPE energy label A to G).</source>
      <translation>La couche '{0}' n'a pas de champ '{1}' (l'étiquette énergie du DPE, de A à G).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Layer '{0}' has no field '{1}' ({2}).</source>
      <translation>La couche « {0} » n'a pas de champ « {1} » ({2}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>Layer '{0}' has no field '{1}' naming its monuments (NAME_FIELD).</source>
      <translation>La couche « {0} » n'a pas de champ « {1} » nommant ses monuments (NAME_FIELD).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>Layer '{0}' has no field '{1}' nor 'monuments': abords are named by their feature id.</source>
      <translation>La couche « {0} » n'a ni champ « {1} » ni « monuments » : les abords sont nommés par leur identifiant d'entité.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Layer '{0}' has no field '{1}'.</source>
      <translation>La couche « {0} » n'a pas de champ « {1} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Layer '{0}' has no field '{1}': every request is priced with the first band of the barème (up to {2} kVA).</source>
      <translation>La couche « {0} » n'a pas de champ « {1} » : chaque demande est chiffrée avec la première tranche du barème (jusqu'à {2} kVA).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Layer '{0}' has no field '{1}': substations are named by feature id.</source>
      <translation>La couche « {0} » n'a pas de champ « {1} » : les postes sont nommés par leur identifiant d'entité.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>Layer '{0}' has no field '{1}': the CONSUMPTION layer must have the fields of consommation_electrique (annee, conso_mwh, nb_sites).</source>
      <translation>La couche '{0}' n'a pas de champ '{1}' : la couche CONSUMPTION doit avoir les champs de consommation_electrique (annee, conso_mwh, nb_sites).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Layer '{0}' has no field '{1}': the electric heating criterion is left out.</source>
      <translation>La couche '{0}' n'a pas de champ '{1}' : le critère du chauffage électrique est écarté.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>Layer '{0}' has no field '{1}': {2}.</source>
      <translation>La couche « {0} » n'a pas de champ « {1} » : {2}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Layer '{0}' has no field {1}: the criteria that need it are left out.</source>
      <translation>La couche '{0}' n'a pas de champ {1} : les critères qui en ont besoin sont écartés.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Layer '{0}' has no height field '{1}' (metres above the ground): choose HEIGHT_FIELD.</source>
      <translation>La couche « {0} » n'a pas de champ de hauteur « {1} » (mètres au-dessus du sol) : choisir HEIGHT_FIELD.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Layer '{0}' has no residential consumption in {1}: the consumption criterion is left out.</source>
      <translation>La couche '{0}' n'a pas de consommation résidentielle en {1} : le critère de consommation est écarté.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Layer '{0}' has no year in field 'annee'.</source>
      <translation>La couche '{0}' n'a aucune année dans le champ 'annee'.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Layer '{0}' is in a geographic CRS (degrees): buffers are drawn as geodesic circles or in the local UTM zone, which stay right up to {1:.0f} m; DISTANCE {2:.0f} m is beyond that limit. Reproject the layer to a projected CRS (e.g. EPSG:2154) or use a smaller distance.</source>
      <translation>La couche « {0} » est dans un SCR géographique (degrés) : les zones tampons sont tracées en cercles géodésiques ou dans la zone UTM locale, justes jusqu'à {1:.0f} m ; DISTANCE {2:.0f} m dépasse cette limite. Reprojetez la couche dans un SCR projeté (par ex. EPSG:2154) ou réduisez la distance.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>Layer '{0}' is not in a projected CRS: distances in metres need one (reproject it, e.g. to EPSG:2154 Lambert-93).</source>
      <translation>La couche « {0} » n'est pas dans un SCR projeté : les distances en mètres en exigent un (reprojetez-la, par exemple en EPSG:2154 Lambert-93).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Layer '{0}', feature {1}: '{2}' / '{3}' is not a year and a number of degree days.</source>
      <translation>Couche '{0}', entité {1} : '{2}' / '{3}' n'est pas une année et un nombre de degrés-jours.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Layer '{0}', field '{1}': feature(s) {2} have no density class 1–7: no derogation there.</source>
      <translation>Couche « {0} », champ « {1} » : la ou les entités {2} n'ont pas de classe de densité 1 à 7 : pas de dérogation à cet endroit.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}', field '{1}': id(s) shared by several features: {2}. Each feature is analysed on its own, but rows of the output with that id cannot be told apart: give each feature its own id.</source>
      <translation>Couche « {0} », champ « {1} » : identifiant(s) partagé(s) par plusieurs entités : {2}. Chaque entité est analysée à part, mais les lignes de la sortie portant cet identifiant ne peuvent être distinguées : donnez à chaque entité son propre identifiant.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Layer '{0}', field '{1}': no power for request(s) {2}: no contribution computed.</source>
      <translation>Couche « {0} », champ « {1} » : pas de puissance pour la ou les demandes {2} : contribution non calculée.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}', field '{1}': trench costs must be numbers (€/m); feature(s) {2}.</source>
      <translation>Couche « {0} », champ « {1} » : les coûts de tranchée doivent être des nombres (€/m) ; entité(s) {2}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}', field '{1}': unreadable date(s) (expected a date field, YYYY-MM-DD or JJ/MM/AAAA) for feature(s) {2}.</source>
      <translation>Couche « {0} », champ « {1} » : date(s) illisible(s) (attendu : un champ date, AAAA-MM-JJ ou JJ/MM/AAAA) pour l'entité ou les entités {2}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Layer '{0}', field '{1}': {2} building(s) without a height: left out of the surface ({3}).</source>
      <translation>Couche « {0} », champ « {1} » : {2} bâtiment(s) sans hauteur : écartés de la surface ({3}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Layer '{0}', field '{1}': {2} number(s) stored as text (such as '12,5'), read from the text: feature(s) {3}.</source>
      <translation>Couche « {0} », champ « {1} » : {2} nombre(s) stocké(s) comme texte (tel « 12,5 »), lu(s) depuis le texte : entité(s) {3}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>Layer '{0}', field '{1}': {2} value(s) are not numbers and are read as NULL (features {3}).</source>
      <translation>Couche « {0} », champ « {1} » : {2} valeur(s) ne sont pas des nombres et sont lues comme NULL (entités {3}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Layer '{0}', field '{1}': {2} value(s) unreadable as numbers, treated as NULL (the points are ignored, never counted as 0): feature(s) {3}.</source>
      <translation>Couche « {0} », champ « {1} » : {2} valeur(s) illisible(s) comme nombres, traitée(s) comme NULL (les points sont ignorés, jamais comptés comme 0) : entité(s) {3}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Layer '{0}', field '{1}': {2} value(s) unreadable as numbers, treated as NULL: feature(s) {3}.</source>
      <translation>Couche « {0} », champ « {1} » : {2} valeur(s) illisible(s) comme nombres, traitée(s) comme NULL : entité(s) {3}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}': choose its start and end date fields.</source>
      <translation>Couche « {0} » : choisissez ses champs de date de début et de fin.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>Layer '{0}': dissolved abords mixing PDA and circles are taken as circles; run heritageperimeters without DISSOLVE.</source>
      <translation>Couche « {0} » : des abords fusionnés mêlant PDA et cercles sont pris comme des cercles ; lancer heritageperimeters sans DISSOLVE.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}': feature(s) {1} have no geometry: left out.</source>
      <translation>Couche « {0} » : entité(s) {1} sans géométrie : écartée(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}': feature(s) {1} have no start or end date: left out.</source>
      <translation>Couche « {0} » : entité(s) {1} sans date de début ou de fin : écartée(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Layer '{0}': no identifier field ({1}) is chosen: its features are named by their feature id, which the other layer's features may share (the role column tells them apart).</source>
      <translation>Couche « {0} » : aucun champ identifiant ({1}) n'est choisi : ses entités sont nommées par leur identifiant d'entité, que les entités de l'autre couche peuvent partager (la colonne role les distingue).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Layer '{0}': the start date ({1}) is after the end date ({2}) for feature(s) {3}.</source>
      <translation>Couche « {0} » : la date de début ({1}) est postérieure à la date de fin ({2}) pour l'entité ou les entités {3}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Layer '{0}': {1} feature(s) of zero length or area get NULL measures: no share of them can be computed (feature ids {2}).</source>
      <translation>Couche « {0} » : {1} entité(s) de longueur ou de surface nulle reçoivent des mesures NULL : aucune part ne peut en être calculée (identifiants {2}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Layer '{0}': {1} feature(s) without geometry get NULL measures (feature ids {2}).</source>
      <translation>Couche « {0} » : {1} entité(s) sans géométrie reçoivent des mesures NULL (identifiants d'entité {2}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Layer '{0}': {1} feature(s) without geometry ignored (feature ids {2}).</source>
      <translation>Couche « {0} » : {1} entité(s) sans géométrie ignorée(s) (identifiants d'entité {2}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Layer '{0}': {1} invalid geometry(ies) repaired (feature ids {2}).</source>
      <translation>Couche « {0} » : {1} géométrie(s) invalide(s) réparée(s) (identifiants d'entité {2}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Layer '{0}': {1} invalid zone geometry(ies) repaired to find the points inside (feature ids {2}).</source>
      <translation>Couche « {0} » : {1} géométrie(s) de zone invalide(s) réparée(s) pour trouver les points qu'elles contiennent (identifiants {2}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Layer '{}' is not in a projected CRS in metres: a grid of {} m cannot be drawn. Reproject it (e.g. to EPSG:2154) or give a zone layer.</source>
      <translation>La couche « {} » n'est pas dans un SCR projeté en mètres : impossible de tracer une grille de {} m. Reprojetez-la (par exemple en EPSG:2154) ou indiquez une couche de zones.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Least-cost connection routes (tracés de raccordement à moindre coût)</source>
      <translation>Tracés de raccordement à moindre coût</translation>
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
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Length (m)</source>
      <translation>Longueur (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Length in penalty zones (m)</source>
      <translation>Longueur en zones de pénalité (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Limit read from the communes' density classes: {0:.0f} m.</source>
      <translation>Limite lue dans les classes de densité des communes : {0:.0f} m.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>Load PVD layers</source>
      <translation>Charger les couches PVD</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/menu.py" />
      <source>Load the layers of a PVD GeoPackage, grouped and styled; the sample is offered first</source>
      <translation>Charge les couches d'un GeoPackage PVD, groupées et stylées ; le GeoPackage d'exemple est proposé d'abord</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Mask figures on fewer sites than</source>
      <translation>Masquer les valeurs sur moins de sites que</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Masked</source>
      <translation>Masqué</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Masked figures</source>
      <translation>Valeurs masquées</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Maximum distance between the two farthest participants (metres)</source>
      <translation>Distance maximale entre les deux participants les plus éloignés (mètres)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Maximum route length (m, 0 = none)</source>
      <translation>Longueur maximale du tracé (m, 0 = aucune)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>Measuring in metres in the CRS {0} needs the Python package 'pyproj'. Install it with: {1}</source>
      <translation>La mesure en mètres dans le SCR {0} nécessite le paquet Python « pyproj ». Installez-le avec : {1}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Minimum number of sites (smaller zones are masked)</source>
      <translation>Nombre minimal de sites (les zones plus petites sont masquées)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/chain_model.py" />
      <source>Models</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Monument (feature {0}) has no geometry: skipped.</source>
      <translation>Le monument (entité {0}) n'a pas de géométrie : ignoré.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Monument (feature {0}): {1} cell(s) of its window have no elevation in '{2}': not visible.</source>
      <translation>Monument (entité {0}) : {1} cellule(s) de sa fenêtre n'ont pas d'altitude dans « {2} » : non visibles.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>Monument name field (in the abords and the fields of view)</source>
      <translation>Champ du nom des monuments (dans les abords et les champs de visibilité)</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Monuments historiques (points)</source>
      <translation>Monuments historiques (points)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Moratorium after a renovation (months)</source>
      <translation>Moratoire après une réfection (mois)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Mérimée monuments historiques (CSV, GeoJSON)</source>
      <translation>Monuments historiques Mérimée (CSV, GeoJSON)</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>National median standard of living (€ per person and year)</source>
      <translation>Niveau de vie médian national (€ par personne et par an)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Nature</source>
      <translation>Nature</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Nature of the works</source>
      <translation>Nature des travaux</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Network feature reached</source>
      <translation>Élément du réseau atteint</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Network id field (in every network layer)</source>
      <translation>Champ identifiant du réseau (dans chaque couche réseau)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Network layer '{0}' has polygons: give points (substations) or lines (network).</source>
      <translation>La couche réseau « {0} » contient des polygones : fournissez des points (postes) ou des lignes (réseau).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Network: substations and lines</source>
      <translation>Réseau : postes et lignes</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>No COST_TABLE: the trench costs cout_m are the indicative middles of the ranges (€/m) of the data model.</source>
      <translation>Pas de COST_TABLE : les coûts de tranchée cout_m sont les milieux indicatifs des fourchettes (€/m) du modèle de données.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>No ORT layer given: ort_perimetres stays empty (it is never invented).</source>
      <translation>Aucune couche ORT : ort_perimetres reste vide (il n'est jamais inventé).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/commune_choice.py" />
      <source>No PVD communes layer in the project: load the PVD layers first.</source>
      <translation>Pas de couche PVD des communes dans le projet : chargez d'abord les couches PVD.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>No analysis layer was given: only the map is reported.</source>
      <translation>Aucune couche d'analyse fournie : seule la carte figure au rapport.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>No commune given: INSEE expects one or more INSEE codes or commune names.</source>
      <translation>Aucune commune : INSEE attend un ou plusieurs codes INSEE ou noms de communes.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>No fields of view (VISIBILITY): everything within a circle is taken as visible from the monument, so accord (the prudent answer).</source>
      <translation>Pas de champs de visibilité (VISIBILITY) : tout ce qui est dans un cercle est pris comme visible du monument, donc en accord (la réponse prudente).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>No file given: FILES or FOLDER must name the downloaded files.</source>
      <translation>Aucun fichier : FILES ou FOLDER doit désigner les fichiers téléchargés.</translation>
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
      <translation>Aucun problème trouvé : {} respecte le modèle de données PVD.</translation>
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
      <translation>Code de commune INSEE invalide : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Number of DPE</source>
      <translation>Nombre de DPE</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Number of problems</source>
      <translation>Nombre de problèmes</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Number of sites field</source>
      <translation>Champ du nombre de sites</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>ORT perimeters</source>
      <translation>Périmètres ORT</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>Observer's eye height (m)</source>
      <translation>Hauteur des yeux de l'observateur (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>On the sample, the five ORT perimeters show −4.9 % to −6.2 % against −2.9 % to −3.8 % for the rest of their commune: effects of −1.3 to −3.2 points. The sites behind a masked figure are still counted (sites_avant, sites_apres).</source>
      <translation>Sur l'échantillon, les cinq périmètres ORT montrent −4,9 % à −6,2 % contre −2,9 % à −3,8 % pour le reste de leur commune : des effets de −1,3 à −3,2 points. Les sites d'un chiffre masqué restent comptés (sites_avant, sites_apres).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Open-data file</source>
      <translation>Fichier de données ouvertes</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/gpkg_bulk.py" />
      <source>Output column '{}' has no source.</source>
      <translation>La colonne de sortie « {} » n'a pas de source.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Output fields: the model layer's fields, then the source's attributes under plain lower-case names (prefixed src_ on a clash). Rows whose position is impossible are left out and listed by row number (the header being row 1) or feature id, one warning per reason: not finite or beyond ±90° / ±180°, latitude and longitude swapped (a Calvados point written -0.84, 49.18), outside France (the bounding boxes of metropolitan France, Corsica and the overseas departments and collectivities). A shapefile without its .prj is refused, unless every coordinate is a longitude/latitude in France (then read as EPSG:4326, with a warning). CSV files are decoded as UTF-8 (with or without BOM), Windows-1252/Latin-1 or UTF-16, decided per file; a stray non-UTF-8 row is decoded alone and named in the log. Numbers are read the French way too (12,5 = 12.5; 1 026,95); a value that is not a number is called unreadable in the log, with its field and rows, never read as 0.</source>
      <translation>Champs de sortie : ceux de la couche du modèle, puis les attributs de la source sous des noms simples en minuscules (préfixés src_ en cas de doublon). Les lignes dont la position est impossible sont écartées et listées par numéro de ligne (l'en-tête étant la ligne 1) ou par identifiant d'entité, avec un avertissement par motif : valeur non finie ou au-delà de ±90° / ±180°, latitude et longitude inversées (un point du Calvados écrit -0.84, 49.18), hors de France (les emprises de la France métropolitaine, de la Corse et des départements et collectivités d'outre-mer). Un shapefile sans son .prj est refusé, sauf si toutes ses coordonnées sont des longitudes/latitudes situées en France (il est alors lu en EPSG:4326, avec un avertissement). Les fichiers CSV sont décodés en UTF-8 (avec ou sans BOM), Windows-1252/Latin-1 ou UTF-16, au choix fait pour chaque fichier ; une ligne isolée non UTF-8 est décodée seule et nommée dans le journal. Les nombres sont aussi lus à la française (12,5 = 12.5 ; 1 026,95) ; une valeur qui n'est pas un nombre est dite illisible dans le journal, avec son champ et ses lignes, et n'est jamais lue comme 0.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Output {0} would overwrite the input file '{1}' (parameter {2}): nothing was written.</source>
      <translation>La sortie {0} écraserait le fichier d'entrée « {1} » (paramètre {2}) : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Output {0} would overwrite the input layer '{1}' (file '{2}', parameter {3}): nothing was written.</source>
      <translation>La sortie {0} écraserait la couche d'entrée « {1} » (fichier « {2} », paramètre {3}) : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Output {0}: '{1}' cannot be written (missing, not a folder, or read-only): nothing was written. Choose a folder where you may write.</source>
      <translation>Sortie {0} : « {1} » ne peut pas être écrit (absent, pas un dossier, ou en lecture seule) : rien n'a été écrit. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Outputs {0} and {1} would be written to the same file '{2}': the second would destroy the first. Nothing was written. Give each output its own file.</source>
      <translation>Les sorties {0} et {1} seraient écrites dans le même fichier « {2} » : la seconde détruirait la première. Rien n'a été écrit. Donnez à chaque sortie son propre fichier.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Overlap</source>
      <translation>Recouvrement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Overlap analysis</source>
      <translation>Analyse de recouvrement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Overlap analysis (ORT, abords, SPR, public spaces)</source>
      <translation>Analyse de recouvrement (ORT, abords, SPR, espaces publics)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Overlap shares (%)</source>
      <translation>Parts de recouvrement (%)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Overlap — {}</source>
      <translation>Recouvrement — {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Overlay layer '{0}' has no field '{1}': its zones are named by feature id.</source>
      <translation>La couche de superposition « {0} » n'a pas de champ « {1} » : ses zones sont nommées par leur identifiant d'entité.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Overlay layer '{0}': {1} feature(s) without geometry ignored (feature ids {2}).</source>
      <translation>Couche de superposition « {0} » : {1} entité(s) sans géométrie ignorée(s) (identifiants d'entité {2}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Overlay layer '{0}': {1} invalid geometry(ies) repaired (feature ids {2}).</source>
      <translation>Couche de superposition « {0} » : {1} géométrie(s) invalide(s) réparée(s) (identifiants d'entité {2}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Overlay layer '{}' is not a polygon layer.</source>
      <translation>La couche de superposition « {} » n'est pas une couche de polygones.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Overlay layers (polygons)</source>
      <translation>Couches de superposition (polygones)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>PDA (optional polygons): the périmètres délimités des abords. Where a PDA has been delimited it replaces the circle (Code du patrimoine L621-30): a monument whose NAME_FIELD value equals a PDA's PDA_ID_FIELD value gets that PDA as its perimeter (several polygons of one id are merged). Output field mode: pda (the PDA) or rayon (the circle; rayon_m is empty for a PDA). PDA ids matching no monument are listed in the log.</source>
      <translation>PDA (polygones, facultatif) : les périmètres délimités des abords. Là où un PDA a été délimité, il remplace le cercle (Code du patrimoine L621-30) : un monument dont la valeur de NAME_FIELD égale la valeur PDA_ID_FIELD d'un PDA reçoit ce PDA pour périmètre (plusieurs polygones d'un même identifiant sont fusionnés). Champ de sortie mode : pda (le PDA) ou rayon (le cercle ; rayon_m est vide pour un PDA). Les PDA ne correspondant à aucun monument sont listés dans le journal.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>PDA of '{0}' matching no monument (field '{1}'): {2}.</source>
      <translation>PDA de « {0} » ne correspondant à aucun monument (champ « {1} ») : {2}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>PDA: monument field (matched against the name field)</source>
      <translation>PDA : champ du monument (comparé au champ de nom)</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>PVD GeoPackage</source>
      <translation>GeoPackage PVD</translation>
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
      <source>Participant(s) {0}: in no commune of '{1}' with a density class: no derogation for the operation.</source>
      <translation>Participant(s) {0} : dans aucune commune de « {1} » ayant une classe de densité : pas de dérogation pour l'opération.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Penalty factor where a zone has no 'facteur'</source>
      <translation>Facteur de pénalité quand une zone n'a pas de « facteur »</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Penalty zones (abords, SPR)</source>
      <translation>Zones de pénalité (abords, SPR)</translation>
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
      <location filename="../../pvd_qgis_plugin/gui/menu.py" />
      <source>Petites villes de demain algorithms</source>
      <translation>Traitements Petites villes de demain</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Petites villes de demain · town centre and ORT perimeter · {}</source>
      <translation>Petites villes de demain · centre-bourg et périmètre ORT · {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Points at the places where households are most likely to struggle to pay for heating and electricity: each INSEE Filosofi 200 m cell (or each zone you give: IRIS, ORT perimeters…) gets an index out of 10 and a rank. The index points at places to look at (a home visit programme, an OPAH, a renovation campaign), never at people.</source>
      <translation>Indique les lieux où les ménages ont le plus de risque de peiner à payer le chauffage et l'électricité : chaque carreau Filosofi de 200 m de l'INSEE (ou chaque zone donnée : IRIS, périmètres ORT…) reçoit un indice sur 10 et un rang. L'indice désigne des lieux à regarder (visites à domicile, OPAH, campagne de rénovation), jamais des personnes.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Points: F/G labels</source>
      <translation>Points : étiquettes F/G</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Points: consumption</source>
      <translation>Points : consommation</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Points: electric heating</source>
      <translation>Points : chauffage électrique</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Points: old dwellings</source>
      <translation>Points : logements anciens</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Points: poverty</source>
      <translation>Points : pauvreté</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Points: standard of living</source>
      <translation>Points : niveau de vie</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Pooling window (months)</source>
      <translation>Fenêtre de mutualisation (mois)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Poor</source>
      <translation>Pauvres</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Poor households (%)</source>
      <translation>Ménages pauvres (%)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Power cap of the operation (MW)</source>
      <translation>Plafond de puissance de l'opération (MW)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Pre-1970</source>
      <translation>Avant 1970</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Prepare the PVD data of a commune</source>
      <translation>Préparer les données PVD d'une commune</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Privacy: a figure drawn from fewer than 11 households, 5 diagnostics or 10 electricity sites is masked, as INSEE and Enedis do.</source>
      <translation>Confidentialité : un chiffre tiré de moins de 11 ménages, 5 diagnostics ou 10 sites électriques est masqué, comme le font l'INSEE et Enedis.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Problems</source>
      <translation>Problèmes</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Producers: power field (kW)</source>
      <translation>Producteurs : champ de la puissance (kW)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>Projects or works</source>
      <translation>Projets ou travaux</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Projects: end date field</source>
      <translation>Projets : champ de la date de fin</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Projects: id field</source>
      <translation>Projets : champ de l'identifiant</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Projects: start date field</source>
      <translation>Projets : champ de la date de début</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Projects: status field (réalisé / prévu)</source>
      <translation>Projets : champ du statut (réalisé / prévu)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Public spaces</source>
      <translation>Espaces publics</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Public spaces with costs and renovation dates (espaces publics)</source>
      <translation>Espaces publics avec coûts et dates de réfection</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Public spaces: id field</source>
      <translation>Espaces publics : champ de l'identifiant</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Public spaces: last renovation date field</source>
      <translation>Espaces publics : champ de la date de dernière réfection</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Public spaces: trench cost field (€/m)</source>
      <translation>Espaces publics : champ du coût de tranchée (€/m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Public-space projects</source>
      <translation>Projets d'espaces publics</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Public-space projects (projets d'espaces publics)</source>
      <translation>Projets d'espaces publics</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Périmètres délimités des abords (PDA)</source>
      <translation>Périmètres délimités des abords (PDA)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Radius around works points (metres)</source>
      <translation>Rayon autour des points de travaux (mètres)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Rank in the commune</source>
      <translation>Rang dans la commune</translation>
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
      <translation>Classe les postes HTA/BT (SUBSTATIONS, points) en vue de leur embellissement (peinture, intégration paysagère) : ceux situés au cœur du centre-ville, près du patrimoine et sous les yeux des passants arrivent en tête.

Critères, valant chacun entre 0 et 1 et multipliés par leur poids :
- ORT : 1 dans un périmètre ORT (poids WEIGHT_ORT, 2 par défaut) ;
- patrimoine : 1 dans une zone de l'une des couches HERITAGE, par ex. abords de monuments historiques et SPR (poids WEIGHT_HERITAGE, 2 par défaut) ;
- espaces publics : la part du disque de VISIBILITY_DISTANCE mètres (25 par défaut) autour du poste couverte par des polygones PUBLIC_SPACES (poids WEIGHT_PUBLIC_SPACES, 2 par défaut) ;
- type (TYPE_FIELD, type_poste par défaut) : cabine_haute 1, poste_au_sol 0,5, poste_sur_poteau 0,1 ; la casse, les accents, les espaces et les traits d'union sont ignorés ; toute autre valeur ou une valeur vide compte 0 et est listée dans le journal (poids WEIGHT_TYPE, 4 par défaut : la visibilité propre de la cabine compte le plus).
Une couche de contexte laissée vide donne 0 à son critère.

Sortie : les postes avec leurs attributs, plus une colonne par critère contenant ses points (poids × valeur) : pts_ort, pts_patrimoine, pts_espaces_publics, pts_type ; score = leur somme (sur 10 avec les poids par défaut) ; rang = 1 pour le score le plus élevé, les scores égaux partagent le même rang (1, 2, 2, 4). Les entités sont écrites par rang (ex aequo dans l'ordre d'entrée) ; un GeoPackage qui conserve le fid d'entrée les liste par fid : triez sur rang.

Modifier les poids : donnez à chaque poids la valeur qui compte localement, par ex. WEIGHT_HERITAGE 5 pour favoriser le patrimoine, ou 0 pour ignorer un critère. Seuls les rapports entre les poids modifient le classement.

Les postes sans géométrie sont écartés et listés dans le journal. Les distances sont en mètres : le SCR des postes doit être projeté ; les autres couches y sont reprojetées.
Exemple : postes_hta_bt du GeoPackage d'exemple avec ORT ort_perimetres, HERITAGE abords_mh et spr, PUBLIC_SPACES espaces_publics.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Ranks INSEE Filosofi 200 m cells (CELLS, the layer carreaux_filosofi), or zones (ZONES: IRIS, ORT perimeters…), by an energy precarity index: where households are most likely to struggle to pay for heating and electricity. The index points at places to look at (for a home visit programme, an OPAH, a renovation campaign), never at people: every figure is an aggregate of at least 11 households, 5 DPE or 10 sites.

Criteria, each worth between 0 and 1 and multiplied by its weight (its points):
- poverty: the share of poor households (standard of living under 60 % of the national median), men_pauv / men, from INSEE Filosofi (WEIGHT_POVERTY, default 3);
- income: the mean standard of living Ind_snv / Ind (Filosofi, € per person and year): 0 at or above MEDIAN_INCOME (default 22 040 €, the national median of Filosofi 2019), 1 at or under the poverty line (60 % of it), linear in between (WEIGHT_INCOME, default 2);
- old dwellings: the share of dwellings built before 1970, before any thermal regulation, (log_av45 + log_45_70) / all dated dwellings, Filosofi (WEIGHT_OLD_DWELLINGS, default 1.5);
- energy sieves (passoires thermiques): the share of DPE labelled F or G in the cell, from the ADEME energy performance diagnostics (DPE, optional; WEIGHT_DPE_FG, default 2);
- electric heating: the share of DPE whose main heating is electric (DPE_HEATING_FIELD, default energie_chauffage; WEIGHT_ELECTRIC_HEATING, default 0.5);
- consumption: the electricity used per dwelling, MWh per site, of the CONSUMPTION points (Enedis, residential sector when the layer has a secteur field, year YEAR or the latest), divided by HIGH_CONSUMPTION (default 10 MWh) and capped at 1 (WEIGHT_CONSUMPTION, default 1).

Small groups are masked as the publishers do: Filosofi figures of fewer than 11 households (INSEE already merges smaller cells before publishing them), DPE shares of fewer than 5 DPE, consumption of fewer than 10 sites (the Enedis rule); the column masque names the masked groups (filosofi, dpe, conso). A masked or missing criterion is left out: indice = sum of the points × (sum of all weights / sum of the weights of the known criteria), out of 10 with the default weights. rang = 1 for the highest index, ties share a rank.

Output, per cell (keeping idcar_200m and insee) or per zone (keeping the zone's fields): men, part_men_pauvres_pc, niveau_vie_eur, part_logements_avant_1970_pc, nb_dpe, part_dpe_fg_pc, part_chauffage_electrique_pc, conso_mwh_par_logement, the points pts_pauvrete, pts_niveau_vie, pts_logements_anciens, pts_passoires, pts_chauffage_electrique, pts_consommation, indice, rang, masque; features by rank. Per zone, a cell's households are shared out by the area of the cell inside the zone. Distances and areas need a projected CRS: the other layers are reprojected to the CELLS' CRS.
Example: CELLS carreaux_filosofi, DPE dpe, CONSUMPTION consommation_electrique of the sample GeoPackage: the cells of the five town centres by index, the old centres first.</source>
      <translation>Classe les carreaux Filosofi de 200 m de l'INSEE (CELLS, la couche carreaux_filosofi), ou des zones (ZONES : IRIS, périmètres ORT…), selon un indice de précarité énergétique : là où les ménages risquent le plus d'avoir du mal à payer leur chauffage et leur électricité. L'indice désigne des lieux où regarder (pour un programme de visites à domicile, une OPAH, une campagne de rénovation), jamais des personnes : chaque valeur agrège au moins 11 ménages, 5 DPE ou 10 sites.

Critères, chacun valant entre 0 et 1 et multiplié par son poids (ses points) :
- pauvreté : la part des ménages pauvres (niveau de vie sous 60 % de la médiane nationale), men_pauv / men, d'après Filosofi de l'INSEE (WEIGHT_POVERTY, 3 par défaut) ;
- niveau de vie : le niveau de vie moyen Ind_snv / Ind (Filosofi, € par personne et par an) : 0 à partir de MEDIAN_INCOME (22 040 € par défaut, la médiane nationale de Filosofi 2019), 1 au seuil de pauvreté (60 % de celle-ci) ou en dessous, linéaire entre les deux (WEIGHT_INCOME, 2 par défaut) ;
- logements anciens : la part des logements construits avant 1970, avant toute réglementation thermique, (log_av45 + log_45_70) / l'ensemble des logements datés, Filosofi (WEIGHT_OLD_DWELLINGS, 1,5 par défaut) ;
- passoires thermiques : la part des DPE étiquetés F ou G dans le carreau, d'après les diagnostics de performance énergétique de l'ADEME (DPE, facultatif ; WEIGHT_DPE_FG, 2 par défaut) ;
- chauffage électrique : la part des DPE dont le chauffage principal est électrique (DPE_HEATING_FIELD, energie_chauffage par défaut ; WEIGHT_ELECTRIC_HEATING, 0,5 par défaut) ;
- consommation : l'électricité consommée par logement, en MWh par site, des points CONSUMPTION (Enedis, secteur résidentiel quand la couche a un champ secteur, année YEAR ou la plus récente), divisée par HIGH_CONSUMPTION (10 MWh par défaut) et plafonnée à 1 (WEIGHT_CONSUMPTION, 1 par défaut).

Les petits groupes sont masqués comme le font les producteurs : les valeurs Filosofi de moins de 11 ménages (l'INSEE regroupe déjà les carreaux plus petits avant de les publier), les parts de DPE sur moins de 5 DPE, la consommation de moins de 10 sites (la règle d'Enedis) ; la colonne masque nomme les groupes masqués (filosofi, dpe, conso). Un critère masqué ou absent est écarté : indice = somme des points × (somme de tous les poids / somme des poids des critères connus), sur 10 avec les poids par défaut. rang = 1 pour l'indice le plus élevé, les ex aequo partagent un rang.

Sortie, par carreau (avec idcar_200m et insee) ou par zone (avec les champs de la zone) : men, part_men_pauvres_pc, niveau_vie_eur, part_logements_avant_1970_pc, nb_dpe, part_dpe_fg_pc, part_chauffage_electrique_pc, conso_mwh_par_logement, les points pts_pauvrete, pts_niveau_vie, pts_logements_anciens, pts_passoires, pts_chauffage_electrique, pts_consommation, indice, rang, masque ; entités par rang. Par zone, les ménages d'un carreau sont répartis selon la surface du carreau dans la zone. Distances et surfaces demandent un SCR projeté : les autres couches sont reprojetées dans celui de CELLS.
Exemple : CELLS carreaux_filosofi, DPE dpe, CONSUMPTION consommation_electrique du GeoPackage d'exemple : les carreaux des cinq centres-bourgs par indice, les centres anciens d'abord.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Ranks the HTA/BT substations to embellish first (painting, landscape integration): those standing in the town centre, near heritage and in view of passers-by come first.</source>
      <translation>Classe les postes HTA/BT à embellir en premier (peinture, intégration paysagère) : ceux qui se trouvent dans le centre-bourg, près du patrimoine et à la vue des passants passent en tête.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Reads a French open-data file (Enedis substations, lines and consumption, Mérimée monuments, CNIG servitudes, ANCT lists of PVD towns and ORT, BD TOPO roads) into a layer of the PVD data model, in Lambert-93, keeping the source's attributes.</source>
      <translation>Lit un fichier de données ouvertes françaises (postes, lignes et consommations Enedis, monuments Mérimée, servitudes CNIG, listes ANCT des PVD et des ORT, routes de la BD TOPO) dans une couche du modèle de données PVD, en Lambert-93, en gardant les attributs de la source.</translation>
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
      <translation>Lit un fichier de données ouvertes françaises dans une couche du modèle de données PVD, en EPSG:2154, en conservant les attributs de la source après les champs du modèle.

FORMAT et la couche obtenue :
- Postes électriques Enedis (poste-electrique : CSV séparé par « ; » avec la colonne « Geo Point » = « lat,lon », ou GeoJSON) → postes_hta_bt. Enedis ne publie ni identifiant, ni nom, ni puissance : id_poste est généré à partir de la commune et de la position (stable d'un téléchargement à l'autre), type_poste et puissance_kva restent vides.
- Réseau BT/HTA Enedis (reseau-bt, reseau-souterrain-bt, reseau-hta, reseau-souterrain-hta : GeoJSON ou shapefile) → reseau_bt ou reseau_hta ; BT/HTA et le mode de pose sont déduits du nom du fichier (ou d'un champ « tension »).
- Monuments historiques Mérimée (CSV « ; » ou GeoJSON ; coordonnees_au_format_wgs84 sous la forme {"lat": .., "lon": ..} ou « lat, lon ») → monuments_historiques.
- Assiettes SUP CNIG (surfaces ; AC1_ASSIETTE_SUP_S…, ou champs en minuscules du GPU) : AC1 → abords_mh (facteur 1.3), AC2 sites (1.3) et AC4 SPR (1.5) → spr.
- Liste PVD de l'ANCT (insee_com, lib_com, id_pvd, date_signature) ou liste ORT (Code commune, Commune, Signée ?, Si signée, date de signature), dates AAAA-MM-JJ ou JJ/MM/AAAA → une table (sans géométrie) au schéma de ort_perimetres.
- BD TOPO troncon_de_route → espaces_publics : surfaces de chaussée de la largeur largeur_de_chaussee (ou d'une largeur selon la nature), classe chaussee ou non_revetu, cout_m au milieu de la fourchette indicative (€/m).

INSEE : codes de communes facultatifs, séparés par des virgules ou des espaces (par ex. 14035, 14342) ; les lignes de leurs communes déléguées (Vaubadon 14727, Castilly 14142 …) sont conservées et reçoivent le code de la commune actuelle.

Un fichier auquel manque un champ requis par le format arrête le traitement avec un message indiquant le fichier, le champ et le format attendu.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Reference DJU (empty: the mean of the table)</source>
      <translation>DJU de référence (vide : la moyenne de la table)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Renovation effect per works zone</source>
      <translation>Effet de la rénovation par zone de travaux</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Renovation works (polygons or points)</source>
      <translation>Travaux de rénovation (polygones ou points)</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Request id field</source>
      <translation>Champ identifiant des demandes</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Request {0} has no geometry: unreachable.</source>
      <translation>La demande {0} n'a pas de géométrie : inaccessible.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Request {0} is walled in: every way to the network within MARGIN ({1} m) crosses barriers or impassable cells (no-data or cost ≤ 0, or DEFAULT_COST 0 outside the surfaces): unreachable. Check the barriers and costs around it, or use a larger MARGIN.</source>
      <translation>La demande {0} est enclavée : tout chemin vers le réseau dans la MARGIN ({1} m) traverse des obstacles ou des cellules infranchissables (sans donnée ou coût ≤ 0, ou DEFAULT_COST 0 hors des surfaces) : injoignable. Vérifiez les obstacles et les coûts autour d'elle, ou agrandissez MARGIN.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Request {0} lies inside a barrier (an impassable polygon such as a building): unreachable; place the request on the street side of the building.</source>
      <translation>La demande {0} se trouve dans un obstacle (un polygone infranchissable, comme un bâtiment) : injoignable ; placez la demande côté rue du bâtiment.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Request {0} lies outside the cost raster: unreachable.</source>
      <translation>La demande {0} est hors du raster de coût : inaccessible.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Request {0}: no network feature within the search margin ({1} m): unreachable; use a larger margin.</source>
      <translation>Demande {0} : aucun élément du réseau dans la marge de recherche ({1} m) : inaccessible ; augmentez la marge.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Request(s) {0}: power above the last band of the barème ({1} kVA): no contribution computed.</source>
      <translation>Demande(s) {0} : puissance au-delà de la dernière tranche du barème ({1} kVA) : contribution non calculée.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Requested power field (kVA)</source>
      <translation>Champ de la puissance demandée (kVA)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Requester's contribution (€)</source>
      <translation>Contribution du demandeur (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Requester's share (€)</source>
      <translation>Part du demandeur (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Residential sector only</source>
      <translation>Secteur résidentiel seulement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Rest of commune</source>
      <translation>Reste de la commune</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Result per zone: number of sites, consumption (MWh), MWh per site, share of the commune's consumption (%), whether the zone is among the highest (above the 90th percentile) and, with a comparison year, the change in MWh and in %. To protect privacy, a zone with fewer than 10 sites is masked: its values are left empty.</source>
      <translation>Résultat par zone : nombre de sites, consommation (MWh), MWh par site, part de la consommation de la commune (%), si la zone est parmi les plus fortes (au-dessus du 90e centile) et, avec une année de comparaison, l'évolution en MWh et en %. Pour protéger la vie privée, une zone de moins de 10 sites est masquée : ses valeurs restent vides.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Result: a table with one row per problem (layer, feature, field, problem and detail); the log counts the problems by kind. The file is not modified.</source>
      <translation>Résultat : une table avec une ligne par problème (couche, entité, champ, problème et détail) ; le journal compte les problèmes par nature. Le fichier n'est pas modifié.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Result: one line per pair with what to do (to pool, moratorium conflict, to re-sequence), the shared length (m), the days between the two periods and the saving of pooling (€, at 150 €/m or the cost of the surfaces crossed); a summary per commune and project.</source>
      <translation>Résultat : une ligne par paire avec ce qu'il faut faire (à mutualiser, conflit de moratoire, à reprogrammer), la longueur commune (m), les jours entre les deux périodes et l'économie de la mutualisation (€, à 150 €/m ou au coût des surfaces traversées) ; une synthèse par commune et par projet.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Result: one route per request with its length (m), the trench cost and the total with the fixed cost per connection (€), the requester's share after the réfaction (the 40 % paid by the network tariff) and its nature: branchement up to 30 m, extension beyond. A request already on the network gets a route of 0 m (a branchement).</source>
      <translation>Résultat : un tracé par demande avec sa longueur (m), le coût de la tranchée et le total avec le coût fixe par raccordement (€), la part du demandeur après la réfaction (les 40 % pris en charge par le tarif de réseau) et sa nature : branchement jusqu'à 30 m, extension au-delà. Une demande déjà sur le réseau reçoit un tracé de 0 m (un branchement).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Result: the features with all their attributes, plus for each zone layer the area (m²) or length (m) inside its zones, that part as a percentage of the feature, the number of zones touched and their names. A summary table (optional) gives one line per zone layer with the total inside and its share of the whole layer.</source>
      <translation>Résultat : les entités avec tous leurs attributs, plus pour chaque couche de zones la surface (m²) ou la longueur (m) à l'intérieur de ses zones, cette part en pourcentage de l'entité, le nombre de zones touchées et leurs noms. Une table de synthèse (facultative) donne une ligne par couche de zones avec le total à l'intérieur et sa part de toute la couche.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Result: the smallest circle enclosing all participants, the line between the two farthest participants with their distance (m), every participant with its distance to the farthest other one, and whether the operation complies. Given the communes' density class, the derogation is read commune by commune; given the producers' power, the power cap is checked. Whether all are on one low-voltage network is not checked.</source>
      <translation>Résultat : le plus petit cercle contenant tous les participants, la ligne entre les deux participants les plus éloignés avec leur distance (m), chaque participant avec sa distance au plus éloigné des autres, et si l'opération est conforme. Si la classe de densité des communes est fournie, la dérogation est lue commune par commune ; si la puissance des producteurs est fournie, le plafond de puissance est vérifié. Le raccordement de tous à un même réseau basse tension n'est pas vérifié.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Result: the substations with the points of each criterion, their score and their rank (1 = the first to embellish).</source>
      <translation>Résultat : les postes avec les points de chaque critère, leur score et leur rang (1 = le premier à embellir).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Routing needs a projected CRS in metres: the {0} has CRS '{1}'. Reproject it first (e.g. to EPSG:2154).</source>
      <translation>Le calcul d'itinéraire nécessite un SCR projeté en mètres : la {0} a pour SCR « {1} ». Reprojetez-la d'abord (par ex. en EPSG:2154).</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Réfaction (share paid by the network tariff)</source>
      <translation>Réfaction (part prise en charge par le tarif du réseau)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>SPR</source>
      <translation>SPR</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Saving</source>
      <translation>Économie</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Saving of shared trenches (€)</source>
      <translation>Économie des tranchées mutualisées (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>Says, for each feature of INPUT (projects, works, any geometry), what the Architecte des Bâtiments de France has to say about works there (Code du patrimoine L621-30, L632-2):
- accord: inside a PDA, or within a monument's circle and in its field of view: the ABF's accord is needed (a refusal blocks the works; silence means accord);
- avis_simple: within the circle but out of sight of the monument: a simple avis;
- hors_abords: in no abords.
A feature touching several abords gets the strongest answer; monuments lists the names of all the monuments concerned.

PERIMETERS: the output of pvd:heritageperimeters (its field mode tells a PDA from a circle; a layer without it holds circles). VISIBILITY (optional): the output of pvd:heritagevisibility. Monuments are matched by NAME_FIELD (default nom), a field of both; a dissolved perimeter names its monuments in its field monuments. Without VISIBILITY everything within a circle is accord, the prudent answer, as the log says. Covisibility (seen together from a third point) is not computed: an avis_simple feature seen together with the monument from a street is an accord.

Output: the INPUT features with avis_abf and monuments; other layers are reprojected to the INPUT's CRS.

Example: INPUT = projets_espaces_publics of the sample GeoPackage, PERIMETERS = abords from pvd:heritageperimeters, VISIBILITY = the fields of view from pvd:heritagevisibility.</source>
      <translation>Indique, pour chaque entité de INPUT (projets, travaux, toute géométrie), ce que l'Architecte des Bâtiments de France a à dire de travaux à cet endroit (Code du patrimoine L621-30, L632-2) :
- accord : dans un PDA, ou dans le cercle d'un monument et dans son champ de visibilité : l'accord de l'ABF est nécessaire (un refus bloque les travaux ; le silence vaut accord) ;
- avis_simple : dans le cercle mais hors de la vue du monument : un avis simple ;
- hors_abords : dans aucun abord.
Une entité qui touche plusieurs abords reçoit la réponse la plus forte ; monuments liste les noms de tous les monuments concernés.

PERIMETERS : la sortie de pvd:heritageperimeters (son champ mode distingue un PDA d'un cercle ; une couche sans ce champ contient des cercles). VISIBILITY (facultatif) : la sortie de pvd:heritagevisibility. Les monuments sont appariés par NAME_FIELD (nom par défaut), un champ des deux couches ; un périmètre fusionné nomme ses monuments dans son champ monuments. Sans VISIBILITY, tout ce qui est dans un cercle est en accord, la réponse prudente, comme le dit le journal. La covisibilité (vu en même temps depuis un troisième point) n'est pas calculée : une entité en avis_simple vue avec le monument depuis une rue relève de l'accord.

Sortie : les entités de INPUT avec avis_abf et monuments ; les autres couches sont reprojetées dans le SCR de INPUT.

Exemple : INPUT = projets_espaces_publics du GeoPackage d'exemple, PERIMETERS = les abords de pvd:heritageperimeters, VISIBILITY = les champs de visibilité de pvd:heritagevisibility.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>Says, for each project or work, what the Architecte des Bâtiments de France has to say about it (Code du patrimoine L621-30, L632-2): accord (inside a delimited perimeter, or within a monument's circle and in its field of view: a refusal blocks the works, silence means accord), simple avis (within the circle but out of sight) or outside the abords; and the monuments concerned.</source>
      <translation>Indique, pour chaque projet ou travaux, ce que doit en dire l'Architecte des Bâtiments de France (Code du patrimoine L621-30, L632-2) : accord (dans un périmètre délimité, ou dans le cercle d'un monument et dans son champ de visibilité : un refus bloque les travaux, le silence vaut accord), avis simple (dans le cercle mais hors de vue) ou hors abords ; et les monuments concernés.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Search area: {0} m around the requests, {1} group(s) of requests, {2} cells of {3} m in all.</source>
      <translation>Zone de recherche : {0} m autour des demandes, {1} groupe(s) de demandes, {2} cellules de {3} m au total.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Search margin around the requests (m)</source>
      <translation>Marge de recherche autour des demandes (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Share of consumption records geocoded</source>
      <translation>Part des consommations géocodées</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Share of the input (%)</source>
      <translation>Part de la couche analysée (%)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Share of the zone (%)</source>
      <translation>Part de la zone (%)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Share trenches between connections</source>
      <translation>Mutualiser les tranchées entre raccordements</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Share trenches: later connections reuse the trenches already dug (a reused metre costs 20 % of its price). The log gives the total of independent routes, the total with shared trenches and the saving; the trench network tells how many connections each trench serves.</source>
      <translation>Mutualiser les tranchées : les raccordements suivants réutilisent les tranchées déjà ouvertes (un mètre réutilisé coûte 20 % de son prix). Le journal donne le total des tracés indépendants, le total avec tranchées mutualisées et l'économie ; le réseau de tranchées indique combien de raccordements chaque tranchée dessert.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Shared</source>
      <translation>Commun</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Shared trenches: {0} as independent routes, {1} shared, saving {2} ({3} %).</source>
      <translation>Tranchées mutualisées : {0} en tracés indépendants, {1} mutualisés, économie de {2} ({3} %).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>Sidewalk width along urban streets (BD TOPO tronçons, m)</source>
      <translation>Largeur des trottoirs le long des rues urbaines (tronçons BD TOPO, m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Sites</source>
      <translation>Sites</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Sites after</source>
      <translation>Sites après</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Sites before</source>
      <translation>Sites avant</translation>
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
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Standard of living (€ per person and year)</source>
      <translation>Niveau de vie (€ par personne et par an)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>Stored values are read raw with SQLite's typeof(); detail gives the value found, and for invalid_geometry the reason GEOS gives.</source>
      <translation>Les valeurs stockées sont lues brutes avec typeof() de SQLite ; detail donne la valeur trouvée et, pour invalid_geometry, la raison donnée par GEOS.</translation>
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
      <translation>Priorités d'embellissement des postes HTA/BT</translation>
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
      <translation>Champ du type de poste (cabine_haute, poste_au_sol, poste_sur_poteau)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Substation(s) without geometry left out: feature(s) {0}.</source>
      <translation>Poste(s) sans géométrie écarté(s) : entité(s) {0}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Substations by priority</source>
      <translation>Postes par priorité</translation>
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
      <translation>Synthèse par commune et par projet</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Summary per overlay layer</source>
      <translation>Synthèse par couche de superposition</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Sums the annual electricity consumption per zone and per year, to find where consumption concentrates and how it changed before and after works.</source>
      <translation>Additionne la consommation annuelle d'électricité par zone et par année, pour voir où elle se concentre et comment elle a évolué avant et après des travaux.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Surface cost field (€/m)</source>
      <translation>Champ de coût des surfaces (€/m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Surfaces (polygons with a cost in €/m)</source>
      <translation>Surfaces (polygones avec un coût en €/m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Tabulate intersection (zones × classes)</source>
      <translation>Tableau croisé des intersections (zones × classes)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Tells whether renovation works saved electricity: the consumption per site of a year before the works and of a year after, inside each works zone (an OPAH perimeter, renovated blocks or buildings), compared with the rest of the same communes over the same years.</source>
      <translation>Indique si des travaux de rénovation ont fait économiser de l'électricité : la consommation par site d'une année avant les travaux et d'une année après, dans chaque zone de travaux (périmètre d'OPAH, îlots ou bâtiments rénovés), comparée au reste des mêmes communes sur les mêmes années.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>Tells, for every feature of a layer (connection works, substations, parcels, projects), how much of it lies inside each zone layer (ORT perimeters, abords of monuments, SPR, public spaces…) and which zones those are.</source>
      <translation>Indique, pour chaque entité d'une couche (travaux de raccordement, postes, parcelles, projets), quelle part se trouve dans chaque couche de zones (périmètres ORT, abords des monuments, SPR, espaces publics…) et quelles zones ce sont.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>The ORT perimeters are never invented: give your own layer, or the layer stays empty.</source>
      <translation>Les périmètres ORT ne sont jamais inventés : donnez votre propre couche, sinon la couche reste vide.</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>The abords come from the heritage perimeters, the fields of view (optional) from the fields of view of the monuments. Without fields of view, everything within a circle is accord: the prudent answer.</source>
      <translation>Les abords viennent des périmètres des abords, les champs de visibilité (facultatifs) du champ de visibilité des monuments. Sans champs de visibilité, tout ce qui est dans un cercle est en accord : la réponse prudente.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>The cost raster '{0}' cannot be opened.</source>
      <translation>Le raster de coût « {0} » ne peut pas être ouvert.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>The cost raster '{0}' has no passable cell: every cell is no-data or a cost ≤ 0, so no route can be found. Check its no-data value and that its costs are in €/m (&gt; 0).</source>
      <translation>Le raster de coûts « {0} » n'a aucune cellule franchissable : toutes ses cellules sont sans donnée ou d'un coût ≤ 0, aucun tracé ne peut être trouvé. Vérifiez sa valeur « sans donnée » et que ses coûts sont en €/m (&gt; 0).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>The cost raster '{0}' must be north-up with square cells.</source>
      <translation>Le raster de coût « {0} » doit être orienté nord en haut, avec des cellules carrées.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>The distance must be greater than 0 m.</source>
      <translation>La distance doit être supérieure à 0 m.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>The effect is the zone's change minus that of the rest of the commune, in percentage points: −20 % in the zone while the rest is at −5 % gives −15 points, what the works saved beyond the winter, prices and sobriety everyone had. Heating degree days (optional) correct the weather on the heating share.</source>
      <translation>L'effet est l'évolution de la zone moins celle du reste de la commune, en points : −20 % dans la zone quand le reste est à −5 % donne −15 points, ce que les travaux ont fait gagner au-delà de l'hiver, des prix et de la sobriété de tous. Les degrés-jours unifiés (facultatifs) corrigent la météo sur la part chauffage.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/visibility.py" />
      <source>The elevation model '{0}' cannot be opened.</source>
      <translation>Le modèle numérique de terrain « {0} » ne peut pas être ouvert.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>The elevation model '{0}' must be in a CRS in metres (got {1}).</source>
      <translation>Le modèle numérique de terrain « {0} » doit être dans un SCR en mètres (reçu {1}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>The ground is an elevation model (metres) plus the heights of the buildings (metres above the ground); the line of sight runs from the monument's top (10 m by default) to a person of 1.6 m, cell by cell (2 m by default). Seeing it together from a third point is not computed.</source>
      <translation>Le sol est un modèle d'élévation (mètres) augmenté des hauteurs des bâtiments (mètres au-dessus du sol) ; la ligne de vue va du sommet du monument (10 m par défaut) à une personne de 1,6 m, cellule par cellule (2 m par défaut). La covisibilité depuis un troisième point n'est pas calculée.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/renovation_effect.py" />
      <source>The heating degree days table has no positive value for year {}.</source>
      <translation>La table des degrés-jours unifiés n'a pas de valeur positive pour l'année {}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>The input already has a field 'rayon_m': its values are replaced.</source>
      <translation>L'entrée a déjà un champ « rayon_m » : ses valeurs sont remplacées.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>The input already has a field '{0}': its values are replaced.</source>
      <translation>L'entrée a déjà un champ « {0} » : ses valeurs sont remplacées.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/qgis_io.py" />
      <source>The input field '{0}' is replaced by the computed one.</source>
      <translation>Le champ d'entrée « {0} » est remplacé par le champ calculé.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>The layers of {} are already in the project: none added.</source>
      <translation>Les couches de {} sont déjà dans le projet : aucune ajoutée.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>The monuments field lists the names concerned, joined with '; '. A layer of abords without the field mode, such as the sample's abords_mh, holds circles.</source>
      <translation>Le champ monuments donne les noms des monuments concernés, séparés par « ; ». Une couche d'abords sans champ mode, comme abords_mh de l'échantillon, contient des cercles.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>The network layers (substations and lines) have no feature.</source>
      <translation>Les couches du réseau (postes et lignes) n'ont aucune entité.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>The prefix comes from the layer's name: its table name for file.gpkg|layername=…. On the ellipsoid, areas are measured in a Lambert azimuthal equal-area projection centred on the data (equal-area, so exact up to the shape of edges between vertices) and lengths geodesically, segment by segment. A bow-tie polygon is repaired into two triangles.
How: each overlay layer is dissolved once (cluster by cluster) and cut into small tiles; one STRtree query gives the (feature, tile) pairs; features inside a tile take their own measure, the others are clipped, with a vectorised Sutherland–Hodgman clip wherever one side is convex (exact), with GEOS otherwise. The bulk path applies when the input is a file layer with no selection or filter and the output a .gpkg file: the input is read through GDAL's Arrow stream (GDAL 3.6 or later) and QGIS only creates the output table, filled in one SQLite transaction (from a GeoPackage, input rows copied byte for byte with the computed columns joined; from another format, rows inserted from the Arrow columns), with a packed R-tree spatial index; outputs pass GDAL's validate_gpkg.py. Memory layers, PostGIS, selections and temporary outputs go through QGIS's feature API, with the same results.</source>
      <translation>Le préfixe vient du nom de la couche : son nom de table pour fichier.gpkg|layername=…. Sur l'ellipsoïde, les surfaces sont mesurées dans une projection azimutale équivalente de Lambert centrée sur les données (équivalente, donc exacte à la forme près des côtés entre sommets) et les longueurs géodésiquement, segment par segment. Un polygone en nœud papillon est réparé en deux triangles.
Méthode : chaque couche de superposition est fusionnée une fois (groupe par groupe) et découpée en petites tuiles ; une seule requête STRtree donne les paires (entité, tuile) ; les entités contenues dans une tuile prennent leur propre mesure, les autres sont découpées, par un découpage de Sutherland–Hodgman vectorisé partout où l'un des deux côtés est convexe (exact), par GEOS sinon. La lecture et l'écriture en bloc s'appliquent quand l'entrée est une couche de fichier sans sélection ni filtre et la sortie un fichier .gpkg : l'entrée est lue par le flux Arrow de GDAL (GDAL 3.6 ou plus récent) et QGIS ne fait que créer la table de sortie, remplie en une seule transaction SQLite (depuis un GeoPackage, les lignes d'entrée sont copiées octet pour octet et complétées des colonnes calculées ; depuis un autre format, les lignes sont insérées à partir des colonnes Arrow), avec un index spatial R-tree compacté ; les sorties passent le validate_gpkg.py de GDAL. Les couches en mémoire, PostGIS, les sélections et les sorties temporaires passent par l'API d'entités de QGIS, avec les mêmes résultats.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>The routing grid would have {0} cells ({1} × {2}), more than the budget of {3}: use a larger cell size or a smaller search margin.</source>
      <translation>La grille de calcul aurait {0} cellules ({1} × {2}), au-delà du budget de {3} : choisissez une taille de cellule plus grande ou une marge de recherche plus petite.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>The rule, in the words of the arrêté: « la distance séparant les deux participants les plus éloignés n'excède pas deux kilomètres ». The minister may grant a derogation: 20 km for isolated, sparsely populated places (arrêté of 14 October 2020); since the arrêté of 19 September 2023, the limits of DEROGATION. The rule bears on the farthest pair (the diameter of the set); the smallest enclosing circle shows the perimeter, and its diameter lies between the farthest-pair distance d and 2d/√3.
The circle also gives nb_participants, nb_producteurs, nb_consommateurs, centre_x and centre_y. Farthest pair: id_a, role_a, id_b, role_b, distance_m, limite_m, conforme. Participants: id_participant (the id field, else the feature id) and role (producteur or consommateur). Substations involved: id_poste, dans_cercle, nb_participants. With COMMUNES, a warning says when the derogation read from the communes differs from DEROGATION.
Distances are measured with pyproj's Geod; the pairs a local azimuthal equidistant frame could misjudge are measured again. So a pair 2 000.3 m apart on the ground is not conforme though Lambert-93 reads 1 998.4 m near 46.5° N, and a pair 1 999.7 m apart is. Not checked: whether all participants are on one low-voltage network.</source>
      <translation>La règle, dans les termes de l'arrêté : « la distance séparant les deux participants les plus éloignés n'excède pas deux kilomètres ». Le ministre peut accorder une dérogation : 20 km pour des lieux isolés et peu peuplés (arrêté du 14 octobre 2020) ; depuis l'arrêté du 19 septembre 2023, les limites de DEROGATION. La règle porte sur la paire la plus éloignée (le diamètre de l'ensemble) ; le plus petit cercle englobant montre le périmètre, et son diamètre est compris entre la distance d de la paire la plus éloignée et 2d/√3.
Le cercle donne aussi nb_participants, nb_producteurs, nb_consommateurs, centre_x et centre_y. Paire la plus éloignée : id_a, role_a, id_b, role_b, distance_m, limite_m, conforme. Participants : id_participant (le champ identifiant, sinon l'identifiant d'entité) et role (producteur ou consommateur). Postes concernés : id_poste, dans_cercle, nb_participants. Avec COMMUNES, un avertissement signale que la dérogation lue dans les communes diffère de DEROGATION.
Les distances sont mesurées avec Geod de pyproj ; les paires qu'un repère azimutal équidistant local pourrait mal juger sont mesurées à nouveau. Ainsi, une paire distante de 2 000,3 m au sol n'est pas conforme bien que Lambert-93 lise 1 998,4 m vers 46,5° N, et une paire distante de 1 999,7 m l'est. Non vérifié : le raccordement de tous les participants à un même réseau basse tension.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>The rules behind the defaults. Road code L115-1: in agglomeration the mayor coordinates the works on roads and may refuse, without giving reasons, works on a road surface less than three years old: MORATORIUM_MONTHS defaults to 36.
CPCE L49 (code des postes et des communications électroniques; décret 2010-726): the owner of works of at least 150 m in agglomeration (L49_AGGLOMERATION_M) or 1 000 m outside (L49_OUTSIDE_M) must publish them so that other networks can join the trench (dig once). Each pair gets l49_publicite (true/false) for its work, and OUTPUT_WORKS lists every work with longueur_m, agglomeration and l49_publicite. The agglomeration is the AGGLOMERATION polygons; without them, the ORT perimeters (layer ort_perimetres of the works' GeoPackage) count as agglomeration; without either, every work is taken as in agglomeration (the lower threshold, the prudent answer), said in the log. A work touching the agglomeration counts as in it with its whole length; point works have no length.</source>
      <translation>Les règles derrière les valeurs par défaut. Code de la voirie routière L115-1 : en agglomération, le maire coordonne les travaux sur la voirie et peut refuser, sans avoir à motiver sa décision, des travaux sur une chaussée refaite depuis moins de trois ans : MORATORIUM_MONTHS vaut 36 par défaut.
CPCE L49 (code des postes et des communications électroniques ; décret 2010-726) : le maître d'ouvrage de travaux d'au moins 150 m en agglomération (L49_AGGLOMERATION_M) ou 1 000 m hors agglomération (L49_OUTSIDE_M) doit les rendre publics pour que d'autres réseaux puissent profiter de la tranchée (creuser une fois). Chaque paire reçoit l49_publicite (vrai/faux) pour ses travaux, et OUTPUT_WORKS liste tous les travaux avec longueur_m, agglomeration et l49_publicite. L'agglomération est donnée par les polygones AGGLOMERATION ; à défaut, les périmètres ORT (couche ort_perimetres du GeoPackage des travaux) comptent comme agglomération ; sans l'un ni l'autre, tous les travaux sont pris en agglomération (le seuil le plus bas, la réponse prudente), ce que dit le journal. Des travaux qui touchent l'agglomération y sont comptés avec toute leur longueur ; des travaux ponctuels n'ont pas de longueur.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/chain_model.py" />
      <source>The whole chain on a PVD GeoPackage: checks it, measures how much of the connection works lies in the ORT, the heritage zones and the public spaces, routes the connection requests with and without shared trenches (for the saving), finds the works to coordinate, ranks the substations to embellish and writes the communal PDF report.</source>
      <translation>Toute la chaîne sur un GeoPackage PVD : le vérifie, mesure quelle part des travaux de raccordement se trouve dans l'ORT, les zones patrimoniales et les espaces publics, trace les raccordements avec et sans tranchées mutualisées (pour l'économie), repère les travaux à coordonner, classe les postes à embellir et écrit le rapport communal PDF.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/renovation_effect.py" />
      <source>The year after the works ({}) must come after the year before ({}).</source>
      <translation>L'année après les travaux ({}) doit venir après l'année avant ({}).</translation>
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
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Total cost (€)</source>
      <translation>Coût total (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Total inside</source>
      <translation>Total à l'intérieur</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Total of independent routes (€)</source>
      <translation>Total des tracés indépendants (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Total of independent routes: {0}.</source>
      <translation>Total des tracés indépendants : {0}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>Total power of the producers: {0:.1f} kW; the cap is {1:.0f} kW: {2}.</source>
      <translation>Puissance totale des producteurs : {0:.1f} kW ; le plafond est de {1:.0f} kW : {2}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Total saving of pooling (€)</source>
      <translation>Économie totale de la mutualisation (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Total with shared trenches (€)</source>
      <translation>Total avec tranchées mutualisées (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Total with shared trenches: {0}; saving {1} ({2}).</source>
      <translation>Total avec tranchées mutualisées : {0} ; économie de {1} ({2}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Trench cost (€)</source>
      <translation>Coût de la tranchée (€)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Trench costs from COST_TABLE: {}</source>
      <translation>Coûts de tranchée de COST_TABLE : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/prepare_commune.py" />
      <source>Trench costs per surface class (classe, cout_m)</source>
      <translation>Coûts de tranchée par classe de surface (classe, cout_m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Trench network</source>
      <translation>Réseau de tranchées</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Trench unit cost (€/m)</source>
      <translation>Coût unitaire de tranchée (€/m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Two figures per request. The works cost (cost_eur, total_eur) is what digging the route costs the community, whoever pays. The contribution (contribution_eur) is what Enedis bills the requester under its price schedule (barème Enedis-PRO-RAC_03E, v7.1 of 3 August 2024; arrêté of 28 August 2007, art. 6): branchement (1 − REFACTION) × (CfB + CvB × lb_m) and extension (1 − REFACTION) × (CfE + CvE × le_m), where lb_m is the route length up to 30 m and le_m the rest (0: the site is desservi, no extension; contribution_extension_eur = 0). Réfaction 40 % for consumers (arrêté of 30 November 2017). Since loi 2025-391 the extension part is due from the planning-permit holder. The least-cost route estimates the reference connection operation (arrêté of 28 August 2007, art. 1: the one that minimises the cost of the connection works).
BAREME: one row per power band: upper bound (kVA), CfB (€), CvB (€/m), CfE (€), CvE (€/m); a request gets the first band whose bound is at least its power (POWER_FIELD, kVA, default puissance_kva). In qgis_process give the rows flattened: BAREME=36,1000,20,2000,50. The default rows are indicative, not the official coefficients (those are the barème's tables): replace them with the schedule in force.</source>
      <translation>Deux montants par demande. Le coût des travaux (cost_eur, total_eur) est ce que coûte le creusement du tracé à la collectivité, quel que soit le payeur. La contribution (contribution_eur) est ce qu'Enedis facture au demandeur selon son barème (Enedis-PRO-RAC_03E, v7.1 du 3 août 2024 ; arrêté du 28 août 2007, art. 6) : branchement (1 − REFACTION) × (CfB + CvB × lb_m) et extension (1 − REFACTION) × (CfE + CvE × le_m), où lb_m est la longueur du tracé jusqu'à 30 m et le_m le reste (0 : le site est desservi, pas d'extension ; contribution_extension_eur = 0). Réfaction de 40 % pour les consommateurs (arrêté du 30 novembre 2017). Depuis la loi 2025-391, la part extension est due par le titulaire de l'autorisation d'urbanisme. Le tracé à moindre coût estime l'opération de raccordement de référence (arrêté du 28 août 2007, art. 1 : celle qui minimise la somme des coûts des ouvrages de raccordement).
BAREME : une ligne par tranche de puissance : borne haute (kVA), CfB (€), CvB (€/m), CfE (€), CvE (€/m) ; une demande prend la première tranche dont la borne est au moins sa puissance (POWER_FIELD, kVA, par défaut puissance_kva). Dans qgis_process, donner les lignes à plat : BAREME=36,1000,20,2000,50. Les lignes par défaut sont indicatives, ce ne sont pas les coefficients officiels (ceux des tableaux du barème) : les remplacer par le barème en vigueur.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Two figures per request: the works cost (what digging the route costs, whoever pays) and the contribution Enedis bills the requester under its price schedule (barème; indicative defaults, to replace with the schedule in force in the advanced parameters).</source>
      <translation>Deux montants par demande : le coût des travaux (ce que coûte la tranchée, quel que soit le payeur) et la contribution qu'Enedis facture au demandeur selon son barème (valeurs indicatives par défaut, à remplacer par le barème en vigueur dans les paramètres avancés).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/gpkg_bulk.py" />
      <source>Unexpected GeoPackage layout in '{}'.</source>
      <translation>Structure GeoPackage inattendue dans « {} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/report_tables.py" />
      <source>Unknown commune '{0}'. Known: {1}.</source>
      <translation>Commune inconnue « {0} ». Communes connues : {1}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>Unknown format '{}': one of {}.</source>
      <translation>Format inconnu « {} » : formats possibles : {}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Up to (kVA)</source>
      <translation>Jusqu'à (kVA)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Visibility distance for public spaces (metres)</source>
      <translation>Distance de visibilité pour les espaces publics (mètres)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Weather correction factors: {0} × {1:.4f}, {2} × {3:.4f}.</source>
      <translation>Facteurs de correction climatique : {0} × {1:.4f}, {2} × {3:.4f}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Weather-dependent (heating) share of consumption</source>
      <translation>Part de la consommation sensible au climat (chauffage)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Weight: DPE labelled F or G</source>
      <translation>Poids : DPE étiquetés F ou G</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Weight: dwellings built before 1970</source>
      <translation>Poids : logements construits avant 1970</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Weight: electric heating (DPE)</source>
      <translation>Poids : chauffage électrique (DPE)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Weight: electricity per dwelling</source>
      <translation>Poids : électricité par logement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Weight: inside a heritage zone</source>
      <translation>Poids : dans une zone patrimoniale</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Weight: inside an ORT perimeter</source>
      <translation>Poids : dans un périmètre ORT</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Weight: low standard of living</source>
      <translation>Poids : faible niveau de vie</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Weight: share of poor households</source>
      <translation>Poids : part des ménages pauvres</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Weight: share of public space around</source>
      <translation>Poids : part d'espace public alentour</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>Weight: visibility of the substation type</source>
      <translation>Poids : visibilité du type de poste</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>Where a périmètre délimité des abords has been delimited, give the PDA polygons: a monument with a PDA gets it as its perimeter instead of the circle.</source>
      <translation>Là où un périmètre délimité des abords a été délimité, donnez les polygones des PDA : un monument qui a un PDA le reçoit comme périmètre à la place du cercle.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>Where penalty zones overlap, the largest factor applies; polygons are burnt into the grid by cell centre. Each request's window of MARGIN metres is snapped outwards to whole cells (the raster's cells when COST_RASTER is given, clipped to it); each group of requests is routed on its own grid, the bounding box of its windows with the cells outside them made impassable, with the network features that cross its windows. So requests scattered over a whole intercommunality cost a few small grids, not one grid over the whole territory. The cell budget, 60 million cells per group (environment variable PVD_ROUTING_MAX_CELLS), is checked for all groups before any work, with a message suggesting a larger CELL_SIZE or a smaller MARGIN; the log suggests a larger MARGIN for a request that reaches no network.
A route runs from the source's cell to the request's cell through cell centres, collinear steps merged. The status unreachable means inside a barrier, cut off, no network within MARGIN, outside the cost raster, or no geometry. OUTPUT_NETWORK segments carry connections (how many routes use them), length_m and cost_eur (full price). With shared trenches, connections are priced from the network outwards, and a request whose route through the shared network would cost more than its own route keeps its own: every request's shared cost is at most its independent cost, and so is the total.
Contribution fields: lb_m (min(route length, 30 m)), le_m (the rest), contribution_branchement_eur, contribution_extension_eur and contribution_eur (their sum). Without POWER_FIELD the first band applies; a power above the last band, or missing, gives no contribution, with a warning naming the requests. With the default rows a 30 m branchement up to 36 kVA comes to 1 650 € after réfaction, near the published 1 658,88 €.</source>
      <translation>Là où des zones de pénalité se chevauchent, le facteur le plus grand s'applique ; les polygones sont reportés sur la grille par centre de cellule. La fenêtre de MARGIN mètres de chaque demande est étendue vers l'extérieur jusqu'à des cellules entières (celles du raster quand COST_RASTER est donné, et découpée sur lui) ; chaque groupe de demandes est tracé sur sa propre grille, l'emprise de ses fenêtres, où les cellules hors des fenêtres sont rendues infranchissables, avec les éléments du réseau qui traversent ses fenêtres. Des demandes dispersées sur toute une intercommunalité coûtent ainsi quelques petites grilles, et non une grille sur tout le territoire. Le budget de cellules, 60 millions de cellules par groupe (variable d'environnement PVD_ROUTING_MAX_CELLS), est vérifié pour tous les groupes avant tout calcul, avec un message qui propose un CELL_SIZE plus grand ou une MARGIN plus petite ; le journal propose une MARGIN plus grande pour une demande qui n'atteint aucun réseau.
Un tracé va de la cellule de la source à celle de la demande en passant par les centres des cellules, les pas alignés étant fusionnés. Le statut unreachable signifie : dans un obstacle, enclavée, aucun réseau à moins de MARGIN, hors du raster de coûts, ou sans géométrie. Les tronçons de OUTPUT_NETWORK portent connections (le nombre de tracés qui les empruntent), length_m et cost_eur (prix plein). Avec les tranchées mutualisées, les raccordements sont chiffrés depuis le réseau vers l'extérieur, et une demande dont le tracé par le réseau mutualisé coûterait plus que son propre tracé garde le sien : le coût mutualisé de chaque demande est au plus son coût indépendant, et il en va de même du total.
Champs de la contribution : lb_m (min(longueur du tracé, 30 m)), le_m (le reste), contribution_branchement_eur, contribution_extension_eur et contribution_eur (leur somme). Sans POWER_FIELD, la première tranche s'applique ; une puissance au-delà de la dernière tranche, ou absente, ne donne aucune contribution, avec un avertissement qui nomme les demandes. Avec les lignes par défaut, un branchement de 30 m jusqu'à 36 kVA revient à 1 650 € après réfaction, près des 1 658,88 € publiés.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>With a PDA layer ('{0}'), choose the monuments' NAME_FIELD and the PDA's PDA_ID_FIELD (a field of '{0}' holding the monument's name); got '{1}' and '{2}'.</source>
      <translation>Avec une couche de PDA (« {0} »), choisir le champ NAME_FIELD des monuments et le champ PDA_ID_FIELD du PDA (un champ de « {0} » contenant le nom du monument) ; reçu « {1} » et « {2} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>With the default weights the substation's own visibility counts most: a tower cabin inside the ORT or a heritage zone scores as much as a ground-level substation inside both (6 points each before the public spaces, which then decide).</source>
      <translation>Avec les poids par défaut, la visibilité propre du poste compte le plus : une cabine haute dans l'ORT ou dans une zone patrimoniale obtient autant de points qu'un poste au sol situé dans les deux (6 points chacun avant les espaces publics, qui les départagent).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Work/project pairs</source>
      <translation>Paires travaux/projet</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Works</source>
      <translation>Travaux</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Works coordination</source>
      <translation>Coordination des travaux</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works coordination (connection works and public-space projects)</source>
      <translation>Coordination des travaux (travaux de raccordement et projets d'espaces publics)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Works coordination: {0} pair(s), possible saving {1}.</source>
      <translation>Coordination des travaux : {0} paire(s), économie possible {1}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Works not dated between {0} and {1} (feature, year): {2}; their before/after may include the works themselves.</source>
      <translation>Travaux non datés entre {0} et {1} (entité, année) : {2} ; leur avant/après peut inclure les travaux eux-mêmes.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works to publish (CPCE L49)</source>
      <translation>Travaux à rendre publics (CPCE L49)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works: commune field (summary)</source>
      <translation>Travaux : champ de la commune (synthèse)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works: end date field</source>
      <translation>Travaux : champ de la date de fin</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works: id field</source>
      <translation>Travaux : champ de l'identifiant</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works: start date field</source>
      <translation>Travaux : champ de la date de début</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>Works: status field (réalisé / prévu)</source>
      <translation>Travaux : champ du statut (réalisé / prévu)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Write to a new file, or to a new table of that GeoPackage with ogr:dbname='{0}' table="{1}".</source>
      <translation>Écrivez dans un nouveau fichier, ou dans une nouvelle table de ce GeoPackage avec ogr:dbname='{0}' table="{1}".</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/base.py" />
      <source>Write to a new file.</source>
      <translation>Écrivez dans un nouveau fichier.</translation>
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
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Writes a PDF report per commune for the mayor: a map of the town centre (ORT perimeter, heritage zones, network, connection requests and routes) with legend, scale and sources, then a page of tables: connection routes with their cost, overlap shares, works to coordinate and substations to embellish first.</source>
      <translation>Écrit un rapport PDF par commune pour le maire : une carte du centre-bourg (périmètre ORT, zones patrimoniales, réseau, demandes et tracés de raccordement) avec légende, échelle et sources, puis une page de tableaux : tracés de raccordement avec leur coût, parts de recouvrement, travaux à coordonner et postes à embellir en premier.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Year</source>
      <translation>Année</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Year after</source>
      <translation>Année après</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Year after the works</source>
      <translation>Année après les travaux</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Year before</source>
      <translation>Année avant</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>Year before the works</source>
      <translation>Année avant les travaux</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Year field</source>
      <translation>Champ de l'année</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Year of the consumption (empty: the latest)</source>
      <translation>Année de la consommation (vide : la plus récente)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>Zone</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Zone field</source>
      <translation>Champ de zone</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>Zone layer</source>
      <translation>Couche de zones</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>Zones (polygons)</source>
      <translation>Zones (polygones)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>Zones (polygons; empty = regular grid)</source>
      <translation>Zones (polygones ; vide = grille régulière)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>Zones to report on instead of the cells (IRIS, ORT perimeters…)</source>
      <translation>Zones de restitution à la place des carreaux (IRIS, périmètres ORT…)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/commune_choice.py" />
      <source>Zoom to a commune</source>
      <translation>Zoomer sur une commune</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>above it</source>
      <translation>au-delà</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>branchement (≤ 30 m)</source>
      <translation>branchement (≤ 30 m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>breaks</source>
      <translation>dépasse</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>cell(s)</source>
      <translation>carreau(x)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>complies with</source>
      <translation>respecte</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>cost raster</source>
      <translation>couche raster de coût</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_ign.py" />
      <source>cout_m is the middle of the placeholder range of each class (€/m): adjust it.</source>
      <translation>cout_m est le milieu de la fourchette indicative de chaque classe (€/m) : ajustez-le.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>every project is taken as planned</source>
      <translation>tous les projets sont considérés comme prévus</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>every work is taken as planned</source>
      <translation>tous les travaux sont considérés comme prévus</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>extension of the network</source>
      <translation>extension du réseau</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>features are named by their feature id</source>
      <translation>les entités sont nommées par leur identifiant d'entité</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>field '{}' ({}) is missing</source>
      <translation>le champ « {} » ({}) est absent</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>field '{}' is {}, expected {}</source>
      <translation>le champ « {} » est de type {}, {} attendu</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>format not recognised</source>
      <translation>format non reconnu</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>ground substation</source>
      <translation>poste au sol</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>identifier already taken (same object in another file)</source>
      <translation>identifiant déjà pris (même objet dans un autre fichier)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>layer '{}' ({}) is missing</source>
      <translation>la couche « {} » ({}) est absente</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>layer geometry is {}, expected {}</source>
      <translation>la géométrie de la couche est {}, {} attendu</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>layer of connection requests</source>
      <translation>couche des demandes de raccordement</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>moratorium conflict</source>
      <translation>conflit de moratoire</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>no BAN address file given</source>
      <translation>aucun fichier d'adresses BAN fourni</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>no geometry</source>
      <translation>sans géométrie</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>no geometry or empty geometry</source>
      <translation>géométrie absente ou vide</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_ban.py" />
      <source>no house number in the address</source>
      <translation>pas de numéro dans l'adresse</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>no renovation date is checked</source>
      <translation>aucune date de réfection n'est vérifiée</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>no value for the required field {}</source>
      <translation>pas de valeur pour le champ obligatoire {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>not geocoded: {}</source>
      <translation>non géocodé : {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_ban.py" />
      <source>number or repetition index not found in the street</source>
      <translation>numéro ou indice de répétition absent de la voie</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>outside abords</source>
      <translation>hors abords</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>pole-mounted</source>
      <translation>poste sur poteau</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>public spaces are named by their feature id</source>
      <translation>les espaces publics sont nommés par leur identifiant d'entité</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>required value is empty</source>
      <translation>valeur obligatoire vide</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>route found</source>
      <translation>tracé trouvé</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>simple avis</source>
      <translation>avis simple</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_ban.py" />
      <source>street not found in the BAN of the commune</source>
      <translation>voie absente de la BAN de la commune</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>the power is not checked</source>
      <translation>la puissance n'est pas vérifiée</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>the summary has no commune</source>
      <translation>la synthèse n'a pas de commune</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>the type criterion is 0 for all</source>
      <translation>le critère de type vaut 0 pour tous</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>to pool</source>
      <translation>à mutualiser</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>to re-sequence</source>
      <translation>à reprogrammer</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>too long</source>
      <translation>trop long</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>tower cabin</source>
      <translation>cabine haute</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>trenches are priced at the unit cost</source>
      <translation>les tranchées sont chiffrées au coût unitaire</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/field_labels.py" />
      <source>unreachable</source>
      <translation>inaccessible</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>within it</source>
      <translation>en deçà</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>zone(s)</source>
      <translation>zone(s)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/tabulate_intersection.py" />
      <source>{0} (zone, class) pair(s) written.</source>
      <translation>{0} paire(s) (zone, classe) écrite(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>{0} DPE or consumption point(s) without geometry: ignored.</source>
      <translation>{0} DPE ou point(s) de consommation sans géométrie : ignorés.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>{0} DPE without an energy label A to G: left out of the DPE figures.</source>
      <translation>{0} DPE sans étiquette énergie de A à G : écartés des valeurs des DPE.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/abf_consultation.py" />
      <source>{0} accord, {1} avis_simple, {2} hors_abords.</source>
      <translation>{0} accord, {1} avis_simple, {2} hors_abords.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/report.py" />
      <source>{0} cell(s) of 200 m, {1} ranked; index out of the sum of the weights (10 by default). Figures of fewer than 11 households, 5 DPE or 10 sites are masked.</source>
      <translation>{0} carreau(x) de 200 m, {1} classé(s) ; indice sur la somme des poids (10 par défaut). Les valeurs de moins de 11 ménages, 5 DPE ou 10 sites sont masquées.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>{0} consumption point(s) without geometry or with a NULL year, consumption or number of sites: ignored.</source>
      <translation>{0} point(s) de consommation sans géométrie ou sans année, consommation ou nombre de sites : ignorés.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/overlap_analysis.py" />
      <source>{0} feature(s) analysed against {1} overlay layer(s).</source>
      <translation>{0} entité(s) analysée(s) par rapport à {1} couche(s) de superposition.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/import_open_data.py" />
      <source>{0} feature(s) imported into the model layer '{1}'.</source>
      <translation>{0} entité(s) importée(s) dans la couche du modèle « {1} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>{0} feature(s) of '{1}' have no positive '{2}': the cost under them is unchanged (feature ids {3}).</source>
      <translation>{0} entité(s) de « {1} » n'ont pas de « {2} » positif : le coût sous elles reste inchangé (identifiants {3}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_visibility.py" />
      <source>{0} field(s) of view of {1} m written.</source>
      <translation>{0} champ(s) de visibilité de {1} m écrits.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>{0} is not a whole number in an integer field ({1}): QGIS reads it as {2}</source>
      <translation>{0} n'est pas un nombre entier dans un champ entier ({1}) : QGIS le lit comme {2}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/gui/loader.py" />
      <source>{0} layer(s) added from {1}.</source>
      <translation>{0} couche(s) ajoutée(s) depuis {1}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>{0} monument(s) get their PDA, the others the circle.</source>
      <translation>{0} monument(s) reçoivent leur PDA, les autres le cercle.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/visibility.py" />
      <source>{0} must be greater than 0 (got {1}).</source>
      <translation>{0} doit être supérieur à 0 (reçu {1}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>{0} network cell(s) lie in barriers or no-data cells.</source>
      <translation>{0} cellule(s) du réseau se trouvent dans des obstacles ou des cellules sans donnée.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>{0} of {1} network feature(s) lie farther than the search margin from every request: not used.</source>
      <translation>{0} des {1} élément(s) du réseau sont au-delà de la marge de recherche de toute demande : non utilisés.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/works_coordination.py" />
      <source>{0} pair(s) to pool, saving {1} of trench; {2} in conflict with a moratorium; {3} to re-sequence.</source>
      <translation>{0} paire(s) à mutualiser, économie de {1} de tranchée ; {2} en conflit avec un moratoire ; {3} à reprogrammer.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/heritage_perimeters.py" />
      <source>{0} perimeter(s) of {1} m written.</source>
      <translation>{0} périmètre(s) de {1} m écrit(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/validate_data.py" />
      <source>{0} problem(s) found in {1}:</source>
      <translation>{0} problème(s) trouvé(s) dans {1} :</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>{0} producer(s) have no power in '{1}': counted as 0 kW.</source>
      <translation>{0} producteur(s) sans puissance dans « {1} » : comptés pour 0 kW.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/connection_routes.py" />
      <source>{0} route(s) ok, {1} unreachable, {2} too long.</source>
      <translation>{0} tracé(s) ok, {1} inaccessible(s), {2} trop long(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>{0} substation(s) have a type that is not cabine_haute, poste_au_sol or poste_sur_poteau ({1}): their type criterion is 0.</source>
      <translation>{0} poste(s) ont un type autre que cabine_haute, poste_au_sol ou poste_sur_poteau ({1}) : leur critère de type vaut 0.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/substation_priority.py" />
      <source>{0} substation(s) ranked; weights ORT {1}, heritage {2}, public spaces {3}, type {4}.</source>
      <translation>{0} poste(s) classé(s) ; poids ORT {1}, patrimoine {2}, espaces publics {3}, type {4}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/renovation_effect.py" />
      <source>{0} works zone(s), {1} with an effect; {2} masked.</source>
      <translation>{0} zone(s) de travaux, {1} avec un effet ; {2} masquée(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>{0} zone(s): {1} masked (fewer than {2} sites), {3} above the {4}th percentile ({5} MWh).</source>
      <translation>{0} zone(s) : {1} masquée(s) (moins de {2} sites), {3} au-dessus du {4}e centile ({5} MWh).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/self_consumption_perimeter.py" />
      <source>{0} {1} (layer '{2}') has no geometry: left out.</source>
      <translation>{0} {1} (couche « {2} ») sans géométrie : écarté.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/energy_precarity.py" />
      <source>{0} {1} ranked of {2}; {3} with masked figures.</source>
      <translation>{0} {1} classé(s) sur {2} ; {3} avec des valeurs masquées.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{0}, field '{1}': {2} protection date(s) that do not exist, date_protection left empty; rows: {3}.</source>
      <translation>{0}, champ « {1} » : {2} date(s) de protection qui n'existent pas, date_protection laissée vide ; lignes : {3}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{0}, field '{1}': {2} value(s) unreadable (not numbers), never counted as 0; rows: {3}.</source>
      <translation>{0}, champ « {1} » : {2} valeur(s) illisible(s) (pas des nombres), jamais comptées comme 0 ; lignes : {3}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_ign.py" />
      <source>{0}, field '{1}': {2} value(s) unreadable as a width in metres, the width of their nature is used instead: {3}.</source>
      <translation>{0}, champ « {1} » : {2} valeur(s) illisible(s) comme largeur en mètres, la largeur de leur nature est utilisée à la place : {3}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{0}: required field '{1}' not found. Expected the {2} format (fields such as {3}); fields in the file: {4}.</source>
      <translation>{0} : champ obligatoire « {1} » introuvable. Format attendu : {2} (champs tels que {3}) ; champs du fichier : {4}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{0}: row {1} ({2}): '{3}' in field '{4}' is not a possible date (YYYY-MM-DD or DD/MM/YYYY, a day that exists).</source>
      <translation>{0} : ligne {1} ({2}) : « {3} » dans le champ « {4} » n'est pas une date possible (AAAA-MM-JJ ou JJ/MM/AAAA, un jour qui existe).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/csvread.py" />
      <source>{0}: row(s) {1} are not valid UTF-8 unlike the rest of the file: read as Windows-1252 (check the accents of these rows).</source>
      <translation>{0} : ligne(s) {1} non valides en UTF-8 contrairement au reste du fichier : lues en Windows-1252 (vérifiez les accents de ces lignes).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{0}: {1} feature(s) rejected, latitude and longitude are swapped (exchanged, the position would be in France; as written it is not): feature ids {2}. Correct the file and import it again.</source>
      <translation>{0} : {1} entité(s) rejetée(s), latitude et longitude sont inversées (échangées, la position serait en France ; telle qu'écrite elle ne l'est pas) : identifiants {2}. Corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{0}: {1} feature(s) rejected, their position is impossible (latitude beyond ±90°, longitude beyond ±180°, infinite or not a number): feature ids {2}.</source>
      <translation>{0} : {1} entité(s) rejetée(s), leur position est impossible (latitude au-delà de ±90°, longitude au-delà de ±180°, infinie ou non numérique) : identifiants {2}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{0}: {1} feature(s) rejected, their position is outside France (metropolitan, Corsica and overseas): feature ids {2}.</source>
      <translation>{0} : {1} entité(s) rejetée(s), leur position est hors de France (métropole, Corse et outre-mer) : identifiants {2}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{0}: {1} row(s) rejected, latitude and longitude are swapped (exchanged, the position would be in France; as written it is not): rows {2}. Correct the file and import it again.</source>
      <translation>{0} : {1} ligne(s) rejetée(s), latitude et longitude sont inversées (échangées, la position serait en France ; telle qu'écrite elle ne l'est pas) : lignes {2}. Corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{0}: {1} row(s) rejected, their position is impossible (latitude beyond ±90°, longitude beyond ±180°, infinite or not a number): rows {2}.</source>
      <translation>{0} : {1} ligne(s) rejetée(s), leur position est impossible (latitude au-delà de ±90°, longitude au-delà de ±180°, infinie ou non numérique) : lignes {2}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{0}: {1} row(s) rejected, their position is outside France (metropolitan, Corsica and overseas): rows {2}.</source>
      <translation>{0} : {1} ligne(s) rejetée(s), leur position est hors de France (métropole, Corse et outre-mer) : lignes {2}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>{} ({}): no row for the commune(s) {}.</source>
      <translation>{} ({}) : aucune ligne pour la ou les communes {}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_energy.py" />
      <source>{} has no commune code: the INSEE filter was not applied.</source>
      <translation>{} n'a pas de code commune : le filtre INSEE n'a pas été appliqué.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>{} in a {} layer</source>
      <translation>{} dans une couche {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/algorithms/consumption_zones.py" />
      <source>{} point(s) without geometry or with a NULL year, consumption or number of sites: ignored.</source>
      <translation>{} point(s) sans géométrie ou avec une année, une consommation ou un nombre de sites NULL : ignoré(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/validation.py" />
      <source>{} {} is after {} {}</source>
      <translation>{} {} est postérieur à {} {}</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>{} — area inside (m²)</source>
      <translation>{} — surface à l'intérieur (m²)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>{} — length inside (m)</source>
      <translation>{} — longueur à l'intérieur (m)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>{} — share inside (%)</source>
      <translation>{} — part à l'intérieur (%)</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>{} — zone names</source>
      <translation>{} — noms des zones</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/model.py" />
      <source>{} — zones touched</source>
      <translation>{} — zones touchées</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>{}: BD TOPO batiment has no commune code: give the Admin Express COMMUNE file too (the commune outlines).</source>
      <translation>{} : la BD TOPO batiment n'a pas de code commune : fournissez aussi le fichier Admin Express COMMUNE (les contours des communes).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_ign.py" />
      <source>{}: BD TOPO batiment has no commune code: without the communes' outlines the INSEE filter cannot apply and insee stays empty.</source>
      <translation>{} : la BD TOPO batiment n'a pas de code commune : sans les contours des communes, le filtre INSEE ne s'applique pas et insee reste vide.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: a CSV file is expected ({}).</source>
      <translation>{} : un fichier CSV est attendu ({}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_energy.py" />
      <source>{}: a JSON answer of the ADEME API (an object with 'results', a list of records) is expected.</source>
      <translation>{} : une réponse JSON de l'API de l'ADEME (un objet avec 'results', une liste d'enregistrements) est attendue.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/enedis_consumption.py" />
      <source>{}: cannot be read ({}).</source>
      <translation>{} : lecture impossible ({}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: cannot be read as a GeoJSON, shapefile or GeoPackage file ({}).</source>
      <translation>{} : illisible comme fichier GeoJSON, shapefile ou GeoPackage ({}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: cannot tell BT from HTA lines. Keep Enedis's file name (reseau-bt..., reseau-hta...) or add a field 'tension' with BT or HTA.</source>
      <translation>{} : impossible de distinguer les lignes BT des lignes HTA. Gardez le nom de fichier d'Enedis (reseau-bt..., reseau-hta...) ou ajoutez un champ « tension » valant BT ou HTA.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_sup.py" />
      <source>{}: cannot tell the SUP category (AC1, AC2 or AC4). Keep the CNIG file name (AC1_ASSIETTE_SUP_S...) or add a field 'suptype'.</source>
      <translation>{} : impossible de déterminer la catégorie de SUP (AC1, AC2 ou AC4). Gardez le nom de fichier CNIG (AC1_ASSIETTE_SUP_S...) ou ajoutez un champ « suptype ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_energy.py" />
      <source>{}: cell(s) without geometry whose {} is not an INSEE cell id CRS3035RES200mN&lt;y&gt;E&lt;x&gt;: {}.</source>
      <translation>{} : carreau(x) sans géométrie dont le champ {} n'est pas un identifiant de carreau INSEE CRS3035RES200mN&lt;y&gt;E&lt;x&gt; : {}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/enedis_consumption.py" />
      <source>{}: empty file, expected the Enedis CSV '{}'.</source>
      <translation>{} : fichier vide, le CSV Enedis « {} » était attendu.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: file not found.</source>
      <translation>{} : fichier introuvable.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_cadastre.py" />
      <source>{}: line {} is not a GeoJSON feature ({}).</source>
      <translation>{} : la ligne {} n'est pas une entité GeoJSON ({}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_enedis.py" />
      <source>{}: line {}: '{}' in field '{}' is not a GeoJSON geometry.</source>
      <translation>{} : ligne {} : « {} » dans le champ « {} » n'est pas une géométrie GeoJSON.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: line {}: '{}' is not a "lat,lon" position in field '{}'.</source>
      <translation>{} : ligne {} : « {} » n'est pas une position « lat,lon » dans le champ « {} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: lines expected ({}).</source>
      <translation>{} : des lignes sont attendues ({}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_sup.py" />
      <source>{}: no SUP assiette layer (…_ASSIETTE_SUP_S) found in the package.</source>
      <translation>{} : aucune couche d'assiettes SUP (…_ASSIETTE_SUP_S) dans le paquet.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/enedis_consumption.py" />
      <source>{}: no consumption column (such as 'conso_totale_secteur_residentiel_enedis_mwh') in the Enedis file '{}'.</source>
      <translation>{} : aucune colonne de consommation (telle que « conso_totale_secteur_residentiel_enedis_mwh ») dans le fichier Enedis « {} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: no coordinate reference system (no .prj file next to the shapefile) and the coordinates are not longitudes/latitudes in France: the unit cannot be known. Put the .prj file published with the data next to it, or set the layer's CRS in QGIS and export it again (e.g. to EPSG:2154).</source>
      <translation>{} : aucun système de coordonnées (pas de fichier .prj à côté du shapefile) et les coordonnées ne sont pas des longitudes/latitudes en France : l'unité ne peut pas être connue. Placez à côté le fichier .prj publié avec les données, ou définissez le SCR de la couche dans QGIS et exportez-la à nouveau (par exemple en EPSG:2154).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: no coordinate reference system (no .prj file); every coordinate is a longitude/latitude in France, so the file is read as EPSG:4326 (WGS84).</source>
      <translation>{} : aucun système de coordonnées (pas de fichier .prj) ; toutes les coordonnées sont des longitudes/latitudes en France, le fichier est donc lu en EPSG:4326 (WGS84).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: no coordinates, kept without geometry.</source>
      <translation>{} : pas de coordonnées, gardé sans géométrie.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_energy.py" />
      <source>{}: no field {}: left empty.</source>
      <translation>{} : aucun champ {} : laissé vide.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/enedis_consumption.py" />
      <source>{}: no {} column (expected one of: {}) in the Enedis file '{}'.</source>
      <translation>{} : pas de colonne {} (attendu : l'une de {}) dans le fichier Enedis « {} ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_cadastre.py" />
      <source>{}: not a GeoJSON file ({}).</source>
      <translation>{} : pas un fichier GeoJSON ({}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>{}: not a format pvd:preparecommune reads: skipped.</source>
      <translation>{} : pas un format que pvd:preparecommune lit : ignoré.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/enedis_consumption.py" />
      <source>{}: not a readable CSV file ({}).</source>
      <translation>{} : ce n'est pas un fichier CSV lisible ({}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/enedis_consumption.py" />
      <source>{}: not a readable CSV file after row {} ({}).</source>
      <translation>{} : fichier CSV illisible après la ligne {} ({}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_energy.py" />
      <source>{}: not a readable JSON file ({}).</source>
      <translation>{} : fichier JSON illisible ({}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>{}: not used, the BD TOPO buildings (with their heights) are given.</source>
      <translation>{} : non utilisé, les bâtiments de la BD TOPO (avec leurs hauteurs) sont fournis.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: row {} ({}): '{}' in field '{}' is neither {{"lat": .., "lon": ..}} nor "lat, lon".</source>
      <translation>{} : ligne {} ({}) : « {} » dans le champ « {} » n'est ni {{"lat": .., "lon": ..}} ni « lat, lon ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_sup.py" />
      <source>{}: surfaces (ASSIETTE_SUP_S) expected, found points or lines.</source>
      <translation>{} : des surfaces (ASSIETTE_SUP_S) sont attendues, le fichier contient des points ou des lignes.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/enedis_consumption.py" />
      <source>{}: the columns are separated by {!r}, not by ';' as in the Enedis file '{}'. Download the CSV again from data.enedis.fr (separator ';') or re-save it with ';'.</source>
      <translation>{} : les colonnes sont séparées par {!r}, et non par « ; » comme dans le fichier Enedis « {} ». Téléchargez à nouveau le CSV sur data.enedis.fr (séparateur « ; ») ou enregistrez-le avec « ; ».</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_sup.py" />
      <source>{}: the package holds both AC1 abords and AC2/AC4 perimeters: import each category's assiette file on its own.</source>
      <translation>{} : le paquet contient à la fois des abords AC1 et des périmètres AC2/AC4 : importez séparément le fichier d'assiettes de chaque catégorie.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_energy.py" />
      <source>{}: {} DPE without a position: kept without geometry.</source>
      <translation>{} : {} DPE sans position : gardés sans géométrie.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_energy.py" />
      <source>{}: {} DPE without an energy label A to G left out: {}.</source>
      <translation>{} : {} DPE sans étiquette énergie de A à G écartés : {}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_ban.py" />
      <source>{}: {} address(es) without lon/lat left out.</source>
      <translation>{} : {} adresse(s) sans lon/lat écartée(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_sup.py" />
      <source>{}: {} assiette(s) equal to their generator are the monuments' own footprints: they go to monuments_historiques, not to abords_mh.</source>
      <translation>{} : {} assiette(s) égales à leur générateur sont l'emprise des monuments eux-mêmes : elles vont dans monuments_historiques, pas dans abords_mh.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_sup.py" />
      <source>{}: {} assiette(s) have no commune code (no generator table with ADRESSE): the INSEE filter was not applied to them.</source>
      <translation>{} : {} assiette(s) sans code commune (pas de table des générateurs avec ADRESSE) : le filtre INSEE ne leur a pas été appliqué.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_energy.py" />
      <source>{}: {} cell(s) without a number of households ({}): {}.</source>
      <translation>{} : {} carreau(x) sans nombre de ménages ({}) : {}.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: {} consumption record(s) have no coordinates (the Enedis file per address is not geocoded): kept without geometry.</source>
      <translation>{} : {} enregistrement(s) de consommation sans coordonnées (le fichier Enedis par adresse n'est pas géocodé) : gardés sans géométrie.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>{}: {} monument(s) of the SUP package are Mérimée monuments already read: the Mérimée point is kept, the abords refer to it.</source>
      <translation>{} : {} monument(s) du paquet SUP sont des monuments Mérimée déjà lus : le point Mérimée est gardé, les abords s'y rapportent.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata_sup.py" />
      <source>{}: {} monument(s) without protection (classé / inscrit): the package has no generator table with 'type'; complete them from Mérimée.</source>
      <translation>{} : {} monument(s) sans protection (classé / inscrit) : le paquet n'a pas de table des générateurs avec « type » ; complétez-les depuis Mérimée.</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/commune.py" />
      <source>{}: {} of {} consumption record(s) placed at a BAN address ({:.0%}).</source>
      <translation>{} : {} enregistrement(s) de consommation sur {} placé(s) à une adresse BAN ({:.0%}).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/core/opendata.py" />
      <source>{}: {} row(s) left out.</source>
      <translation>{} : {} ligne(s) écartée(s).</translation>
    </message>
    <message>
      <location filename="../../pvd_qgis_plugin/processing_provider/report_layout.py" />
      <source>… and {} more rows (see the output layer).</source>
      <translation>… et {} lignes de plus (voir la couche en sortie).</translation>
    </message>
  </context>
</TS>
