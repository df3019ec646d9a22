# CityDash: every user-visible text, in English (Project Fluent, https://projectfluent.org).
# Message ids are the code's keys with '-' for '.' (and for any other character an id cannot hold); counted texts select on $count.


## app

app-title = CityDash
app-city_unknown = Operations overview

## nav

nav-overview = Overview
nav-map = Map
nav-alerts = Alerts
nav-alerts_count = Alerts ({ $count })

## alerts

alerts-title = Alerts
alerts-counts = { $active } active, { $critical } critical
alerts-showing = Showing { $shown } of { $total }
alerts-severity-info = Info
alerts-severity-warning = Warning
alerts-severity-critical = Critical
alerts-status-active = Active
alerts-status-acknowledged = Acknowledged
alerts-status-resolved = Resolved
alerts-filter-min_severity = Minimum severity
alerts-filter-unresolved_only = Unresolved only
alerts-filter-search = Search alerts
alerts-filter-search_hint = Words in the title or text
alerts-filter-clear = Clear alert filter
alerts-empty = No alerts in the cache.
alerts-no_match = No alerts match the filter ({ $count } hidden).
alerts-when = { $time } · { $age } ago
alerts-kpi = KPI { $kpi } ({ $id })
alerts-feature = Map: { $layer } / { $feature }
alerts-open_kpi = Open the chart of { $kpi }
alerts-show_feature_on_map = Show { $feature } on the map
alerts-show_on_map = Show on the map ({ $layer })
alerts-toast-more = +{ $count } more
alerts-toast-dismiss = Dismiss alert
alerts-toast-dismiss_all = Dismiss all alerts

## lang

lang-en = English
lang-vi = Tiếng Việt
lang-label = Language

## theme

theme-label = Theme
theme-dark = Dark
theme-light = Light

## format

format-date = %Y-%m-%d
format-axis_date = %d %b
format-axis_time = %H:%M
format-axis_year = %Y
format-month = %b %Y
format-datetime = %Y-%m-%d %H:%M
format-decimal_separator = { "." }
format-thousands_separator = ,

## notice

notice-simulated = Simulated demo data, not the city's real figures
notice-simulated_short = Simulated

## domain

domain-digital_government = Digital government
domain-digital_economy = Digital economy
domain-payments = Payments
domain-mobility = Mobility
domain-environment = Environment
domain-safety = Public safety
domain-utilities = Utilities
domain-citizen_services = Citizen services
domain-security = Cybersecurity
domain-telecom = Telecom

## kpi_status

kpi_status-good = Good
kpi_status-neutral = Not rated
kpi_status-warning = Warning
kpi_status-alert = Alert
kpi_status-overdue = Target missed

## quality

quality-estimated = Estimated
quality-suspect = Suspect

## unit

unit-million = million
unit-percentage_points = percentage points
unit-thousand = thousand
unit-passengers-day = passengers/day
unit-vehicles = vehicles
unit-per-day = per day
unit-per-hour = per hour
unit-million-month = million/month
unit-min = min
unit-min-yr = min/year
unit-ug-m3 = µg/m³

## card

card-no_value = No value yet
card-target = Target { $value } by { $due }
card-target_open = Target { $value }
card-change-at_time = { $delta } since { $when }
card-change-on_date = { $delta } since { $when }
card-change-in_month = { $delta } since { $when }
card-change-in_quarter = { $delta } since Q{ $quarter } { $year }
card-change-in_year = { $delta } since { $year }
card-change_flat = No change since the previous value
card-change_better = better
card-change_worse = worse
card-stale_mark = Stale
card-measured_at = Measured at { $time }
card-expected_every = Expected every { $interval }
card-source = Source: { $source }

## age

age-seconds = { $n } s
age-minutes = { $n } min
age-hours = { $n } h
age-days = { $n } d
age-years = { $n } y

## freshness

freshness-ago = { $age } ago
freshness-stale = stale: { $age }

## overview

overview-no_data = No data yet: the cache holds no KPIs. Sync with the operations center to fill it.
overview-upgrading = Upgrading the cache written by an older CityDash; the data shows in a moment.
overview-no_cache = No cache yet. It fills in after the first sync with the operations center.
overview-cache_error = Could not open the cache: { $error }
overview-kpi_count = { $count } KPIs
overview-filter-domain = Domain
overview-filter-all_domains = All domains
overview-filter-search = Search KPIs
overview-filter-search_hint = Name or ID, in English or Vietnamese
overview-filter-no_match = No KPI matches the filter.
overview-filter-clear = Clear filter

