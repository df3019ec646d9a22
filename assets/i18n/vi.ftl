# CityDash: every user-visible text, in Vietnamese (Project Fluent, https://projectfluent.org).
# Words kept apart: "Cảnh báo" is only the alerts of the operations center (the tab, the
# panel, the toasts); a KPI's statuses are "Chú ý" (warning) and "Báo động" (alert).
# Message ids are the code's keys with '-' for '.' (and for any other character an id cannot hold); Vietnamese has one plural form.


## app

app-title = CityDash
app-city_unknown = Tổng quan vận hành

## nav

nav-overview = Tổng quan
nav-map = Bản đồ
nav-alerts = Cảnh báo
nav-alerts_count = Cảnh báo ({ $count })

## alerts

alerts-title = Cảnh báo
alerts-counts = { $active } đang diễn ra, { $critical } nghiêm trọng
alerts-showing = Hiển thị { $shown } trên { $total }
alerts-severity-info = Thông tin
alerts-severity-warning = Chú ý
alerts-severity-critical = Nghiêm trọng
alerts-status-active = Đang diễn ra
alerts-status-acknowledged = Đã tiếp nhận
alerts-status-resolved = Đã xử lý
alerts-filter-min_severity = Mức độ tối thiểu
alerts-filter-unresolved_only = Chỉ cảnh báo chưa xử lý
alerts-filter-search = Tìm cảnh báo
alerts-filter-search_hint = Từ trong tiêu đề hoặc nội dung
alerts-filter-clear = Xóa bộ lọc cảnh báo
alerts-empty = Bộ nhớ đệm chưa có cảnh báo nào.
alerts-no_match = Không có cảnh báo nào khớp với bộ lọc (ẩn { $count }).
alerts-when = { $time } · { $age } trước
alerts-kpi = Chỉ số { $kpi } ({ $id })
alerts-feature = Bản đồ: { $layer } / { $feature }
alerts-open_kpi = Mở biểu đồ { $kpi }
alerts-show_feature_on_map = Xem { $feature } trên bản đồ
alerts-show_on_map = Xem trên bản đồ ({ $layer })
alerts-toast-more = +{ $count } cảnh báo khác
alerts-toast-dismiss = Đóng cảnh báo
alerts-toast-dismiss_all = Đóng tất cả cảnh báo

## lang

lang-en = English
lang-vi = Tiếng Việt
lang-label = Ngôn ngữ

## theme

theme-label = Giao diện
theme-dark = Tối
theme-light = Sáng

## format

format-date = %d/%m/%Y
format-axis_date = %d/%m
format-axis_time = %H:%M
format-axis_year = %Y
format-month = %m/%Y
format-datetime = %H:%M %d/%m/%Y
format-decimal_separator = ,
format-thousands_separator = { "." }

## notice

notice-simulated = Dữ liệu mô phỏng để trình diễn, không phải số liệu thật của thành phố
notice-simulated_short = Mô phỏng

## domain

domain-digital_government = Chính quyền số
domain-digital_economy = Kinh tế số
domain-payments = Thanh toán
domain-mobility = Giao thông
domain-environment = Môi trường
domain-safety = An toàn công cộng
domain-utilities = Điện, nước
domain-citizen_services = Phục vụ người dân
domain-security = An toàn thông tin
domain-telecom = Viễn thông

## kpi_status

kpi_status-good = Tốt
kpi_status-neutral = Chưa đánh giá
kpi_status-warning = Chú ý
kpi_status-alert = Báo động
kpi_status-overdue = Trễ hạn mục tiêu

## quality

quality-estimated = Ước tính
quality-suspect = Nghi vấn

## unit

unit-million = triệu
unit-percentage_points = điểm phần trăm
unit-thousand = nghìn
unit-passengers-day = lượt khách/ngày
unit-vehicles = xe
unit-per-day = mỗi ngày
unit-per-hour = mỗi giờ
unit-million-month = triệu/tháng
unit-min = phút
unit-min-yr = phút/năm
unit-ug-m3 = µg/m³

## card

card-no_value = Chưa có giá trị
card-target = Mục tiêu { $value } vào { $due }
card-target_open = Mục tiêu { $value }
card-change-at_time = { $delta } so với lúc { $when }
card-change-on_date = { $delta } so với ngày { $when }
card-change-in_month = { $delta } so với tháng { $when }
card-change-in_quarter = { $delta } so với quý { $quarter }/{ $year }
card-change-in_year = { $delta } so với năm { $year }
card-change_flat = Không đổi so với giá trị trước
card-change_better = tốt hơn
card-change_worse = xấu hơn
card-stale_mark = Dữ liệu cũ
card-measured_at = Đo lúc { $time }
card-expected_every = Cập nhật mỗi { $interval }
card-source = Nguồn: { $source }

## age

age-seconds = { $n } giây
age-minutes = { $n } phút
age-hours = { $n } giờ
age-days = { $n } ngày
age-years = { $n } năm

## freshness

freshness-ago = { $age } trước
freshness-stale = đã cũ: { $age }

## overview

overview-no_data = Chưa có dữ liệu: bộ nhớ đệm chưa có chỉ số nào. Hãy đồng bộ với trung tâm điều hành.
overview-upgrading = Đang nâng cấp bộ nhớ đệm do phiên bản CityDash cũ hơn ghi; dữ liệu sẽ hiện ra ngay.
overview-no_cache = Chưa có bộ nhớ đệm. Dữ liệu sẽ có sau lần đồng bộ đầu tiên với trung tâm điều hành.
overview-cache_error = Không mở được bộ nhớ đệm: { $error }
overview-kpi_count = { $count } chỉ số
overview-filter-domain = Lĩnh vực
overview-filter-all_domains = Tất cả lĩnh vực
overview-filter-search = Tìm chỉ số
overview-filter-search_hint = Tên hoặc mã, tiếng Việt hoặc tiếng Anh
overview-filter-no_match = Không có chỉ số nào khớp với bộ lọc.
overview-filter-clear = Xóa bộ lọc

