-- The fall-back of an external service (for FAS: the eID back-up process) is announced only while
-- staff have switched it on, with a message nl/en that they edit; who switched it and when is kept.
ALTER TABLE external_service ADD COLUMN fallback_active BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE external_service ADD COLUMN fallback_message_nl VARCHAR(2000);
ALTER TABLE external_service ADD COLUMN fallback_message_en VARCHAR(2000);
ALTER TABLE external_service ADD COLUMN fallback_changed_at TIMESTAMP;
ALTER TABLE external_service ADD COLUMN fallback_changed_by VARCHAR(200);

-- The seed's words for FAS (staff change them before or when they switch the back-up on)
UPDATE external_service SET
 fallback_message_nl = 'De federale authenticatiedienst (FAS) is onbeschikbaar. Het back-upproces met de eID is geactiveerd: je kan opnieuw aanmelden met de digitale sleutel eID. Volg de instructies op het aanmeldscherm of bel de helpdesk 1700.',
 fallback_message_en = 'The Federal Authentication Service (FAS) is unavailable. The back-up process using the eID has been activated: you can log in again with the eID digital key. Follow the instructions on the login page or call the 1700 helpdesk.'
 WHERE code = 'fas';