## sparkline

sparkline-window = Last { $span }
sparkline-last_values =
    { $count ->
        [one] The last value
       *[other] Last { $count } values
    }
sparkline-summary = { $span }: low { $low }, high { $high }

## banner

banner-offline = Offline: showing data from the last successful sync at { $time }
banner-offline_never = Offline: the operations center could not be reached, and no sync has succeeded yet
banner-offline_since = Offline since { $since }: the operations center cannot be reached. Showing data from the last successful sync at { $time }
banner-cache_gone = The cache file is gone: showing what was read from it before. It comes back with the next sync.
banner-cache_failed = The cache cannot be read now ({ $error }): showing what was read from it before.
banner-errors = Resources that failed to sync: { $count }; their previous data is kept
banner-error_line = { $resource }: { $message }

## sync

sync-off = Sync off: reading the cache only
sync-waiting = Waiting for the first sync
sync-running = Syncing…
sync-progress = Syncing { $done }/{ $total }
sync-done = Synced
sync-done_with_errors =
    { $count ->
        [one] Synced with 1 error
       *[other] Synced with { $count } errors
    }
sync-waiting_for_another = Waiting: another sync is writing the cache
sync-waiting_for_pid = Waiting: another sync (process { $pid }) is writing the cache
sync-unreachable = Operations center unreachable
sync-offline_since = Offline since { $since }
sync-pack = Briefing pack: read-only, not synced
sync-pack_as_of = As of { $time }
sync-server = Server: { $server }
sync-server_none = Server: none yet
sync-last_success = Last successful sync: { $when }
sync-when = { $time } ({ $age } ago)
sync-never = never synced
sync-clock_behind = This computer's clock is { $amount } behind the operations center's: ages are counted from the server's clock
sync-clock_ahead = This computer's clock is { $amount } ahead of the operations center's: ages are counted from the server's clock

## cli

cli-demo-started = Simulated operations center on { $url }; syncing into { $cache }
cli-serve-listening = Simulated operations center listening on { $url }
cli-serve-no_auth = No token required.
cli-token_on_command_line = Warning: a token given with --token can be read by other users of this machine (in the process list). Keep it in the keyring with `citydash token set`, set CITYDASH_TOKEN, or name a file only you may read with token_file in the config file.
cli-token-prompt = Token (not shown while typed):
cli-token-no_server = No server to store the token for: name it with --server URL (or set server in the config file).
cli-token-bad_server = { $server } is not an http:// or https:// address of a server.
cli-token-empty = No token was given: type it, or send it on standard input (for example from a file only you may read).
cli-token-not_a_token = That is not a token: a token is one word of visible ASCII characters, with no spaces.
cli-token-stored = The token for { $origin } is in the keyring; every command that talks to that server uses it.
cli-token-stored_kernel = The token for { $origin } is in the kernel's keyring; every command that talks to that server uses it until the machine restarts (no desktop keyring answered).
cli-token-not_stored = The token could not be stored in the keyring (details: { $detail }). Use CITYDASH_TOKEN or token_file instead.
cli-token-forgotten = The token for { $origin } is no longer in the keyring.
cli-token-none_stored = The keyring holds no token for { $origin }; nothing was changed.
cli-token-not_forgotten = The keyring could not be reached; nothing was removed (details: { $detail }).
cli-config-file = config file: { $path }
cli-config-file_none = config file: none ({ $path } does not exist)
cli-config-from_flag = flag
cli-config-from_env = environment { $name }
cli-config-from_file = config file
cli-config-from_token_file = token file { $path }
cli-config-from_keyring = keyring
cli-config-from_keyring_secret_service = keyring (Secret Service)
cli-config-from_keyring_kernel = keyring (kernel)
cli-config-from_default = default
cli-config-unset = not set
cli-config-token_set = (set; not shown)
cli-config-token_unusable = (unusable: { $problem })
cli-config-keyring_used = keyring: the token for { $origin } comes from it
cli-config-keyring_missing = keyring: no token for { $origin } (citydash token set stores one)
cli-config-keyring_unreachable = keyring: not reachable, not used (details: { $detail })
cli-config-keyring_no_server = keyring: not asked: no server is set to look a token up for
cli-config-keyring_bad_server = keyring: not asked: the server is not an http:// or https:// address
cli-serve-simulated = All data is simulated demo data, not the city's real figures.
cli-serve-stop = Press Ctrl-C to stop.
cli-serve-token = Token: { $token }
cli-status-age = Age
cli-status-id = ID
cli-status-last_sync = Last successful sync: { $time } ({ $age } ago) from { $server }
cli-status-measured_at = Measured (city)
cli-status-name = KPI
cli-status-never_synced = Never synced successfully.
cli-status-no_kpis = The cache holds no KPIs yet: run `citydash sync --server URL`.
cli-status-no_server = No server known: run `citydash sync --server URL`.
cli-status-no_value = no value yet
cli-status-offline = Server { $server } is unreachable: offline, showing the data of the last successful sync.
cli-status-reachable = Server { $server } is reachable.
cli-status-resource_error = Last sync of { $resource } failed at { $time }: { $message }
cli-status-stale = STALE
cli-status-value = Value
cli-sync-connecting = Connecting to { $server }…
cli-sync-errors =
    { $count ->
        [one] 1 resource failed; its previous data is kept (see `citydash status`).
       *[other] { $count } resources failed; their previous data is kept (see `citydash status`).
    }