## sparkline

sparkline-window = { $span } gần nhất
sparkline-last_values = { $count } giá trị gần nhất
sparkline-summary = { $span }: thấp nhất { $low }, cao nhất { $high }

## banner

banner-offline = Ngoại tuyến: đang hiển thị dữ liệu từ lần đồng bộ thành công gần nhất lúc { $time }
banner-offline_never = Ngoại tuyến: không kết nối được trung tâm điều hành và chưa có lần đồng bộ nào thành công
banner-offline_since = Ngoại tuyến từ { $since }: không kết nối được trung tâm điều hành. Đang hiển thị dữ liệu từ lần đồng bộ thành công gần nhất lúc { $time }
banner-cache_gone = Tệp bộ nhớ đệm không còn: đang hiển thị dữ liệu đã đọc trước đó. Dữ liệu sẽ có lại sau lần đồng bộ tới.
banner-cache_failed = Hiện không đọc được bộ nhớ đệm ({ $error }): đang hiển thị dữ liệu đã đọc trước đó.
banner-errors = { $count } tài nguyên đồng bộ lỗi; dữ liệu trước đó vẫn được giữ
banner-error_line = { $resource }: { $message }

## sync

sync-off = Không đồng bộ: chỉ đọc bộ nhớ đệm
sync-waiting = Đang chờ lần đồng bộ đầu tiên
sync-running = Đang đồng bộ…
sync-progress = Đang đồng bộ { $done }/{ $total }
sync-done = Đã đồng bộ
sync-done_with_errors = Đã đồng bộ, { $count } lỗi
sync-waiting_for_another = Đang chờ: một lần đồng bộ khác đang ghi vào bộ nhớ đệm
sync-waiting_for_pid = Đang chờ: một lần đồng bộ khác (tiến trình { $pid }) đang ghi vào bộ nhớ đệm
sync-unreachable = Không kết nối được trung tâm điều hành
sync-offline_since = Ngoại tuyến từ { $since }
sync-pack = Gói báo cáo: chỉ đọc, không đồng bộ
sync-pack_as_of = Tại thời điểm { $time }
sync-server = Máy chủ: { $server }
sync-server_none = Máy chủ: chưa có
sync-last_success = Đồng bộ thành công gần nhất: { $when }
sync-when = { $time } ({ $age } trước)
sync-never = chưa từng đồng bộ
sync-clock_behind = Đồng hồ máy này chậm { $amount } so với trung tâm điều hành: tuổi dữ liệu được tính theo giờ máy chủ
sync-clock_ahead = Đồng hồ máy này nhanh { $amount } so với trung tâm điều hành: tuổi dữ liệu được tính theo giờ máy chủ

## cli

