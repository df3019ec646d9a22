-- A cache as the last build of schema 1 wrote it: `citydash sync --history-days 1` of commit d01c7d4
-- against the simulator, trimmed to the last two hours of each series, the twelve newest alerts
-- and one sync run, then dumped with sqlite3 .dump. Frozen: never regenerate it from today's code.
PRAGMA application_id = 1196444487;
PRAGMA user_version = 10400;
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
CREATE TABLE gpkg_extensions (
    table_name TEXT,
    column_name TEXT,
    extension_name TEXT NOT NULL,
    definition TEXT NOT NULL,
    scope TEXT NOT NULL,
    CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
);
CREATE TABLE citydash_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO citydash_meta VALUES('schema_version','1');
INSERT INTO citydash_meta VALUES('created_at_ms','1796405530260');
CREATE TABLE catalog_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    api_version TEXT NOT NULL,
    city_json TEXT NOT NULL,
    simulated INTEGER NOT NULL,
    data_notice_json TEXT NOT NULL,
    server_url TEXT NOT NULL,
    server_time_ms INTEGER NOT NULL
);
INSERT INTO catalog_info VALUES(1,'1','{"name":{"en":"Ho Chi Minh City","vi":"Thành phố Hồ Chí Minh"},"time_zone":"Asia/Ho_Chi_Minh","bbox":{"min_lon":106.33,"min_lat":10.33,"max_lon":107.6,"max_lat":11.5}}',1,'{"en":"Simulated demo data: not the city''s real figures","vi":"Dữ liệu mô phỏng: không phải số liệu thật của thành phố"}','http://127.0.0.1:8811',1796405530259);
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
INSERT INTO latest_value VALUES('DE02',1796058000000,18.710000000000000852,'good',1793466000000,18.589999999999999857,1796405530273);
INSERT INTO latest_value VALUES('DE03',1796403600000,96.540000000000006251,'good',1796317200000,96.25,1796405530273);
INSERT INTO latest_value VALUES('DE04',1796403600000,65.299999999999997156,'good',1796317200000,65.900000000000005682,1796405530273);
INSERT INTO latest_value VALUES('DE05',1796058000000,90.099999999999994312,'good',1793466000000,90.0,1796405530273);
INSERT INTO latest_value VALUES('DE07',1796058000000,980.0,'good',1793466000000,982.0,1796405530273);
INSERT INTO latest_value VALUES('DE11',1796403600000,473.10000000000002272,'good',1796317200000,473.69999999999998861,1796405530273);
INSERT INTO latest_value VALUES('DE01',1767200400000,25.0,'good',1735664400000,23.399999999999998578,1796405530273);
INSERT INTO latest_value VALUES('DE08',1767200400000,3230.0,'good',1735664400000,2994.0,1796405530273);
INSERT INTO latest_value VALUES('DE09',1767200400000,0.36999999999999999555,'good',1735664400000,0.29999999999999998889,1796405530273);
INSERT INTO latest_value VALUES('DE12',1790787600000,11472.0,'good',1782838800000,11213.0,1796405530273);
INSERT INTO latest_value VALUES('FP01',1767200400000,88.099999999999994313,'good',1735664400000,87.200000000000002838,1796405530273);
INSERT INTO latest_value VALUES('FP02',1790787600000,73.200000000000002842,'good',1782838800000,72.299999999999997159,1796405530273);
INSERT INTO latest_value VALUES('FP03',1796058000000,65.099999999999994316,'good',1793466000000,65.299999999999997156,1796405530273);
INSERT INTO latest_value VALUES('MO01',1796403600000,54578.0,'good',1796400000000,59043.0,1796405530273);
INSERT INTO latest_value VALUES('MO02',1796405520000,99.400000000000005686,'good',1796405460000,99.439999999999997724,1796405530273);
INSERT INTO latest_value VALUES('MO04',1796058000000,54.899999999999998579,'good',1793466000000,54.0,1796405530273);
INSERT INTO latest_value VALUES('MO05',1796403600000,781.0,'good',1796317200000,777.0,1796405530273);
INSERT INTO latest_value VALUES('MO06',1796405400000,7.0,'good',1796405100000,7.0,1796405530273);
INSERT INTO latest_value VALUES('MO07',1796403600000,96.0,'good',1796317200000,83.0,1796405530273);
INSERT INTO latest_value VALUES('EN01',1796403600000,69.0,'good',1796400000000,68.0,1796405530273);
INSERT INTO latest_value VALUES('EN02',1796403600000,21.699999999999999289,'good',1796400000000,21.600000000000001421,1796405530273);
INSERT INTO latest_value VALUES('EN03',1796405400000,1.65999999999999992,'good',1796405100000,1.65999999999999992,1796405530273);
INSERT INTO latest_value VALUES('EN04',1796405400000,2.0,'good',1796405100000,2.0,1796405530273);
INSERT INTO latest_value VALUES('EN05',1796405400000,0.0,'good',1796405100000,0.0,1796405530273);
INSERT INTO latest_value VALUES('PS01',1796405520000,245.0,'good',1796405460000,249.0,1796405530273);
INSERT INTO latest_value VALUES('PS02',1796405520000,13.599999999999999644,'good',1796405460000,13.0,1796405530273);
INSERT INTO latest_value VALUES('PS03',1796405400000,97.200000000000002838,'good',1796405100000,97.299999999999997159,1796405530273);
INSERT INTO latest_value VALUES('UT01',1796058000000,12.199999999999999289,'good',1793466000000,12.30000000000000071,1796405530273);
INSERT INTO latest_value VALUES('UT03',1796058000000,152.0,'good',1793466000000,152.0,1796405530273);
INSERT INTO latest_value VALUES('CS01',1796403600000,2148.0,'good',1796400000000,2592.0,1796405530273);
INSERT INTO latest_value VALUES('CS02',1796403600000,88.200000000000002842,'good',1796317200000,83.500000000000000003,1796405530273);
INSERT INTO latest_value VALUES('CY01',1796403600000,6.7599999999999997868,'good',1796317200000,6.3899999999999996802,1796405530273);
INSERT INTO latest_value VALUES('ID01',1796058000000,9.9299999999999997157,'good',1793466000000,9.8599999999999994315,1796405530273);
INSERT INTO latest_value VALUES('TI01',1796058000000,83.200000000000002842,'good',1793466000000,83.299999999999997154,1796405530273);
INSERT INTO latest_value VALUES('TI02',1790787600000,90.599999999999994313,'good',1782838800000,89.799999999999997159,1796405530273);
INSERT INTO latest_value VALUES('TI03',1790787600000,92.400000000000005687,'good',1782838800000,91.799999999999997157,1796405530273);
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
INSERT INTO sync_state VALUES('catalog','http://127.0.0.1:8811/api/v1/catalog','W/"551aec6cd73db1e2"',NULL,1796405530265,1796405530265,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE05','http://127.0.0.1:8811/api/v1/kpis/DE05/series?from=1796319130259&limit=50000','W/"b268601b2786d0c6"',NULL,1796405530273,1796405530273,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE04','http://127.0.0.1:8811/api/v1/kpis/DE04/series?from=1796403600001&limit=50000','W/"c51faf96d2e66dac"','1796403600000',1796405530274,1796405530274,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE03','http://127.0.0.1:8811/api/v1/kpis/DE03/series?from=1796403600001&limit=50000','W/"d365cab7b059b83d"','1796403600000',1796405530274,1796405530274,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE02','http://127.0.0.1:8811/api/v1/kpis/DE02/series?from=1796319130259&limit=50000','W/"c2ec5843636a8f97"',NULL,1796405530273,1796405530273,NULL,NULL);
INSERT INTO sync_state VALUES('latest','http://127.0.0.1:8811/api/v1/kpis/latest','W/"d903376598e60fe9"',NULL,1796405530273,1796405530273,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE11','http://127.0.0.1:8811/api/v1/kpis/DE11/series?from=1796403600001&limit=50000','W/"87aed914efe1feab"','1796403600000',1796405530274,1796405530274,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE07','http://127.0.0.1:8811/api/v1/kpis/DE07/series?from=1796319130259&limit=50000','W/"6243bcb4134d9228"',NULL,1796405530274,1796405530274,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE08','http://127.0.0.1:8811/api/v1/kpis/DE08/series?from=1796319130259&limit=50000','W/"0daf3eaecbc19694"',NULL,1796405530275,1796405530275,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE12','http://127.0.0.1:8811/api/v1/kpis/DE12/series?from=1796319130259&limit=50000','W/"157486ec09f5ddd7"',NULL,1796405530275,1796405530275,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE09','http://127.0.0.1:8811/api/v1/kpis/DE09/series?from=1796319130259&limit=50000','W/"0dc5b4ba63aa342b"',NULL,1796405530275,1796405530275,NULL,NULL);
INSERT INTO sync_state VALUES('series/FP03','http://127.0.0.1:8811/api/v1/kpis/FP03/series?from=1796319130259&limit=50000','W/"0318aba9ea48156f"',NULL,1796405530276,1796405530276,NULL,NULL);
INSERT INTO sync_state VALUES('series/DE01','http://127.0.0.1:8811/api/v1/kpis/DE01/series?from=1796319130259&limit=50000','W/"05ee5af13ae6db65"',NULL,1796405530276,1796405530276,NULL,NULL);
INSERT INTO sync_state VALUES('series/FP01','http://127.0.0.1:8811/api/v1/kpis/FP01/series?from=1796319130259&limit=50000','W/"23014a1095a5e999"',NULL,1796405530276,1796405530276,NULL,NULL);
INSERT INTO sync_state VALUES('series/FP02','http://127.0.0.1:8811/api/v1/kpis/FP02/series?from=1796319130259&limit=50000','W/"c39648d2e65cf005"',NULL,1796405530279,1796405530279,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO04','http://127.0.0.1:8811/api/v1/kpis/MO04/series?from=1796319130259&limit=50000','W/"3d5af23de421fba9"',NULL,1796405530279,1796405530279,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO02','http://127.0.0.1:8811/api/v1/kpis/MO02/series?from=1796405520001&limit=50000','W/"7a56d0fd8f106501"','1796405520000',1796405530285,1796405530285,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO01','http://127.0.0.1:8811/api/v1/kpis/MO01/series?from=1796403600001&limit=50000','W/"541ac20b9c874761"','1796403600000',1796405530285,1796405530285,NULL,NULL);
INSERT INTO sync_state VALUES('alerts','http://127.0.0.1:8811/api/v1/alerts?since=1796404500000%3AEN03-1796403600000&limit=500','W/"13d3e5c8a5fbcdca"','1796404500000:EN03-1796403600000',1796405530296,1796405530296,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO05','http://127.0.0.1:8811/api/v1/kpis/MO05/series?from=1796403600001&limit=50000','W/"bf813f97ef90c7db"','1796403600000',1796405530287,1796405530287,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO06','http://127.0.0.1:8811/api/v1/kpis/MO06/series?from=1796405400001&limit=50000','W/"064a0ef34034592a"','1796405400000',1796405530286,1796405530286,NULL,NULL);
INSERT INTO sync_state VALUES('series/MO07','http://127.0.0.1:8811/api/v1/kpis/MO07/series?from=1796403600001&limit=50000','W/"54056b2ea72cd060"','1796403600000',1796405530286,1796405530286,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN01','http://127.0.0.1:8811/api/v1/kpis/EN01/series?from=1796403600001&limit=50000','W/"d1be9bb0b23df9bd"','1796403600000',1796405530286,1796405530286,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN02','http://127.0.0.1:8811/api/v1/kpis/EN02/series?from=1796403600001&limit=50000','W/"348641abd5375b0a"','1796403600000',1796405530296,1796405530296,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN03','http://127.0.0.1:8811/api/v1/kpis/EN03/series?from=1796405400001&limit=50000','W/"effba702dbd20da5"','1796405400000',1796405530296,1796405530296,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN05','http://127.0.0.1:8811/api/v1/kpis/EN05/series?from=1796405400001&limit=50000','W/"7c7b26d16fa53032"','1796405400000',1796405530296,1796405530296,NULL,NULL);
INSERT INTO sync_state VALUES('series/EN04','http://127.0.0.1:8811/api/v1/kpis/EN04/series?from=1796405400001&limit=50000','W/"af15035d3cf7eda6"','1796405400000',1796405530297,1796405530297,NULL,NULL);
INSERT INTO sync_state VALUES('series/PS03','http://127.0.0.1:8811/api/v1/kpis/PS03/series?from=1796405400001&limit=50000','W/"660c2464a28555c2"','1796405400000',1796405530301,1796405530301,NULL,NULL);
INSERT INTO sync_state VALUES('series/PS01','http://127.0.0.1:8811/api/v1/kpis/PS01/series?from=1796405520001&limit=50000','W/"24c2a2dabfc05ad5"','1796405520000',1796405530301,1796405530301,NULL,NULL);
INSERT INTO sync_state VALUES('series/PS02','http://127.0.0.1:8811/api/v1/kpis/PS02/series?from=1796405520001&limit=50000','W/"27bf544aa0437683"','1796405520000',1796405530302,1796405530302,NULL,NULL);
INSERT INTO sync_state VALUES('series/UT01','http://127.0.0.1:8811/api/v1/kpis/UT01/series?from=1796319130259&limit=50000','W/"3dbccffa018c40fa"',NULL,1796405530301,1796405530301,NULL,NULL);
INSERT INTO sync_state VALUES('series/UT03','http://127.0.0.1:8811/api/v1/kpis/UT03/series?from=1796319130259&limit=50000','W/"cb7d0325e16aa0fb"',NULL,1796405530304,1796405530304,NULL,NULL);
INSERT INTO sync_state VALUES('series/CY01','http://127.0.0.1:8811/api/v1/kpis/CY01/series?from=1796403600001&limit=50000','W/"1872b6b33ecf6be5"','1796403600000',1796405530308,1796405530308,NULL,NULL);
INSERT INTO sync_state VALUES('series/ID01','http://127.0.0.1:8811/api/v1/kpis/ID01/series?from=1796319130259&limit=50000','W/"964302b3a9e07050"',NULL,1796405530307,1796405530307,NULL,NULL);
INSERT INTO sync_state VALUES('series/CS02','http://127.0.0.1:8811/api/v1/kpis/CS02/series?from=1796403600001&limit=50000','W/"c6f13bc679247082"','1796403600000',1796405530308,1796405530308,NULL,NULL);
INSERT INTO sync_state VALUES('series/CS01','http://127.0.0.1:8811/api/v1/kpis/CS01/series?from=1796403600001&limit=50000','W/"28463d255eebe6a3"','1796403600000',1796405530308,1796405530308,NULL,NULL);
INSERT INTO sync_state VALUES('series/TI01','http://127.0.0.1:8811/api/v1/kpis/TI01/series?from=1796319130259&limit=50000','W/"fe84be74969aaaf3"',NULL,1796405530308,1796405530308,NULL,NULL);
INSERT INTO sync_state VALUES('series/TI02','http://127.0.0.1:8811/api/v1/kpis/TI02/series?from=1796319130259&limit=50000','W/"ec2d2a8a8c5d3c29"',NULL,1796405530309,1796405530309,NULL,NULL);
INSERT INTO sync_state VALUES('series/TI03','http://127.0.0.1:8811/api/v1/kpis/TI03/series?from=1796319130259&limit=50000','W/"cbaf3ed9a80c7d8e"',NULL,1796405530309,1796405530309,NULL,NULL);
CREATE TABLE sync_run (
    run_id INTEGER PRIMARY KEY,
    server_url TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    reachable INTEGER,
    failed_resources INTEGER
);
INSERT INTO sync_run VALUES(1,'http://127.0.0.1:8811',1796405530260,1796405530309,1,0);
CREATE INDEX alert_by_time ON alert (t_ms);
COMMIT;