cli-sync-resources =
    { $count ->
        [one] { $count } resource
       *[other] { $count } resources
    }
cli-sync-observations =
    { $count ->
        [one] { $count } observation
       *[other] { $count } observations
    }
cli-sync-tiles =
    { $count ->
        [one] { $count } tile
       *[other] { $count } tiles
    }
cli-status-refused = Server { $server } answers but refuses the token (HTTP { $status }): check --token or CITYDASH_TOKEN.
cli-status-failing = Server { $server } answers with an error (HTTP { $status }): showing the data of the last successful sync.
cli-sync-notice = { $resource }: { $message }
cli-sync-waiting = Another sync is writing this cache; waiting for it to finish…
cli-sync-waiting_pid = Another sync (process { $pid }) is writing this cache; waiting for it to finish…
cli-sync-stopped = Stopped before the end: everything stored until then is kept; the next sync goes on from there.
cli-sync-tiles_skipped =
    { $count ->
        [one] Basemap zoom { $zooms } was not fetched: the tile budget of { $budget } cannot hold it (raise --tile-budget to keep it).
       *[other] Basemap zooms { $zooms } were not fetched: the tile budget of { $budget } cannot hold them (raise --tile-budget to keep them).
    }
cli-sync-tiles_evicted = Evicted { $count } basemap tiles ({ $size }) of zooms { $zooms }, the deepest and oldest first, to stay within the tile budget of { $budget }.
cli-sync-failed = Could not sync from { $server } ({ $seconds } s): { $reason }. The cache keeps its previous data (see `citydash status`).
cli-sync-polling = The event stream is not available ({ $reason }); polling instead.
cli-sync-resource_failed = { $resource }: { $message } (previous data kept)
cli-sync-summary = Synced from { $server } in { $seconds } s: { $changed } changed, { $unchanged } unchanged; { $observations } and { $tiles } stored.
cli-layers-none = The cache holds no map layers yet: run `citydash sync`.
cli-layers-id = Layer
cli-layers-features = Features
cli-layers-bbox = Extent (lon/lat)
cli-tiles-none = The cache holds no basemap tiles yet: run `citydash sync`.
cli-tiles-summary = Basemap: { $count } tiles, zooms { $min_zoom }-{ $max_zoom }, { $mebibytes } MiB; oldest fetched { $oldest }.

## detail

detail-back = ‹ Overview
detail-back_hint = Back to the overview (Esc)
detail-range_label = Range

## range

range-day = 24 h
range-week = 7 d
range-month = 30 d
range-year = 1 y
range-all = All

## detail

detail-empty = No observations in this range
detail-loading = Reading the chart from the cache…
detail-unknown_kpi = This KPI is not in the synced catalog.
detail-read_error = Could not read the series from the cache: { $error }
detail-series = This period
detail-previous = Previous period
detail-target = Target { $value }
detail-warning = Warning { $value }
detail-alert = Alert { $value }
detail-warning_low = Warning (low) { $value }
detail-alert_low = Alert (low) { $value }
detail-hover =
    { $time }
    { $value }