cli-demo-started = Trung tâm điều hành mô phỏng tại { $url }; đang đồng bộ vào { $cache }
cli-serve-listening = Trung tâm điều hành mô phỏng đang chạy tại { $url }
cli-serve-no_auth = Không cần mã truy cập.
cli-token_on_command_line = Cảnh báo: mã truy cập truyền bằng --token có thể bị người dùng khác trên máy này đọc được (trong danh sách tiến trình). Hãy cất nó vào kho khóa bằng `citydash token set`, đặt CITYDASH_TOKEN, hoặc khai báo token_file trong tệp cấu hình trỏ tới một tệp chỉ bạn đọc được.
cli-token-prompt = Mã truy cập (không hiện khi gõ):
cli-token-no_server = Chưa có máy chủ để lưu mã truy cập: hãy ghi --server URL (hoặc đặt server trong tệp cấu hình).
cli-token-bad_server = { $server } không phải địa chỉ http:// hay https:// của một máy chủ.
cli-token-empty = Chưa nhập mã truy cập: hãy gõ vào, hoặc đưa vào đầu vào chuẩn (ví dụ từ một tệp chỉ bạn đọc được).
cli-token-not_a_token = Đó không phải mã truy cập: mã truy cập là một chuỗi ký tự ASCII nhìn thấy được, không có khoảng trắng.
cli-token-stored = Mã truy cập cho { $origin } đã nằm trong kho khóa; mọi lệnh làm việc với máy chủ đó đều dùng nó.
cli-token-stored_kernel = Mã truy cập cho { $origin } đã nằm trong kho khóa của nhân hệ điều hành; mọi lệnh làm việc với máy chủ đó dùng nó cho tới khi máy khởi động lại (không có kho khóa của màn hình nền nào trả lời).
cli-token-not_stored = Không lưu được mã truy cập vào kho khóa (chi tiết: { $detail }). Hãy dùng CITYDASH_TOKEN hoặc token_file.
cli-token-forgotten = Mã truy cập cho { $origin } không còn trong kho khóa.
cli-token-none_stored = Kho khóa không có mã truy cập nào cho { $origin }; không có gì thay đổi.
cli-token-not_forgotten = Không truy cập được kho khóa; không có gì bị xóa (chi tiết: { $detail }).
cli-config-file = tệp cấu hình: { $path }
cli-config-file_none = tệp cấu hình: không có ({ $path } không tồn tại)
cli-config-from_flag = cờ dòng lệnh
cli-config-from_env = biến môi trường { $name }
cli-config-from_file = tệp cấu hình
cli-config-from_token_file = tệp mã truy cập { $path }
cli-config-from_keyring = kho khóa
cli-config-from_keyring_secret_service = kho khóa (Secret Service)
cli-config-from_keyring_kernel = kho khóa (nhân hệ điều hành)
cli-config-from_default = mặc định
cli-config-unset = chưa đặt
cli-config-token_set = (đã đặt; không hiển thị)
cli-config-token_unusable = (không dùng được: { $problem })
cli-config-keyring_used = kho khóa: mã truy cập cho { $origin } lấy từ đây
cli-config-keyring_missing = kho khóa: không có mã truy cập cho { $origin } (citydash token set sẽ lưu một mã)
cli-config-keyring_unreachable = kho khóa: không truy cập được, không dùng (chi tiết: { $detail })
cli-config-keyring_no_server = kho khóa: không tra: chưa đặt máy chủ nào để tìm mã truy cập
cli-config-keyring_bad_server = kho khóa: không tra: máy chủ không phải địa chỉ http:// hay https://
cli-serve-simulated = Toàn bộ dữ liệu là dữ liệu mô phỏng, không phải số liệu thật của thành phố.
cli-serve-stop = Nhấn Ctrl-C để dừng.
cli-serve-token = Mã truy cập: { $token }
cli-status-age = Tuổi
cli-status-id = Mã
cli-status-last_sync = Lần đồng bộ thành công gần nhất: { $time } ({ $age } trước) từ { $server }
cli-status-measured_at = Thời điểm đo
cli-status-name = Chỉ số
cli-status-never_synced = Chưa từng đồng bộ thành công.
cli-status-no_kpis = Bộ nhớ đệm chưa có chỉ số nào: hãy chạy `citydash sync --server URL`.
cli-status-no_server = Chưa biết máy chủ nào: hãy chạy `citydash sync --server URL`.
cli-status-no_value = chưa có giá trị
cli-status-offline = Không kết nối được máy chủ { $server }: đang ngoại tuyến, hiển thị dữ liệu của lần đồng bộ thành công gần nhất.
cli-status-reachable = Máy chủ { $server } đang kết nối được.
cli-status-resource_error = Lần đồng bộ { $resource } lúc { $time } bị lỗi: { $message }
cli-status-stale = CŨ
cli-status-value = Giá trị
cli-sync-connecting = Đang kết nối tới { $server }…
cli-sync-errors = { $count } tài nguyên lỗi; dữ liệu trước đó được giữ nguyên (xem `citydash status`).
cli-sync-resources = { $count } tài nguyên
cli-sync-observations = { $count } quan trắc
cli-sync-tiles = { $count } ô bản đồ
cli-status-refused = Máy chủ { $server } có phản hồi nhưng từ chối mã truy cập (HTTP { $status }): hãy kiểm tra --token hoặc CITYDASH_TOKEN.
cli-status-failing = Máy chủ { $server } phản hồi lỗi (HTTP { $status }): đang hiển thị dữ liệu của lần đồng bộ thành công gần nhất.
cli-sync-notice = { $resource }: { $message }
cli-sync-waiting = Một lần đồng bộ khác đang ghi vào bộ nhớ đệm này; đang chờ nó hoàn tất…
cli-sync-waiting_pid = Một lần đồng bộ khác (tiến trình { $pid }) đang ghi vào bộ nhớ đệm này; đang chờ nó hoàn tất…
cli-sync-stopped = Đã dừng trước khi xong: mọi dữ liệu đã lưu đến lúc đó được giữ nguyên; lần đồng bộ sau sẽ tiếp tục từ đó.
cli-sync-tiles_skipped = Không tải các mức thu phóng { $zooms } của bản đồ nền: hạn mức ô bản đồ { $budget } không đủ chứa (tăng --tile-budget để giữ chúng).
cli-sync-tiles_evicted = Đã xóa { $count } ô bản đồ nền ({ $size }) ở mức thu phóng { $zooms }, sâu nhất và cũ nhất trước, để nằm trong hạn mức { $budget }.
cli-sync-failed = Không thể đồng bộ từ { $server } ({ $seconds } giây): { $reason }. Bộ nhớ đệm giữ nguyên dữ liệu trước đó (xem `citydash status`).
cli-sync-polling = Luồng sự kiện không khả dụng ({ $reason }); chuyển sang hỏi định kỳ.
cli-sync-resource_failed = { $resource }: { $message } (giữ nguyên dữ liệu trước đó)
cli-sync-summary = Đã đồng bộ từ { $server } trong { $seconds } giây: { $changed } thay đổi, { $unchanged } không đổi; lưu { $observations } và { $tiles }.
cli-layers-none = Bộ nhớ đệm chưa có lớp bản đồ nào: hãy chạy `citydash sync`.
cli-layers-id = Lớp
cli-layers-features = Đối tượng
cli-layers-bbox = Phạm vi (kinh độ/vĩ độ)
cli-tiles-none = Bộ nhớ đệm chưa có ô bản đồ nền nào: hãy chạy `citydash sync`.
cli-tiles-summary = Bản đồ nền: { $count } ô, mức thu phóng { $min_zoom }-{ $max_zoom }, { $mebibytes } MiB; ô cũ nhất tải lúc { $oldest }.

## detail

detail-back = ‹ Tổng quan
detail-back_hint = Quay lại tổng quan (Esc)
detail-range_label = Khoảng thời gian

## range

range-day = 24 giờ
range-week = 7 ngày
range-month = 30 ngày
range-year = 1 năm
range-all = Tất cả

## detail

detail-empty = Không có quan sát nào trong khoảng này
detail-loading = Đang đọc biểu đồ từ bộ nhớ đệm…
detail-unknown_kpi = Chỉ số này không có trong danh mục đã đồng bộ.
detail-read_error = Không đọc được chuỗi số liệu từ bộ nhớ đệm: { $error }
detail-series = Kỳ này
detail-previous = Kỳ trước
detail-target = Mục tiêu { $value }
detail-warning = Mức chú ý { $value }
detail-alert = Mức báo động { $value }
detail-warning_low = Mức chú ý (thấp) { $value }
detail-alert_low = Mức báo động (thấp) { $value }
detail-hover =
    { $time }
    { $value }
