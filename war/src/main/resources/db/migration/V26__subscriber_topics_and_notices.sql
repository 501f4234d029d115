-- Notifications: a subscriber chooses topics (NEWSLETTER, MAINTENANCE, OUTAGES) besides products;
-- who subscribed before topics existed keeps receiving everything.
CREATE TABLE subscriber_topic (
    subscriber_id BIGINT      NOT NULL REFERENCES subscriber (id),
    topic         VARCHAR(20) NOT NULL,
    PRIMARY KEY (subscriber_id, topic)
);
CREATE INDEX subscriber_topic_topic ON subscriber_topic (topic);
INSERT INTO subscriber_topic (subscriber_id, topic) SELECT id, 'NEWSLETTER' FROM subscriber WHERE state = 'CONFIRMED';
INSERT INTO subscriber_topic (subscriber_id, topic) SELECT id, 'MAINTENANCE' FROM subscriber WHERE state = 'CONFIRMED';
INSERT INTO subscriber_topic (subscriber_id, topic) SELECT id, 'OUTAGES' FROM subscriber WHERE state = 'CONFIRMED';

-- A request waiting for confirmation carries its topics like its products (null: all three).
ALTER TABLE subscriber ADD COLUMN requested_topics VARCHAR(100);

-- Outage notices are mailings too (kinds OUTAGE, OUTAGE_UPDATE, OUTAGE_RESOLVED) and name their outage.
ALTER TABLE newsletter_issue ADD COLUMN outage_id BIGINT;
CREATE INDEX newsletter_issue_outage ON newsletter_issue (outage_id);

-- A maintenance announcement and its reminder are scheduled (status SCHEDULED) when the window is
-- created and released by the newsletter sender at send_after; the row is the durable marker that
-- makes each go out once, whatever the number of nodes or restarts.
ALTER TABLE newsletter_issue ADD COLUMN send_after TIMESTAMP;
CREATE INDEX newsletter_issue_scheduled ON newsletter_issue (status, send_after);