detail-projection-met = Target of { $target } met
detail-projection-on_track = On track: at this pace the target of { $target } is reached { $when }
detail-projection-late = At this pace the target of { $target } is reached { $when }, after its due date { $due }
detail-projection-not_moving = Not moving toward the target of { $target }
detail-projection-years = between { $from } and { $to }
detail-projection-in_year = in { $year }
detail-projection-cannot_tell = Too little or too uneven history to tell when the target of { $target } is reached

## map

map-notes_folded = Sources and licences of { $count } layers: point here
map-accessible_name = City map: click a feature for its details
map-layers-heading = Map layers
map-layer-count = { $count } features
map-layer-partial = showing { $shown } of { $total }
map-layer-skipped = { $count } features without usable geometry skipped
map-layer-not_synced = not synced yet
map-layer-source = { $title }: { $source }
map-layer-source_simulated = { $title } (simulated): { $source }
map-layer-stale_hint = Older than twice its update interval: sync to refresh
map-layer-history = history
map-kind-point = points
map-kind-line = lines
map-kind-polygon = areas
map-kind-mixed = mixed
map-empty-no_layers = No map layers in the cache yet: sync with the operations center to fetch them.
map-error-read = Could not read the map from the cache: { $error }
map-metric-label = Colour wards by
map-legend-range = { $from } – { $to }
map-legend-row = { $range } ({ $count } wards)
map-legend-no_data = { $count } wards without data
map-legend-above = { $from } and above
map-legend-category = { $name } ({ $range })
map-legend-official_aqi = { $metric }: Vietnam's official categories (VN_AQI)
map-legend-quantiles = { $metric }: five quantile classes, as many wards in each
aqi-category-good = Good
aqi-category-moderate = Moderate
aqi-category-poor = Poor
aqi-category-bad = Bad
aqi-category-very_bad = Very bad
aqi-category-hazardous = Hazardous
map-key-heading = Symbols
map-level-normal = Normal: filled
map-level-warning = Warning: one ring
map-level-alert = Alert: larger, two rings
map-level-inactive = Closed or offline: hollow, struck through
map-info-close = Close
map-info-zoom_to = Zoom to
map-info-open_kpi = Open KPI: { $kpi }
map-drill-heading = Inside this ward
map-drill-group = { $title } ({ $count })
map-drill-none = None
map-drill-capped = showing { $shown } of at least { $total }: the ward holds more than can be read at once
map-selection-missing = The cache has no feature { $feature } (it may have been removed by the last sync).
map-selection-no_geometry = This feature has no usable geometry, so it cannot be shown on the map.
map-attribution = Basemap: { $text }
map-control-zoom_in = Zoom in
map-control-zoom_in_symbol = +
map-control-zoom_out = Zoom out
map-control-zoom_out_symbol = –
map-control-home = Whole city
map-time-live = Live
map-time-play = Play
map-time-pause = Pause
map-time-slider = Time (last 24 hours)
map-history-live = Showing live data from the cache
map-history-pack = The briefing pack as of { $time }: nothing after that time is shown
map-history-offline = { $offline }: showing the cache as last synced
map-history-loading = Loading the layers as they were at { $time }…
map-history-showing = Showing { $time }
map-history-no_history = This server keeps no history for these layers
map-history-no_server = No server: history needs a connection
map-history-failed = Could not load { $time }: { $message }
map-yes = yes
map-no = no
map-status-flood_alert = Flood alert
map-status-water_on_street = Water on the street
map-status-dry = No flooding
map-status-online = Online
map-status-offline = Offline
map-status-below_alert = Below alert levels
map-status-alert_level = Alert level { $level }
map-status-queue_long = Long emergency queue
map-status-queue_busy = Busy
map-status-queue_normal = Normal load
map-status-closed_now = Closed now
map-status-open_now = Open
map-congestion-free = Free flow
map-congestion-light = Light traffic
map-congestion-moderate = Slow traffic
map-congestion-heavy = Heavy congestion
map-congestion-jammed = Jammed
map-prop-aqi = AQI
map-prop-area_km2 = Area
map-prop-flood_points = Flood points
map-prop-on_time_pct = Cases on time
map-prop-population = Population
map-prop-reports_1022 = 1022 reports
map-prop-code = Code
map-prop-kind = Kind
map-prop-demo_boundary = Demo boundary
map-prop-updated_ms = Updated
map-prop-length_km = Length
map-prop-opened = Opened
map-prop-stations = Stations
map-prop-order = Station number
map-prop-passengers_per_hour = Passengers per hour
map-prop-underground = Underground
map-prop-demo = Demo shape
map-prop-electric = Electric
map-prop-fuel = Fuel
map-prop-headway_min = Headway
map-prop-operator = Operator
map-prop-route = Route
map-prop-vehicles = Vehicles
map-prop-free_flow_kmh = Free-flow speed
map-prop-level = Congestion level
map-prop-speed_kmh = Speed
map-prop-online = Online
map-prop-type = Type
map-prop-violations_today = Violations today
map-prop-ward_code = Ward code
map-prop-alert = Alert
map-prop-depth_cm = Water depth
map-prop-rain_mm_h = Rain
map-prop-trend = Trend
map-prop-alert_level = Alert level
map-prop-alert_levels_m = Alert levels 1/2/3
map-prop-level_m = Water level
map-prop-dominant = Main pollutant
map-prop-no2 = NO2
map-prop-pm10 = PM10
map-prop-pm25 = PM2.5
map-prop-category = Category
map-prop-closed_ms = Closed
map-prop-line = Hotline
map-prop-minutes_open = Open for
map-prop-opened_ms = Opened
map-prop-status = Status
map-prop-ward = Ward
map-prop-ambulances_free = Ambulances free
map-prop-beds = Beds
map-prop-emergency_queue = Emergency queue
map-prop-position = Position
map-prop-cases_today = Cases today
map-prop-open = Open now
map-prop-queue = Queue
map-prop-source = Source
map-prop-tide_affected = Tide-affected
map-value-steady = steady
map-value-rising = rising
map-value-falling = falling
map-value-ai = AI
map-value-traffic = traffic
map-value-security = security
map-value-speed = speed
map-value-new = New
map-value-in_progress = In progress
map-value-closed = Closed
map-value-flooding = flooding
map-value-waste = waste
map-value-street_lighting = street lighting
map-value-noise = noise
map-value-fallen_tree = fallen tree
map-value-road_damage = road damage
map-value-other = other
map-value-traffic_accident = traffic accident
map-value-fire = fire
map-value-rescue = rescue
map-value-medical = medical
map-value-electric = electric
map-value-cng = CNG
map-value-diesel = diesel
map-value-hospital = hospital
map-value-ems_station_115 = 115 ambulance station
map-value-approximate = approximate
map-value-demo = demo
map-value-ward = ward
map-value-commune = commune
map-value-special_zone = special zone
map-value-station = station
map-value-river_area = river area
map-value-river = river
map-value-canal = canal
map-value-pm25 = PM2.5
map-value-pm10 = PM10
map-value-no2 = NO2
map-value-line = line