detail-projection-met = Đã đạt mục tiêu { $target }
detail-projection-on_track = Đúng tiến độ: với tốc độ này, mục tiêu { $target } đạt được { $when }
detail-projection-late = Với tốc độ này, mục tiêu { $target } đạt được { $when }, sau hạn { $due }
detail-projection-not_moving = Chưa tiến về mục tiêu { $target }
detail-projection-years = trong khoảng từ năm { $from } đến năm { $to }
detail-projection-in_year = vào năm { $year }
detail-projection-cannot_tell = Dữ liệu lịch sử quá ít hoặc quá thất thường để biết khi nào đạt mục tiêu { $target }

## map

map-notes_folded = Nguồn và giấy phép của { $count } lớp: trỏ chuột vào đây
map-accessible_name = Bản đồ thành phố: bấm vào một đối tượng để xem chi tiết
map-layers-heading = Lớp bản đồ
map-layer-count = { $count } đối tượng
map-layer-partial = đang hiện { $shown } trên { $total }
map-layer-skipped = bỏ qua { $count } đối tượng không có hình học dùng được
map-layer-not_synced = chưa đồng bộ
map-layer-source = { $title }: { $source }
map-layer-source_simulated = { $title } (mô phỏng): { $source }
map-layer-stale_hint = Cũ hơn hai lần chu kỳ cập nhật: hãy đồng bộ để làm mới
map-layer-history = lịch sử
map-kind-point = điểm
map-kind-line = đường
map-kind-polygon = vùng
map-kind-mixed = hỗn hợp
map-empty-no_layers = Bộ nhớ đệm chưa có lớp bản đồ nào: hãy đồng bộ với trung tâm điều hành để tải về.
map-error-read = Không đọc được bản đồ từ bộ nhớ đệm: { $error }
map-metric-label = Tô màu phường theo
map-legend-range = { $from } – { $to }
map-legend-row = { $range } ({ $count } phường, xã)
map-legend-no_data = { $count } phường, xã không có dữ liệu
map-legend-above = từ { $from } trở lên
map-legend-category = { $name } ({ $range })
map-legend-official_aqi = { $metric }: thang phân loại chính thức của Việt Nam (VN_AQI)
map-legend-quantiles = { $metric }: năm lớp phân vị, mỗi lớp cùng số phường, xã
aqi-category-good = Tốt
aqi-category-moderate = Trung bình
aqi-category-poor = Kém
aqi-category-bad = Xấu
aqi-category-very_bad = Rất xấu
aqi-category-hazardous = Nguy hại
map-key-heading = Ký hiệu
map-level-normal = Bình thường: tô đặc
map-level-warning = Chú ý: một vòng
map-level-alert = Báo động: lớn hơn, hai vòng
map-level-inactive = Đóng hoặc mất kết nối: rỗng, gạch chéo
map-info-close = Đóng
map-info-zoom_to = Phóng tới
map-info-open_kpi = Mở chỉ số: { $kpi }
map-drill-heading = Trong phường, xã này
map-drill-group = { $title } ({ $count })
map-drill-none = Không có
map-drill-capped = đang hiện { $shown } trên ít nhất { $total }: phường có nhiều hơn mức đọc được một lần
map-selection-missing = Bộ nhớ đệm không có đối tượng { $feature } (có thể đã bị xóa ở lần đồng bộ trước).
map-selection-no_geometry = Đối tượng này không có hình học dùng được nên không thể hiện trên bản đồ.
map-attribution = Bản đồ nền: { $text }
map-control-zoom_in = Phóng to
map-control-zoom_in_symbol = +
map-control-zoom_out = Thu nhỏ
map-control-zoom_out_symbol = –
map-control-home = Toàn thành phố
map-time-live = Trực tiếp
map-time-play = Phát
map-time-pause = Tạm dừng
map-time-slider = Thời gian (24 giờ qua)
map-history-live = Đang hiện dữ liệu trực tiếp từ bộ nhớ đệm
map-history-pack = Gói báo cáo tại thời điểm { $time }: không hiển thị gì sau thời điểm đó
map-history-offline = { $offline }: đang hiển thị bộ nhớ đệm như lần đồng bộ gần nhất
map-history-loading = Đang tải các lớp như lúc { $time }…
map-history-showing = Đang hiện lúc { $time }
map-history-no_history = Máy chủ này không lưu lịch sử cho các lớp này
map-history-no_server = Không có máy chủ: xem lịch sử cần kết nối
map-history-failed = Không tải được lúc { $time }: { $message }
map-yes = có
map-no = không
map-status-flood_alert = Báo động ngập
map-status-water_on_street = Có nước trên đường
map-status-dry = Không ngập
map-status-online = Đang hoạt động
map-status-offline = Mất kết nối
map-status-below_alert = Dưới mức báo động
map-status-alert_level = Báo động cấp { $level }
map-status-queue_long = Hàng chờ cấp cứu dài
map-status-queue_busy = Đông
map-status-queue_normal = Bình thường
map-status-closed_now = Đang đóng cửa
map-status-open_now = Đang mở cửa
map-congestion-free = Thông thoáng
map-congestion-light = Đông nhẹ
map-congestion-moderate = Di chuyển chậm
map-congestion-heavy = Ùn tắc nặng
map-congestion-jammed = Kẹt cứng
map-prop-aqi = AQI
map-prop-area_km2 = Diện tích
map-prop-flood_points = Điểm ngập
map-prop-on_time_pct = Hồ sơ đúng hạn
map-prop-population = Dân số
map-prop-reports_1022 = Phản ánh 1022
map-prop-code = Mã
map-prop-kind = Loại
map-prop-demo_boundary = Ranh giới minh họa
map-prop-updated_ms = Cập nhật
map-prop-length_km = Chiều dài
map-prop-opened = Khai trương
map-prop-stations = Số ga
map-prop-order = Thứ tự ga
map-prop-passengers_per_hour = Lượt khách mỗi giờ
map-prop-underground = Ga ngầm
map-prop-demo = Hình minh họa
map-prop-electric = Chạy điện
map-prop-fuel = Nhiên liệu
map-prop-headway_min = Giãn cách
map-prop-operator = Đơn vị vận hành
map-prop-route = Tuyến
map-prop-vehicles = Số xe
map-prop-free_flow_kmh = Tốc độ thông thoáng
map-prop-level = Mức ùn tắc
map-prop-speed_kmh = Tốc độ
map-prop-online = Hoạt động
map-prop-type = Loại
map-prop-violations_today = Vi phạm hôm nay
map-prop-ward_code = Mã phường, xã
map-prop-alert = Báo động
map-prop-depth_cm = Độ sâu ngập
map-prop-rain_mm_h = Lượng mưa
map-prop-trend = Xu hướng
map-prop-alert_level = Cấp báo động
map-prop-alert_levels_m = Mức báo động 1/2/3
map-prop-level_m = Mực nước
map-prop-dominant = Chất ô nhiễm chính
map-prop-no2 = NO2
map-prop-pm10 = PM10
map-prop-pm25 = PM2.5
map-prop-category = Loại sự cố
map-prop-closed_ms = Đóng lúc
map-prop-line = Đường dây
map-prop-minutes_open = Thời gian mở
map-prop-opened_ms = Mở lúc
map-prop-status = Trạng thái
map-prop-ward = Phường, xã
map-prop-ambulances_free = Xe cứu thương sẵn sàng
map-prop-beds = Số giường
map-prop-emergency_queue = Hàng chờ cấp cứu
map-prop-position = Vị trí
map-prop-cases_today = Hồ sơ hôm nay
map-prop-open = Đang mở cửa
map-prop-queue = Hàng chờ
map-prop-source = Nguồn
map-prop-tide_affected = Chịu ảnh hưởng triều
map-value-steady = ổn định
map-value-rising = đang lên
map-value-falling = đang xuống
map-value-ai = AI
map-value-traffic = giao thông
map-value-security = an ninh
map-value-speed = tốc độ
map-value-new = Mới
map-value-in_progress = Đang xử lý
map-value-closed = Đã đóng
map-value-flooding = ngập nước
map-value-waste = rác thải
map-value-street_lighting = chiếu sáng
map-value-noise = tiếng ồn
map-value-fallen_tree = cây đổ
map-value-road_damage = hư hỏng đường
map-value-other = khác
map-value-traffic_accident = tai nạn giao thông
map-value-fire = cháy
map-value-rescue = cứu hộ
map-value-medical = y tế
map-value-electric = điện
map-value-cng = CNG
map-value-diesel = dầu diesel
map-value-hospital = bệnh viện
map-value-ems_station_115 = trạm cấp cứu 115
map-value-approximate = gần đúng
map-value-demo = minh họa
map-value-ward = phường
map-value-commune = xã
map-value-special_zone = đặc khu
map-value-station = ga
map-value-river_area = mặt sông
map-value-river = sông
map-value-canal = kênh
map-value-pm25 = PM2.5
map-value-pm10 = PM10
map-value-no2 = NO2
map-value-line = tuyến

