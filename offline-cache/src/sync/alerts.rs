//! Alerts: paged after the stored cursor until the server has no more; each alert is checked on
//! its own, and a cursor the server refuses starts the paging over.

use std::collections::HashSet;

use super::ResourceNotice;
use super::engine::{Fetcher, Sender, loop_error, send, send_failure};

/// Most alert pages one run takes (50,000 alerts at the API's page size): a feed that says
/// more wait beyond this is not ending, and the run moves on.
const MAX_ALERT_PAGES: usize = 100;
use super::validate::{self, Skipped};
use super::writer::WriteOp;
use crate::error::{Error, Result};
use crate::http::Fetched;
use crate::model::{AlertsPage, Catalog};
use crate::store::Resource;

const ALERTS_PAGE_LIMIT: usize = 500;

impl Fetcher {
    /// Pages through alerts after the stored cursor until the server has no more. Alerts that
    /// fail their checks are skipped and named; the others are stored.
    pub(super) async fn sync_alerts(&self, tx: &Sender, catalog: &Catalog) {
        const RESOURCE: &Resource = &Resource::Alerts;
        let mut skipped = Skipped::default();
        let outcome = self.page_alerts(tx, RESOURCE, catalog, &mut skipped).await;
        let error = match (outcome, self.api_url(&["alerts"], &[])) {
            (Err(error), _) => Some(error),
            (Ok(()), Ok(url)) => skipped.into_error("alerts", &url),
            (Ok(()), Err(error)) => Some(error),
        };
        if let Some(error) = error {
            send_failure(tx, RESOURCE.clone(), error).await;
        }
        send(tx, WriteOp::Done).await;
    }

    async fn page_alerts(
        &self,
        tx: &Sender,
        resource: &Resource,
        catalog: &Catalog,
        skipped: &mut Skipped,
    ) -> Result<()> {
        let mut cursor = self.state(resource).and_then(|state| state.cursor.clone());
        let mut visited = HashSet::new();
        let mut started_over = false;
        for _ in 0..MAX_ALERT_PAGES {
            if self.halted() {
                return Ok(());
            }
            let mut query = vec![("limit", ALERTS_PAGE_LIMIT.to_string())];
            if let Some(cursor) = &cursor {
                query.insert(0, ("since", cursor.clone()));
            }
            let url = self.api_url(&["alerts"], &query)?;
            if !visited.insert(url.to_string()) {
                return Err(loop_error(&url));
            }
            let (mut page, etag) = match self.fetch::<AlertsPage>(resource, &url).await {
                Ok(Fetched::NotModified) => {
                    send(tx, WriteOp::not_modified(resource)).await;
                    return Ok(());
                }
                Ok(Fetched::Fresh { value, etag }) => (value, etag),
                // A cursor from another server, or from before the server's data was reset, is
                // refused: start from the beginning once (alerts are stored by id, so nothing
                // doubles).
                Err(Error::Http { status: 400, .. }) if cursor.is_some() && !started_over => {
                    let notice = ResourceNotice {
                        resource: resource.clone(),
                        message: "the server did not accept the stored alert cursor; fetching its alerts from the start".into(),
                    };
                    send(tx, WriteOp::Notice(notice)).await;
                    cursor = None;
                    started_over = true;
                    continue;
                }
                Err(error) => return Err(error),
            };
            let served_any = !page.alerts.is_empty();
            let page_skipped = validate::alerts(&mut page, catalog);
            let etag = etag.filter(|_| page_skipped.is_empty());
            skipped.extend(page_skipped);
            let moved = cursor.as_deref() != Some(page.next_cursor.as_str());
            let has_more = page.has_more;
            cursor = Some(page.next_cursor.clone());
            let meta = self.meta(resource, &url, etag);
            send(tx, WriteOp::Alerts { page, meta }).await;
            match (served_any, moved, has_more) {
                (false, _, _) | (true, false, false) => return Ok(()),
                (true, false, true) => {
                    return Err(Error::InvalidResponse {
                        url: url.to_string(),
                        detail: "the server says more alerts wait but gives the same cursor again"
                            .into(),
                    });
                }
                (true, true, _) => {}
            }
        }
        Err(Error::InvalidResponse {
            url: self.client.server().to_owned(),
            detail: "the alerts never ended; stopped paging".into(),
        })
    }
}