## attention

attention-heading = Needs attention
attention-all_clear = Nothing needs attention: no KPI past its alert level or its target's due date, no critical alert open, every value up to date.
attention-critical_alert = Critical alert
attention-stale = Stale
attention-stale_kpis =
    { $count ->
        [one] 1 KPI not updated as expected: { $names }
       *[other] { $count } KPIs not updated as expected: { $names }
    }
attention-kpi = { $name }: { $value }
attention-kpi_with_target = { $name }: { $value } ({ $target })
attention-count-critical_alerts =
    { $count ->
        [one] 1 critical alert open
       *[other] { $count } critical alerts open
    }
attention-count-kpis_in_alert =
    { $count ->
        [one] 1 KPI in alert
       *[other] { $count } KPIs in alert
    }
attention-count-targets_missed =
    { $count ->
        [one] 1 target missed
       *[other] { $count } targets missed
    }
attention-count-stale =
    { $count ->
        [one] 1 KPI stale
       *[other] { $count } KPIs stale
    }
attention-more = +{ $count } more

## Why a request to the operations center failed, and errors of the cache.
failure-refused = nothing answers at the operations center's address (the server is down or not there)
failure-unknown_host = the network does not know the operations center's name (check the address)
failure-no_network = there is no network connection to the operations center
failure-tls = a secure connection could not be set up (certificate or TLS)
failure-timeout = the operations center did not answer in time
failure-broken = the connection broke while the answer was being read
failure-unauthorized = the operations center refused the token (check --token or CITYDASH_TOKEN)
failure-http = the operations center answered with an error (HTTP { $status })
failure-too_large = the answer was larger than allowed and was discarded
failure-invalid = the answer was not valid
failure-with_detail = { $reason } (details: { $detail })
error-bad_server_url = the server address is not a valid http(s) URL: { $url }
error-not_a_cache = this file is not a CityDash cache; it was left as it is ({ $path })
error-newer_schema = this cache was written by a newer CityDash (cache schema { $found }, this build knows up to { $supported }); it was left unchanged: update CityDash or choose another cache file ({ $path })
error-older_schema = this cache was written by an older CityDash; it is upgraded when opened for writing ({ $path })
error-cannot_upgrade = this cache was written by an older CityDash and sits where it cannot be upgraded (a read-only folder or medium); it was left unchanged: copy it somewhere writable and open the copy ({ $path })
error-corrupt = the cache is damaged; it was left as it is: move it aside and sync again ({ $path })
error-no_cache = there is no cache yet: run `citydash sync` first ({ $path })
error-sync_in_progress = another sync is writing this cache; it was not touched: try again when that one has finished ({ $path })
error-sync_in_progress_pid = another sync (process { $pid }) is writing this cache; it was not touched: try again when that one has finished ({ $path })
error-pack = the pack { $path } was refused: { $reason }
error-plan = this request cannot be met
error-cancelled = the sync was stopped before it finished; everything stored until then is kept
error-no_layer = the cache holds no layer { $layer }: sync it first
error-cache = the cache could not be read or written ({ $path })
error-disk_full = the disk that holds the cache is full ({ $path }): nothing stored before was lost; free some space and sync again
error-file = a file could not be used