## attention

attention-heading = Cần quan tâm
attention-all_clear = Không có gì cần quan tâm: không chỉ số nào vượt mức báo động hay trễ hạn mục tiêu, không cảnh báo nghiêm trọng nào đang mở, mọi giá trị đều mới.
attention-critical_alert = Cảnh báo nghiêm trọng
attention-stale = Dữ liệu cũ
attention-stale_kpis = { $count } chỉ số không được cập nhật như dự kiến: { $names }
attention-kpi = { $name }: { $value }
attention-kpi_with_target = { $name }: { $value } ({ $target })
attention-count-critical_alerts = { $count } cảnh báo nghiêm trọng đang mở
attention-count-kpis_in_alert = { $count } chỉ số ở mức báo động
attention-count-targets_missed = { $count } mục tiêu trễ hạn
attention-count-stale = { $count } chỉ số dữ liệu cũ
attention-more = +{ $count } mục khác

## Vì sao yêu cầu tới trung tâm điều hành thất bại, và lỗi của bộ nhớ đệm.
failure-refused = không có máy chủ nào trả lời tại địa chỉ của trung tâm điều hành (máy chủ đang tắt hoặc không có ở đó)
failure-unknown_host = mạng không nhận ra tên của trung tâm điều hành (hãy kiểm tra địa chỉ)
failure-no_network = không có kết nối mạng tới trung tâm điều hành
failure-tls = không thiết lập được kết nối bảo mật (chứng chỉ hoặc TLS)
failure-timeout = trung tâm điều hành không trả lời kịp
failure-broken = kết nối bị ngắt khi đang đọc câu trả lời
failure-unauthorized = trung tâm điều hành từ chối mã truy cập (hãy kiểm tra --token hoặc CITYDASH_TOKEN)
failure-http = trung tâm điều hành trả lời bằng một lỗi (HTTP { $status })
failure-too_large = câu trả lời lớn hơn mức cho phép và đã bị bỏ
failure-invalid = câu trả lời không hợp lệ
failure-with_detail = { $reason } (chi tiết: { $detail })
error-bad_server_url = địa chỉ máy chủ không phải URL http(s) hợp lệ: { $url }
error-not_a_cache = tệp này không phải bộ nhớ đệm CityDash; tệp được giữ nguyên ({ $path })
error-newer_schema = bộ nhớ đệm này do một phiên bản CityDash mới hơn ghi (lược đồ { $found }, bản này chỉ đọc tới { $supported }); tệp được giữ nguyên: hãy cập nhật CityDash hoặc chọn tệp bộ nhớ đệm khác ({ $path })
error-older_schema = bộ nhớ đệm này do một phiên bản CityDash cũ hơn ghi; nó được nâng cấp khi mở để ghi ({ $path })
error-cannot_upgrade = bộ nhớ đệm này do một phiên bản CityDash cũ hơn ghi và nằm ở nơi không thể nâng cấp (thư mục hoặc thiết bị chỉ đọc); tệp được giữ nguyên: hãy chép nó tới nơi ghi được và mở bản chép ({ $path })
error-corrupt = bộ nhớ đệm bị hỏng; tệp được giữ nguyên: hãy chuyển nó sang chỗ khác rồi đồng bộ lại ({ $path })
error-no_cache = chưa có bộ nhớ đệm: hãy chạy `citydash sync` trước ({ $path })
error-sync_in_progress = một lần đồng bộ khác đang ghi bộ nhớ đệm này; tệp không bị động tới: hãy thử lại khi lần đó xong ({ $path })
error-sync_in_progress_pid = một lần đồng bộ khác (tiến trình { $pid }) đang ghi bộ nhớ đệm này; tệp không bị động tới: hãy thử lại khi lần đó xong ({ $path })
error-pack = Gói { $path } bị từ chối: { $reason }
error-plan = yêu cầu này không thực hiện được
error-cancelled = quá trình đồng bộ đã dừng trước khi xong; mọi dữ liệu đã lưu tới lúc đó được giữ lại
error-no_layer = bộ nhớ đệm không có lớp { $layer }: hãy đồng bộ lớp này trước
error-cache = không đọc hoặc ghi được bộ nhớ đệm ({ $path })
error-disk_full = ổ đĩa chứa bộ nhớ đệm đã đầy ({ $path }): dữ liệu đã lưu trước đó không bị mất; hãy giải phóng dung lượng rồi đồng bộ lại
error-file = không dùng được một tệp

