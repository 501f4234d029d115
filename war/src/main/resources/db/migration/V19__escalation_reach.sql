-- Which link of the escalation chain an escalation reached (PRODUCT_CONTACT, GENERAL_CONTACT,
-- THIRD_LINE, ADMINISTRATORS or NOBODY), so the reporter is told honestly who was notified.
ALTER TABLE incident_escalation ADD COLUMN reach VARCHAR(20);