## The kiosk: a meeting-room wall.
kiosk-problem-line = line { $line }: { $problem }
kiosk-problem-syntax = not a playlist: { $detail }
kiosk-problem-no_pages = the playlist has no [[page]]
kiosk-problem-unknown_kind = no kind of page is called "{ $kind }" (city-now, overview, map, kpi, alerts)
kiosk-problem-duration = a page shows for { $min } to { $max } seconds, not { $seconds }
kiosk-problem-alert_duration = an alert holds the screen for { $min } to { $max } seconds, not { $seconds }
kiosk-problem-hours = hours are written "HH:MM-HH:MM", not "{ $text }"
kiosk-problem-day = not a day of the week: "{ $text }" (mon, tue, wed, thu, fri, sat, sun)
kiosk-problem-domain = no domain is called "{ $text }"
kiosk-problem-range = a chart's range is 24h, 7d, 30d, 1y or all, not "{ $text }"
kiosk-problem-center = a centre is written [latitude, longitude]
kiosk-problem-zoom = a zoom is between 1 and 19, not { $zoom }
kiosk-problem-field_not_for = "{ $field }" is not used on a { $kind } page
kiosk-problem-missing_kpi = a kpi page needs kpi = "…"
kiosk-problem-unknown_kpi = the catalog has no KPI { $id }
kiosk-problem-unknown_layer = the catalog has no layer { $id }
kiosk-problem-unknown_metric = the wards have no value "{ $id }" to be coloured by
kiosk-check-ok =
    { $count ->
        [one] { $path }: a playlist of 1 page, ready to play
       *[other] { $path }: a playlist of { $count } pages, ready to play
    }
kiosk-check-failed =
    { $count ->
        [one] { $path }: 1 problem; the kiosk would not play it
       *[other] { $path }: { $count } problems; the kiosk would not play it
    }
kiosk-check-no_catalog = KPI and layer ids were not checked: there is no synced cache at { $path }
kiosk-notice-kept = The edited playlist cannot be played ({ $problem }); the previous one plays on.
kiosk-notice-default = The playlist cannot be played ({ $problem }); the default playlist plays instead.
kiosk-page-city_now = The city now
kiosk-page-overview = All KPIs
kiosk-page-map = The city map
kiosk-page-alerts = Alerts
kiosk-alert-title = Critical alert
kiosk-alert-waiting =
    { $count ->
        [0] Critical alert
        [one] Critical alert · 1 more waiting
       *[other] Critical alert · { $count } more waiting
    }
kiosk-date = { $weekday } { $date }
kiosk-weekday-1 = Monday
kiosk-weekday-2 = Tuesday
kiosk-weekday-3 = Wednesday
kiosk-weekday-4 = Thursday
kiosk-weekday-5 = Friday
kiosk-weekday-6 = Saturday
kiosk-weekday-7 = Sunday
kiosk-progress = Page { $position } of { $of }
kiosk-reading = Reading from the cache…
kiosk-more_kpis =
    { $count ->
        [one] and 1 more KPI on the dashboard
       *[other] and { $count } more KPIs on the dashboard
    }