## Chế độ màn hình phòng họp.
kiosk-problem-line = dòng { $line }: { $problem }
kiosk-problem-syntax = không phải danh sách trang: { $detail }
kiosk-problem-no_pages = danh sách không có trang nào ([[page]])
kiosk-problem-unknown_kind = không có loại trang "{ $kind }" (city-now, overview, map, kpi, alerts)
kiosk-problem-duration = mỗi trang hiển thị từ { $min } đến { $max } giây, không phải { $seconds }
kiosk-problem-alert_duration = một cảnh báo chiếm màn hình từ { $min } đến { $max } giây, không phải { $seconds }
kiosk-problem-hours = giờ phải viết dạng "HH:MM-HH:MM", không phải "{ $text }"
kiosk-problem-day = không phải ngày trong tuần: "{ $text }" (mon, tue, wed, thu, fri, sat, sun)
kiosk-problem-domain = không có lĩnh vực "{ $text }"
kiosk-problem-range = khoảng thời gian của biểu đồ là 24h, 7d, 30d, 1y hoặc all, không phải "{ $text }"
kiosk-problem-center = tâm bản đồ phải viết dạng [vĩ độ, kinh độ]
kiosk-problem-zoom = mức thu phóng từ 1 đến 19, không phải { $zoom }
kiosk-problem-field_not_for = "{ $field }" không dùng cho trang { $kind }
kiosk-problem-missing_kpi = trang kpi cần có kpi = "…"
kiosk-problem-unknown_kpi = danh mục không có chỉ số { $id }
kiosk-problem-unknown_layer = danh mục không có lớp { $id }
kiosk-problem-unknown_metric = phường, xã không có giá trị "{ $id }" để tô màu
kiosk-check-ok = { $path }: danh sách { $count } trang, sẵn sàng phát
kiosk-check-failed = { $path }: { $count } lỗi; màn hình sẽ không phát danh sách này
kiosk-check-no_catalog = Chưa kiểm tra mã chỉ số và lớp: chưa có bộ nhớ đệm đã đồng bộ tại { $path }
kiosk-notice-kept = Không phát được danh sách vừa sửa ({ $problem }); danh sách trước vẫn được phát.
kiosk-notice-default = Không phát được danh sách trang ({ $problem }); đang phát danh sách mặc định.
kiosk-page-city_now = Thành phố lúc này
kiosk-page-overview = Tất cả chỉ số
kiosk-page-map = Bản đồ thành phố
kiosk-page-alerts = Cảnh báo
kiosk-alert-title = Cảnh báo nghiêm trọng
kiosk-alert-waiting =
    { $count ->
        [0] Cảnh báo nghiêm trọng
       *[other] Cảnh báo nghiêm trọng · còn { $count } cảnh báo chờ
    }
kiosk-date = { $weekday }, { $date }
kiosk-weekday-1 = Thứ Hai
kiosk-weekday-2 = Thứ Ba
kiosk-weekday-3 = Thứ Tư
kiosk-weekday-4 = Thứ Năm
kiosk-weekday-5 = Thứ Sáu
kiosk-weekday-6 = Thứ Bảy
kiosk-weekday-7 = Chủ Nhật
kiosk-progress = Trang { $position }/{ $of }
kiosk-reading = Đang đọc từ bộ nhớ đệm…
kiosk-more_kpis = và { $count } chỉ số khác trên bảng điều khiển
kiosk-no_open_alerts = Không có cảnh báo nào đang mở.
kiosk-more_alerts = và { $count } cảnh báo khác đang mở