kiosk-no_open_alerts = No alerts are open.
kiosk-more_alerts =
    { $count ->
        [one] and 1 more open alert
       *[other] and { $count } more open alerts
    }

## Briefing packs.
cli-kiosk-untrusted_pack = { $path }: not played: { $signature }. A wall cannot ask whether to trust it: trust the key first (citydash trust add KEYFILE.pub) or name it with --trust.
cli-brief-rendered = Wrote { $path }: { $pages } pages ({ $kib } KiB), { $kpis } KPIs and { $alerts } alerts. { $as_of }. Made in { $secs } s.
cli-pack-exported = Wrote { $path } ({ $mib } MiB). KPIs: { $kpis } ({ $observations } readings, { $alerts } alerts); layers: { $layers } ({ $features } features); basemap tiles: { $tiles }.
cli-pack-refused = { $path }: refused: { $reason }
pack-refused-unreadable = the file cannot be read ({ $detail })
pack-refused-not_sqlite = it is not a SQLite file
pack-refused-not_a_pack = it is a SQLite file but not a pack (it has no manifest)
pack-refused-damaged = it is damaged ({ $detail })
pack-refused-bad_manifest = its manifest cannot be read ({ $detail })
pack-refused-newer = it was written by a newer CityDash (pack format { $found }; this build reads { $supported })
pack-refused-changed = its content is not what its manifest says: it was changed after it was made
pack-refused-bad_signature = its signature is not valid ({ $detail })
pack-signature-unsigned = unsigned: nobody vouches for who made it
pack-signature-trusted = signed by { $name } ({ $fingerprint })
pack-signature-unknown = signed by a key you have not trusted, calling itself "{ $name }" ({ $fingerprint })
pack-consent-heading = This pack is signed by a key you have not trusted
pack-consent-pack = "{ $title }", as of { $as_of }
pack-consent-advice = Anyone can make a key and give it any name. Open it only if you know where the file came from, or compare the fingerprint with its signer by another channel. Trusting the key (citydash trust add) stops this question.
pack-consent-open = Open it anyway
pack-consent-cancel = Do not open
pack-checking = Checking the pack { $path }…
pack-refused_notice = The pack { $path } was not opened: { $reason }. What was shown stays.
pack-dismiss = Dismiss
pack-close = Close the pack
pack-key-file = { $path }: { $detail }
pack-key-not_public = not a CityDash public key (expected "citydash-ed25519 <base64> <name>"): { $text }
pack-key-not_private = not a CityDash private key (expected "citydash-ed25519-secret <base64> <name>")
pack-key-shared = { $path }: others may read this private key; allow its owner alone (chmod 600) and make a new key if it was shared
pack-banner-title = Briefing pack: { $title } (read-only, not synced)
pack-banner-as_of = As of { $time }; ages count from then
pack-banner-source = Source: { $source }
pack-banner-unknown_source = not recorded
pack-banner-good_until = Good until { $time }
pack-banner-expired = Expired on { $time }
pack-banner-no_expiry = No expiry
cli-pack-info-author = Author: { $value }
cli-pack-info-source = Source: { $value }
cli-pack-info-as_of = As of: { $value }
cli-pack-info-created = Made: { $value }
cli-pack-info-expires = Good until: { $value }
cli-pack-info-kpis = KPIs: { $value }
cli-pack-info-window = Window: { $value }
cli-pack-info-layers = Layers: { $value }
cli-pack-info-digest = Content SHA-256: { $value }
cli-pack-valid = { $path }: valid, { $signature }: "{ $title }" as of { $as_of }; { $expiry }
cli-pack-valid_expired = { $path }: valid but expired, { $signature }: "{ $title }" as of { $as_of }; { $expiry }
cli-pack-expiry-until = good until { $time }
cli-pack-expiry-expired = expired on { $time }
cli-pack-expiry-none = no expiry
cli-pack-trust_hint = Compare the fingerprint with its signer by another channel; to trust the key: citydash trust add { $key } --name "…"
cli-pack-exported_window = Window: { $from } – { $to } (the pack shows the city as of its end).
cli-pack-exported_signed = Signed by { $name } ({ $fingerprint }).
cli-pack-exported_unsigned = Not signed (--sign KEYFILE signs it).
cli-pack-step-copying = copying the cache
cli-pack-step-cutting = keeping the chosen KPIs, window, layers, area and zooms
cli-pack-step-compacting = compacting
cli-pack-step-sealing = computing the content digest and signing
cli-pack-info-signature = Signature: { $value }
cli-pack-info-area = Area: { $value }
cli-pack-info-zooms = Basemap zooms: { $value }
cli-pack-info-tiles = Basemap tiles: { $value }
cli-keygen-written = Wrote the private key { $private } (readable by you alone: keep it secret) and the public key { $public }. Fingerprint: { $fingerprint }.
cli-trust-added = Trusted { $name } ({ $fingerprint }): packs it signs open without a question.
cli-trust-renamed = Already trusted; now known as { $name } ({ $fingerprint }).
cli-trust-none = No trusted keys yet ({ $path }). Add one with: citydash trust add KEYFILE.pub
cli-trust-not_found = No trusted key is { $which }; nothing was changed.
cli-trust-removed = No longer trusted: { $name } ({ $fingerprint }).