## Gói báo cáo.
cli-kiosk-untrusted_pack = { $path }: không phát: { $signature }. Màn hình tường không thể hỏi có tin cậy khóa này không: hãy tin cậy khóa trước (citydash trust add KEYFILE.pub) hoặc chỉ định bằng --trust.
cli-brief-rendered = Đã ghi { $path }: { $pages } trang ({ $kib } KiB), { $kpis } chỉ số và { $alerts } cảnh báo. { $as_of }. Thực hiện trong { $secs } giây.
cli-pack-exported = Đã ghi { $path } ({ $mib } MiB). Chỉ số: { $kpis } ({ $observations } giá trị, { $alerts } cảnh báo); lớp: { $layers } ({ $features } đối tượng); ô bản đồ nền: { $tiles }.
cli-pack-refused = { $path }: bị từ chối: { $reason }
pack-refused-unreadable = không đọc được tệp ({ $detail })
pack-refused-not_sqlite = đây không phải tệp SQLite
pack-refused-not_a_pack = đây là tệp SQLite nhưng không phải gói (không có bản kê)
pack-refused-damaged = tệp bị hỏng ({ $detail })
pack-refused-bad_manifest = không đọc được bản kê ({ $detail })
pack-refused-newer = gói do một phiên bản CityDash mới hơn ghi (định dạng { $found }; bản này đọc được { $supported })
pack-refused-changed = nội dung không khớp với bản kê: gói đã bị thay đổi sau khi tạo
pack-refused-bad_signature = chữ ký không hợp lệ ({ $detail })
pack-signature-unsigned = chưa ký: không ai bảo đảm người tạo
pack-signature-trusted = do { $name } ký ({ $fingerprint })
pack-signature-unknown = được ký bằng một khóa bạn chưa tin cậy, tự xưng là "{ $name }" ({ $fingerprint })
pack-consent-heading = Gói này được ký bằng một khóa bạn chưa tin cậy
pack-consent-pack = "{ $title }", tại thời điểm { $as_of }
pack-consent-advice = Ai cũng có thể tạo khóa và đặt bất kỳ tên nào. Chỉ mở khi bạn biết tệp đến từ đâu, hoặc hãy đối chiếu dấu vân tay với người ký qua một kênh khác. Tin cậy khóa (citydash trust add) để không phải hỏi lại.
pack-consent-open = Vẫn mở
pack-consent-cancel = Không mở
pack-checking = Đang kiểm tra gói { $path }…
pack-refused_notice = Gói { $path } không được mở: { $reason }. Nội dung đang hiển thị được giữ nguyên.
pack-dismiss = Đóng thông báo
pack-close = Đóng gói
pack-key-file = { $path }: { $detail }
pack-key-not_public = không phải khóa công khai CityDash (cần dạng "citydash-ed25519 <base64> <tên>"): { $text }
pack-key-not_private = không phải khóa bí mật CityDash (cần dạng "citydash-ed25519-secret <base64> <tên>")
pack-key-shared = { $path }: người khác có thể đọc khóa bí mật này; chỉ cho chủ sở hữu đọc (chmod 600) và tạo khóa mới nếu nó đã bị chia sẻ
pack-banner-title = Gói báo cáo: { $title } (chỉ đọc, không đồng bộ)
pack-banner-as_of = Tại thời điểm { $time }; tuổi dữ liệu tính từ thời điểm đó
pack-banner-source = Nguồn: { $source }
pack-banner-unknown_source = không ghi nhận
pack-banner-good_until = Dùng được đến { $time }
pack-banner-expired = Đã hết hạn lúc { $time }
pack-banner-no_expiry = Không có hạn dùng
cli-pack-info-author = Người tạo: { $value }
cli-pack-info-source = Nguồn: { $value }
cli-pack-info-as_of = Tại thời điểm: { $value }
cli-pack-info-created = Tạo lúc: { $value }
cli-pack-info-expires = Dùng được đến: { $value }
cli-pack-info-kpis = Chỉ số: { $value }
cli-pack-info-window = Khoảng thời gian: { $value }
cli-pack-info-layers = Lớp: { $value }
cli-pack-info-digest = SHA-256 nội dung: { $value }
cli-pack-valid = { $path }: hợp lệ, { $signature }: "{ $title }" tại thời điểm { $as_of }; { $expiry }
cli-pack-valid_expired = { $path }: hợp lệ nhưng đã hết hạn, { $signature }: "{ $title }" tại thời điểm { $as_of }; { $expiry }
cli-pack-expiry-until = dùng được đến { $time }
cli-pack-expiry-expired = đã hết hạn lúc { $time }
cli-pack-expiry-none = không có hạn dùng
cli-pack-trust_hint = Hãy đối chiếu dấu vân tay với người ký qua một kênh khác; để tin cậy khóa: citydash trust add { $key } --name "…"
cli-pack-exported_window = Khoảng thời gian: { $from } – { $to } (gói cho thấy thành phố tại thời điểm cuối).
cli-pack-exported_signed = Do { $name } ký ({ $fingerprint }).
cli-pack-exported_unsigned = Chưa ký (--sign KEYFILE để ký).
cli-pack-step-copying = đang sao chép bộ nhớ đệm
cli-pack-step-cutting = đang giữ lại chỉ số, khoảng thời gian, lớp, vùng và mức thu phóng đã chọn
cli-pack-step-compacting = đang thu gọn
cli-pack-step-sealing = đang tính mã băm nội dung và ký
cli-pack-info-signature = Chữ ký: { $value }
cli-pack-info-area = Vùng: { $value }
cli-pack-info-zooms = Mức thu phóng bản đồ nền: { $value }
cli-pack-info-tiles = Ô bản đồ nền: { $value }
cli-keygen-written = Đã ghi khóa bí mật { $private } (chỉ bạn đọc được: hãy giữ kín) và khóa công khai { $public }. Dấu vân tay: { $fingerprint }.
cli-trust-added = Đã tin cậy { $name } ({ $fingerprint }): các gói do khóa này ký sẽ mở mà không cần hỏi.
cli-trust-renamed = Khóa đã được tin cậy; nay mang tên { $name } ({ $fingerprint }).
cli-trust-none = Chưa có khóa tin cậy nào ({ $path }). Thêm bằng: citydash trust add KEYFILE.pub
cli-trust-not_found = Không có khóa tin cậy nào là { $which }; không thay đổi gì.
cli-trust-removed = Không còn tin cậy: { $name } ({ $fingerprint }).