## Briefing documents
brief-default_title = Operations briefing
brief-headlines = Headlines
brief-charts = Over the period
brief-alerts = Alerts of the period
brief-notes = Notes
brief-column-kpi = Indicator
brief-column-value = Value
brief-column-change = Change over the period
brief-column-status = Status
brief-column-measured_at = Measured at
brief-no_alerts = No alerts in this period.
brief-no_notes = No notes.
brief-no_data = No readings in this period.
brief-page = Page
brief-legend = Legend
brief-as_of = As of { $time }
brief-period = Period: { $from } – { $to }
brief-source = Source: { $source }
brief-signature = Pack { $signature }
brief-from_cache = From the local cache (not a signed pack)
brief-footer_pack = Pack SHA-256 { $digest }
brief-footer_cache = From the local cache: no pack digest
brief-chart-series = solid: { $label }
brief-chart-previous = dashed grey: { $label }
brief-maps = Map
brief-no_map = The source holds no map layers to draw.
brief-error-pack = the pack was refused: { $reason }
brief-error-spec = the briefing spec cannot be used: { $detail }
brief-error-kpis = the source's catalog has no KPI { $ids }
brief-error-layers = the source's catalog has no layer { $ids }
brief-error-no_catalog = the source has no catalog yet: sync the cache first
brief-error-layout = the document could not be laid out: { $detail }

## The briefing app (CityDash Briefing)
briefing-title = CityDash Briefing
briefing-open_pack = Open a pack…
briefing-pack_files = Briefing packs and caches
briefing-use_cache = Use the local cache
briefing-source = Source
briefing-no_source = Nothing is open yet: open a briefing pack, or use the local cache the dashboard syncs.
briefing-drop_hint = You can also drop a .citybrief file on this window.
briefing-compose = Compose the briefing
briefing-doc_title = Title (empty for the usual one)
briefing-doc_lang = Language of the briefing
briefing-period = Period
briefing-period-24h = Last 24 hours
briefing-period-7d = Last 7 days
briefing-period-30d = Last 30 days
briefing-sections = Sections
briefing-section-cover = Cover
briefing-section-headlines = Headline figures
briefing-section-charts = Charts
briefing-section-maps = Map pages
briefing-section-alerts = Alerts of the period
briefing-section-notes = Notes
briefing-kpis = Indicators
briefing-kpis-all = All
briefing-kpis-none = None
briefing-notes = Notes (printed as written)
briefing-save_pdf = Save PDF…
briefing-present = Present
briefing-preview = Preview of the briefing
briefing-rendering = Laying out the pages…
briefing-page_of = Page { $page } of { $pages }
briefing-present_help = Arrow keys turn the pages · Esc leaves
briefing-lang-en = English
briefing-lang-vi = Tiếng Việt
briefing-ui_lang = Language of the app
briefing-empty_preview = The briefing's pages appear here once a source is open.
briefing-rendered = { $pages ->
    [one] 1 page
   *[other] { $pages } pages
  } · { $kpis } indicators · { $alerts } alerts · laid out in { $ms } ms
briefing-saved = Saved { $path } ({ $pages } pages, { $kib } KiB).
briefing-data_age = Data as of { $time } · { $age } old
briefing-error-no_source = Open a pack or the cache first.
briefing-error-no_cache_path = There is no home folder to find the cache in: start the app with --cache FILE.
briefing-error-nothing_to_save = Nothing to save yet: the briefing has not been laid out.
briefing-error-save = Could not save { $path }: { $detail }
briefing-error-window = The window could not go full screen: { $detail }