## Briefing documents
brief-default_title = Báo cáo điều hành
brief-headlines = Chỉ số chính
brief-charts = Diễn biến trong kỳ
brief-alerts = Cảnh báo trong kỳ
brief-notes = Ghi chú
brief-column-kpi = Chỉ số
brief-column-value = Giá trị
brief-column-change = Thay đổi trong kỳ
brief-column-status = Tình trạng
brief-column-measured_at = Thời điểm đo
brief-no_alerts = Không có cảnh báo nào trong kỳ.
brief-no_notes = Không có ghi chú.
brief-no_data = Không có số liệu trong kỳ.
brief-page = Trang
brief-legend = Chú giải
brief-as_of = Tại thời điểm { $time }
brief-period = Kỳ báo cáo: { $from } – { $to }
brief-source = Nguồn: { $source }
brief-signature = Gói { $signature }
brief-from_cache = Lấy từ bộ nhớ đệm (không phải gói đã ký)
brief-footer_pack = SHA-256 của gói { $digest }
brief-footer_cache = Lấy từ bộ nhớ đệm: không có mã băm gói
brief-chart-series = nét liền: { $label }
brief-chart-previous = nét đứt màu xám: { $label }
brief-maps = Bản đồ
brief-no_map = Nguồn dữ liệu không có lớp bản đồ nào để vẽ.
brief-error-pack = gói bị từ chối: { $reason }
brief-error-spec = không dùng được tệp mô tả báo cáo: { $detail }
brief-error-kpis = danh mục của nguồn dữ liệu không có chỉ số { $ids }
brief-error-layers = danh mục của nguồn dữ liệu không có lớp { $ids }
brief-error-no_catalog = nguồn dữ liệu chưa có danh mục: hãy đồng bộ bộ nhớ đệm trước
brief-error-layout = không dàn trang được tài liệu: { $detail }

## Ứng dụng báo cáo (CityDash Briefing)
briefing-title = CityDash Briefing
briefing-open_pack = Mở gói dữ liệu…
briefing-pack_files = Gói báo cáo và bộ nhớ đệm
briefing-use_cache = Dùng bộ nhớ đệm trên máy
briefing-source = Nguồn dữ liệu
briefing-no_source = Chưa mở nguồn nào: hãy mở một gói báo cáo, hoặc dùng bộ nhớ đệm mà bảng điều khiển đồng bộ.
briefing-drop_hint = Cũng có thể kéo thả một tệp .citybrief vào cửa sổ này.
briefing-compose = Soạn báo cáo
briefing-doc_title = Tiêu đề (để trống để dùng tiêu đề thường lệ)
briefing-doc_lang = Ngôn ngữ của báo cáo
briefing-period = Khoảng thời gian
briefing-period-24h = 24 giờ qua
briefing-period-7d = 7 ngày qua
briefing-period-30d = 30 ngày qua
briefing-sections = Các phần
briefing-section-cover = Trang bìa
briefing-section-headlines = Số liệu chính
briefing-section-charts = Biểu đồ
briefing-section-maps = Trang bản đồ
briefing-section-alerts = Cảnh báo trong kỳ
briefing-section-notes = Ghi chú
briefing-kpis = Chỉ số
briefing-kpis-all = Tất cả
briefing-kpis-none = Bỏ chọn
briefing-notes = Ghi chú (in nguyên văn)
briefing-save_pdf = Lưu PDF…
briefing-present = Trình chiếu
briefing-preview = Xem trước báo cáo
briefing-rendering = Đang dàn trang…
briefing-page_of = Trang { $page }/{ $pages }
briefing-present_help = Phím mũi tên để chuyển trang · Esc để thoát
briefing-lang-en = English
briefing-lang-vi = Tiếng Việt
briefing-ui_lang = Ngôn ngữ của ứng dụng
briefing-empty_preview = Các trang báo cáo sẽ hiện ở đây khi đã mở một nguồn dữ liệu.
briefing-rendered = { $pages } trang · { $kpis } chỉ số · { $alerts } cảnh báo · dàn trang trong { $ms } ms
briefing-saved = Đã lưu { $path } ({ $pages } trang, { $kib } KiB).
briefing-data_age = Dữ liệu tại thời điểm { $time } · cách đây { $age }
briefing-error-no_source = Hãy mở một gói dữ liệu hoặc bộ nhớ đệm trước.
briefing-error-no_cache_path = Không tìm thấy thư mục người dùng để tìm bộ nhớ đệm: hãy chạy ứng dụng với --cache TỆP.
briefing-error-nothing_to_save = Chưa có gì để lưu: báo cáo chưa được dàn trang.
briefing-error-save = Không thể lưu { $path }: { $detail }
briefing-error-window = Không thể chuyển cửa sổ sang toàn màn hình: { $detail }
